import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, launchBrowser, screenshot } from './browser';

/**
 * The procedure flowcharts on the public portal (一图, issue 5 §5) in a real browser: the list of procedures, a
 * flowchart page with its legend in normal and elder mode (axe), the link from a catalogue item, and the public
 * SVG with a highlighted state as the staff app shows it beside a case.
 */
let browser: Browser;
let base: string;

beforeAll(async () => {
  base = inject('baseUrl');
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

function newContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await page.locator('script').count()).toBe(0);
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  expect(await seriousViolations(page), page.url()).toEqual([]);
}

describe('procedure flowcharts on the portal', () => {
  it('lists the procedures and shows a flowchart with its legend, in normal and elder mode', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${base}/procedures`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('执法程序流程图');
    expect(await page.locator('li.card').count()).toBe(7);
    await expectAccessible(page);
    await screenshot(page, 'portal-procedures-index');

    await page.getByRole('link', { name: '行政处罚普通程序' }).click();
    await page.waitForURL(`${base}/procedures/GENERAL_PENALTY`);
    const chart = page.getByRole('img', { name: '行政处罚普通程序流程图' });
    await chart.waitFor();
    const normal = (await chart.boundingBox())!;
    expect(normal.width).toBeGreaterThan(500);
    // every state of the definition is drawn and readable as text
    for (const label of ['案源登记', '事先告知', '陈述申辩期', '待法制审核', '负责人决定', '已归档']) {
      expect(await chart.locator('text', { hasText: label }).count(), label).toBeGreaterThan(0);
    }
    await page.getByRole('heading', { name: '法定条件说明' }).waitFor();
    await page.getByRole('cell', { name: 'APL-62', exact: true }).waitFor();
    await page.getByRole('heading', { name: '办理环节和操作' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'portal-procedures-general-penalty');

    // elder mode: the drawing is sized in em, so it grows with the type
    await page.getByRole('button', { name: '长者模式' }).click();
    await page.waitForURL(`${base}/procedures/GENERAL_PENALTY`);
    expect(await page.locator('body').getAttribute('class')).toBe('elder');
    const elder = (await page.getByRole('img', { name: '行政处罚普通程序流程图' }).boundingBox())!;
    expect(elder.width / normal.width).toBeGreaterThan(1.3);
    await expectAccessible(page);
    await page.goto(`${base}/procedures/COERCIVE_MEASURE`);
    await screenshot(page, 'portal-procedures-coercive-measure-elder');
    await context.close();
  });

  it('is linked from the catalogue items of its kind', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const home = await (await fetch(`${base}/`)).text();
    const scj = home.match(/<a href="\/agencies\/([0-9a-f-]{36})">青溪县市场监督管理局<\/a>/)![1];
    await page.goto(`${base}/agencies/${scj}/catalogue/ITEMS`);
    await page.getByRole('link', { name: '简易程序流程图' }).first().click();
    await page.waitForURL(`${base}/procedures/SUMMARY_PENALTY`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('行政处罚简易程序（当场处罚）');
    await context.close();
  });

  it('serves the public SVG with the current state highlighted, as the staff app shows it', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const url = `${base}/api/public/procedures/GENERAL_PENALTY/flowchart.svg?current=AWAITING_STATEMENTS`;
    // the staff app embeds it as an image beside the case (same origin: the portal's CSP allows 'self' images)
    await page.goto(`${base}/procedures`);
    await page.evaluate((src) => {
      document.body.innerHTML = `<img alt="流程图" src="${src}">`;
    }, url);
    const img = page.getByRole('img', { name: '流程图' });
    await img.waitFor();
    await page.waitForFunction(() => {
      const i = document.querySelector('img');
      return i?.complete && i.naturalWidth > 0;
    });
    expect((await img.boundingBox())!.width).toBeGreaterThan(500);
    await page.goto(url);
    const current = page.locator('[aria-current="step"]');
    expect(await current.getAttribute('data-state')).toBe('AWAITING_STATEMENTS');
    const shot = await context.newPage();
    await shot.setContent(`<!doctype html><body style="margin:0">${await (await fetch(url)).text()}</body>`);
    await shot.locator('svg').screenshot({ path: `${ARTIFACTS}/procedures-flowchart-current.png` });
    await context.close();
  });
});
