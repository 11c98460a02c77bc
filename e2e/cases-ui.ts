import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Helpers shared by the case-handling browser tests (cases.test.ts, cases-onspot.test.ts). */

type Scope = Page | Locator;

/** Waits until no select dropdown is open (a closing one still matches `:visible` while it animates). */
export async function dropdownsClosed(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** Picks options of the Ant Design select labelled `label` (several for a multiple select). */
export async function choose(page: Page, scope: Scope, label: string, ...options: string[]): Promise<void> {
  await dropdownsClosed(page);
  await scope.getByLabel(label, { exact: true }).click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (const option of options) await dropdown.getByTitle(option, { exact: true }).click();
  // a multiple select stays open after a pick (the select stops the Escape key, so a modal stays open)
  if (options.length > 1) await page.keyboard.press('Escape');
  await dropdownsClosed(page);
}

/** Picks the first `n` enabled options of a multiple select; returns their titles. */
export async function chooseFirst(page: Page, scope: Scope, label: string, n: number): Promise<string[]> {
  await dropdownsClosed(page);
  await scope.getByLabel(label, { exact: true }).click();
  const options = page.locator(
    '.ant-select-dropdown:visible .ant-select-item-option:not(.ant-select-item-option-disabled)',
  );
  const titles: string[] = [];
  for (let i = 0; i < n; i++) {
    const option = options.nth(i);
    titles.push((await option.getAttribute('title')) ?? '');
    await option.click();
  }
  await page.keyboard.press('Escape');
  await dropdownsClosed(page);
  return titles;
}

/** Types a date (YYYY-MM-DD) into the Ant Design DatePicker labelled `label` and confirms it. */
export async function fillDate(scope: Scope, label: string, value: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(value);
}

/** Waits until the success messages have faded, so that screenshots show the page itself. */
export async function toastsGone(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

/** Today in Beijing plus `days` (negative: in the past), as YYYY-MM-DD. */
export function beijingDay(days = 0): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A well-formed (fictitious) resident ID number: region, birth date, sequence, GB 11643 check digit. */
export function residentId(region: string, birth: string, seq: number): string {
  const body = `${region}${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (ID_WEIGHTS[i] ?? 0);
  return body + '10X98765432'[sum % 11];
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A well-formed (fictitious) unified social credit code: 17 characters + the GB 32100 check character. */
export function creditCode(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i] ?? '0') * (USCC_WEIGHTS[i] ?? 0);
  const c = 31 - (sum % 31);
  return first17 + USCC_CHARS[c === 31 ? 0 : c];
}

/** The page's horizontal overflow in CSS pixels (0 when nothing sticks out of the viewport). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
