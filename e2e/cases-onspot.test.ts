import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './browser';
import { choose, chooseFirst, creditCode, horizontalOverflow, toastsGone } from './cases-ui';

/**
 * 当场处罚 on a phone-sized screen (issue 5 §6): the officer registers the finding and walks the summary procedure
 * — show certificates, inform, hear, hand over the decision, collect the fine — one column, large buttons, and the
 * law's refusals (APL-51 on-spot limit, APL-68 on-spot collection) shown inline with their rule.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Nothing may stick out sideways on the phone, and the step's big button must be a real touch target. */
async function fitsPhone(page: Page): Promise<void> {
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
}

async function stepShown(page: Page, n: number, title: string): Promise<void> {
  try {
    await page.getByText(`第 ${n} 步（共 6 步）：${title}`).waitFor({ timeout: 15_000 });
  } catch (e) {
    await screenshot(page, `cases-onspot-failed-step-${n}`);
    throw e;
  }
  await fitsPhone(page);
}

async function refusalShown(page: Page, rule: string, text: RegExp): Promise<void> {
  const refusal = page.getByTestId('refusal');
  await refusal.waitFor();
  await refusal.getByText(text).waitFor();
  expect(((await refusal.getByTestId('refusal-rule').textContent()) ?? '').trim()).toBe(rule);
}

describe('on-the-spot penalty', () => {
  it('is done on a 375×667 screen, with refusals shown inline', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 667 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await signIn(page, 'scj.officer');
    // on a phone the menu is folded away behind a button in the header
    await page.getByRole('button', { name: '展开菜单' }).click();
    await page.getByRole('menuitem', { name: '办案' }).click();
    await page.getByRole('heading', { name: '办案' }).waitFor();
    await page.getByRole('link', { name: '当场处罚' }).click();
    await page.getByRole('heading', { name: '当场处罚' }).waitFor();
    await fitsPhone(page);

    const cause = `占道经营（手机测试 ${Date.now()}）`;
    await page.getByLabel('案由', { exact: true }).fill(cause);
    await choose(page, page, '当事人类型', '个体工商户');
    await page.getByLabel('名称', { exact: true }).fill('青溪县老王水果店');
    await page.getByLabel('统一社会信用代码', { exact: true }).fill(creditCode('92430699MA4L0ABC1'));
    await page.getByLabel('法定代表人（负责人）', { exact: true }).fill('王五');
    await page.getByLabel('住所', { exact: true }).fill('青溪县青溪大道 2 号');
    // 5,000 yuan is more than an on-the-spot fine on an organisation may be (APL-51: 3,000)
    await page.getByLabel('罚款金额（元）', { exact: true }).fill('5000');
    await chooseFirst(page, page, '办案人员', 2);
    const submit = page.getByRole('button', { name: '登记并开始当场处罚' });
    expect((await submit.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await fitsPhone(page);
    await screenshot(page, 'cases-onspot-new');
    await submit.click();

    // 1 出示执法证件: refused for the amount, with the rule, then done with 150 yuan
    await stepShown(page, 1, '出示执法证件');
    await page.getByText(cause).waitFor();
    const start = page.getByRole('button', { name: '已出示证件，适用简易程序' });
    expect((await start.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    await start.click();
    await refusalShown(page, 'APL-51', /对法人或者其他组织当场罚款不得超过 3,000 元/);
    await toastsGone(page);
    await screenshot(page, 'cases-onspot-refused');
    await page.getByLabel('罚款金额（元）', { exact: true }).fill('150');
    await start.click();

    // 2 告知, 3 听取陈述申辩, 4 交付决定书
    await stepShown(page, 2, '告知');
    await page.getByRole('button', { name: '已告知事实、理由、依据和权利' }).click();
    await stepShown(page, 3, '听取陈述申辩');
    await page.getByLabel('陈述申辩要点', { exact: true }).fill('当事人承认占道经营，请求从轻处罚');
    await page.getByRole('button', { name: '已听取陈述申辩' }).click();
    await stepShown(page, 4, '交付决定书');
    await page.getByRole('button', { name: '填写并当场交付决定书' }).click();

    // 5 缴纳罚款: collecting 150 yuan on the spot needs a reason beyond APL-68's 100 yuan, and a fiscal receipt
    await stepShown(page, 5, '缴纳罚款');
    await page.getByRole('link', { name: /查看.*决定书/ }).waitFor();
    await page.getByLabel('财政票据号码', { exact: true }).fill('湘财罚 2026-000123');
    await page.getByRole('button', { name: '确认当场收缴' }).click();
    await refusalShown(page, 'APL-68', /当场收缴仅限罚款 100 元/);
    await page.getByRole('checkbox', { name: '不当场收缴事后难以执行' }).check();
    // The refusal answered the values sent; once they change it is gone.
    await expect.poll(() => page.getByTestId('refusal').count()).toBe(0);
    await toastsGone(page);
    await screenshot(page, 'cases-onspot-collect');
    await page.getByRole('button', { name: '确认当场收缴' }).click();

    // 6 报备案
    await stepShown(page, 6, '报备案');
    await page.getByRole('button', { name: '报所属行政机关备案' }).click();
    await page.getByText('当场处罚已办结并报备案').waitFor();
    await fitsPhone(page);
    await toastsGone(page);
    await screenshot(page, 'cases-onspot-done');

    // the case page on the phone: one column, the timeline has every step
    await page.getByRole('button', { name: '打开案件详情' }).click();
    await page.getByTestId('case-number').waitFor();
    await expect.poll(async () => (await page.getByTestId('case-state').textContent())?.trim()).toBe('已备案');
    for (const step of ['当场收缴罚款', '填写并当场交付决定书', '听取陈述申辩', '适用简易程序，出示执法证件']) {
      await page.getByText(step, { exact: true }).first().waitFor();
    }
    await fitsPhone(page);
    await toastsGone(page);
    await screenshot(page, 'cases-onspot-case');
    await context.close();
  }, 180_000);
});
