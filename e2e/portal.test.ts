import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, launchBrowser, screenshot } from './browser';

/** The public portal in a real browser: accessibility (axe), elder mode, and the certificate check. */
let browser: Browser;
let base: string;
beforeAll(async () => {
  base = inject('baseUrl');
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

function newContext(opts: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', ...opts });
}

/** axe violations with impact serious or critical, as readable strings (empty when the page passes). */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function bodyClass(page: Page): Promise<string> {
  return (await page.locator('body').getAttribute('class')) ?? '';
}

/** The agency page of 县市场监管局, found through the home page. */
async function agencyHref(page: Page): Promise<string> {
  await page.goto(`${base}/`);
  const href = await page.getByRole('link', { name: '青溪县市场监督管理局', exact: true }).first().getAttribute('href');
  expect(href).toMatch(/^\/agencies\/[0-9a-f-]{36}$/);
  return href!;
}

/** A certificate number from the published roster (the roster lists valid certificates only). */
async function validNumber(page: Page): Promise<string> {
  await page.goto(`${base}${await agencyHref(page)}`);
  const number = (await page.locator('table tbody tr td.number a').first().textContent())?.trim() ?? '';
  expect(number).toMatch(/^[0-9A-Za-z-]+$/);
  return number;
}

describe('public portal', () => {
  it('home page: agencies, check form, skip link, and no serious accessibility violations', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${base}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('行政执法公示平台');
    await page.getByRole('link', { name: '青溪县市场监督管理局', exact: true }).waitFor();
    await page.getByRole('heading', { name: '关于行政执法“三项制度”' }).waitFor();
    expect(await page.locator('script').count()).toBe(0);
    // the first Tab reaches the skip link
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-home');
    await context.close();
  });

  it('agency page: facts and roster, searchable, without serious accessibility violations', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const href = await agencyHref(page);
    await page.getByRole('link', { name: '青溪县市场监督管理局', exact: true }).first().click();
    await page.waitForURL(`${base}${href}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('青溪县市场监督管理局');
    await page.getByRole('heading', { name: '执法人员清单' }).waitFor();
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const th of ['姓名', '内设机构', '职务', '执法证件编号', '执法类别', '执法区域']) {
      await page.getByRole('columnheader', { name: th }).waitFor();
    }
    expect(await page.content()).not.toMatch(/\*{4}|(?<!\d)\d{17}[\dXx](?!\d)/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-agency');

    const name = (await rows.first().locator('th').textContent())?.trim() ?? '';
    await page.getByLabel('姓名或执法证件编号').fill(name);
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/\?q=/);
    expect(await page.locator('table tbody tr th').allTextContents()).toContain(name);
    await context.close();
  });

  it('checks a certificate number through the form; an unknown number is reported', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const number = await validNumber(page);
    await page.goto(`${base}/certificates`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('执法证件编号').fill(number);
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/\/certificates\?number=/);
    await page.getByText('该证件有效').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-certificate-valid');

    await page.getByLabel('执法证件编号').fill('000000000000');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('未查询到编号为 000000000000 的执法证件').waitFor();

    await page.getByLabel('执法证件编号').fill('12#34');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('执法证件编号只能包含数字、英文字母和连字符').waitFor();
    expect(await page.getByLabel('执法证件编号').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-certificate-invalid-input');
    await context.close();
  });

  it('elder mode: the toggle persists across pages, and elder pages pass axe', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const number = await validNumber(page);
    const agencyPath = new URL(page.url()).pathname;
    await page.goto(`${base}/`);
    expect(await bodyClass(page)).not.toContain('elder');
    const toggle = page.getByRole('button', { name: '长者模式', exact: true });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await page.waitForURL(`${base}/`);
    expect(await bodyClass(page)).toContain('elder');
    const exit = page.getByRole('button', { name: '退出长者模式' });
    expect(await exit.getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-home-elder');

    // the next page, reached by a link, is still in elder mode
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '执法证件核验' }).click();
    await page.waitForURL(`${base}/certificates`);
    expect(await bodyClass(page)).toContain('elder');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('执法证件编号').fill(number);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('该证件有效').waitFor();
    expect(await bodyClass(page)).toContain('elder');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-certificate-elder');

    await page.goto(`${base}${agencyPath}`);
    expect(await bodyClass(page)).toContain('elder');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-agency-elder');

    // leaving elder mode returns to the same page in normal mode
    await page.getByRole('button', { name: '退出长者模式' }).click();
    await page.waitForURL(`${base}${agencyPath}`);
    expect(await bodyClass(page)).not.toContain('elder');
    await context.close();
  });

  it('works with JavaScript switched off', async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/certificates`);
    await page.getByLabel('执法证件编号').fill('000000000000');
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('未查询到编号为 000000000000 的执法证件').waitFor();
    await page.getByRole('button', { name: '长者模式', exact: true }).click();
    await page.waitForURL(/\/certificates\?number=000000000000$/);
    expect(await bodyClass(page)).toContain('elder');
    await context.close();
  });
  it('transparency page: signed checkpoints and a proof lookup, without serious accessibility violations', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${base}/transparency`);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('[aria-current="page"]').textContent()).toBe('透明日志');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-transparency');
    await context.close();
  });
});
