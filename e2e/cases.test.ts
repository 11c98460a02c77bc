import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, screenshot, signInAs } from './browser';
import { beijingDay, choose, chooseFirst, fillDate, residentId, toastsGone } from './cases-ui';

/**
 * Case handling in the browser (issue 5 §6): a general-procedure penalty case clicked from the lead (案源) to the
 * archive by the roles the law gives each step, with a step the law refuses shown with its Chinese reason and rule.
 * Every act is dated in the past (the date field of each step), so that the 5-working-day statement window has
 * passed when the statements are closed — as an officer records acts done on paper earlier.
 */

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

async function userPage(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  contexts.push(context);
  const page = await context.newPage();
  await signInAs(page, username);
  return page;
}

/** The day `n` days after the clue was received; the whole walk ends months before today. */
const START = -200;
const day = (n: number) => beijingDay(START + n);

const stateOf = async (page: Page) => ((await page.getByTestId('case-state').textContent()) ?? '').trim();

async function expectState(page: Page, state: string): Promise<void> {
  await expect.poll(() => stateOf(page), { timeout: 15_000 }).toBe(state);
}

/** Opens the case afresh (another user may have moved it on) and checks where it stands. */
async function openCase(page: Page, url: string, state: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('case-number').waitFor();
  await expectState(page, state);
}

/** Opens the step form of `label`: a button when the law allows it now, else "补充事实后办理". */
async function openStep(page: Page, label: string): Promise<Locator> {
  const panel = page.getByTestId('actions-panel');
  const direct = panel.getByRole('button', { name: label, exact: true });
  if (await direct.count()) await direct.click();
  else await panel.getByRole('button', { name: `补充事实后办理：${label}` }).click();
  const dialog = page.getByRole('dialog', { name: `办理：${label}` });
  await dialog.waitFor();
  return dialog;
}

/** Fills and submits one step; waits until the case shows `next` (the state the step leads to), if given. */
async function act(
  page: Page,
  label: string,
  date: string,
  next: string | null,
  fill?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  const dialog = await openStep(page, label);
  await fillDate(dialog, '办理日期', date);
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: '确认办理' }).click();
  // closed on success; a refusal or error stays in the form: report it rather than time out
  const error = dialog.getByRole('alert').filter({ hasNotText: '按当前记录' });
  await expect
    .poll(async () => ((await dialog.isVisible()) ? ((await error.count()) > 0 ? 'error' : 'open') : 'closed'), {
      timeout: 20_000,
    })
    .not.toBe('open');
  if (await dialog.isVisible()) {
    await screenshot(page, `cases-failed-${label}`);
    throw new Error(`"${label}" was not done: ${await error.first().textContent()}`);
  }
  if (next) await expectState(page, next);
}

/** A 1×1 PNG: the evidence photo of the case (the records store sniffs the bytes, not the name). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Files a photo as evidence in 执法记录 (as the officer would) and returns the new record's ID. */
async function uploadEvidence(page: Page, caseNumber: string, title: string): Promise<string> {
  await page.getByRole('menuitem', { name: /执法记录$/ }).click();
  await page.getByRole('link', { name: '上传入库' }).click();
  await page.getByRole('heading', { name: '上传入库' }).waitFor();
  await page.locator('input[type=file]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
  await expect
    .poll(() => page.getByTestId('upload-item').first().getAttribute('data-status'), { timeout: 30_000 })
    .toBe('complete');
  await page.getByRole('button', { name: '下一步：填写记录信息' }).click();
  await page.getByRole('radio', { name: '证据', exact: true }).check();
  await page.getByLabel('标题', { exact: true }).fill(title);
  await page.getByLabel('所属对象编号').fill(caseNumber);
  await choose(page, page, '证据类型', '书证');
  await choose(page, page, '收集方式', '勘验检查');
  await page.getByLabel('证据描述', { exact: true }).fill('货架上陈列的超过保质期的食品');
  await page.getByLabel('证据来源', { exact: true }).fill('现场拍摄');
  await chooseFirst(page, page, '收集人员', 1);
  const collectedAt = page.getByLabel('收集时间', { exact: true });
  await collectedAt.click();
  await collectedAt.fill(`${day(5)} 10:00:00`);
  await collectedAt.press('Enter');
  await page.getByLabel('收集地点', { exact: true }).fill('青溪县城关镇某超市');
  await page.getByRole('button', { name: '提交入库' }).click();
  await page.getByRole('heading', { name: title }).waitFor({ timeout: 30_000 });
  const id = page.url().split('/records/')[1]?.split(/[?#]/)[0] ?? '';
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

describe('general-procedure penalty case', () => {
  it('goes from lead to archive through the UI, and a refused step shows its reason and rule', async () => {
    const cause = `涉嫌销售过期食品（浏览器测试 ${Date.now()}）`;
    const officer = await userPage('scj.officer');

    // --- 案源登记 (officer) -------------------------------------------------------------------------------
    await officer.getByRole('menuitem', { name: '办案' }).click();
    await officer.getByRole('heading', { name: '办案' }).waitFor();
    await officer.getByRole('link', { name: '登记案件' }).click();
    await officer.getByRole('heading', { name: '登记案件' }).waitFor();
    await officer.getByLabel('案由', { exact: true }).fill(cause);
    await choose(officer, officer, '案件来源', '投诉');
    await fillDate(officer, '案源登记日期', day(0));
    await fillDate(officer, '违法行为发生日期', day(-10));
    await officer.getByLabel('姓名', { exact: true }).fill('李四');
    // the ID number is checked in the browser with the server's own schema (GB 11643 check digit)
    const id = residentId('430699', '1988-08-08', 371);
    const wrong = `${id.slice(0, 17)}${id[17] === '1' ? '2' : '1'}`;
    await officer.getByLabel('证件号码', { exact: true }).fill(wrong);
    await officer.locator('.ant-form-item-explain-error', { hasText: '身份证号码校验位错误' }).waitFor();
    await officer.getByLabel('证件号码', { exact: true }).fill(id);
    await officer.getByLabel('住址', { exact: true }).click(); // blur: birth date and sex come from the number
    await expect.poll(() => officer.getByLabel('出生日期', { exact: true }).inputValue()).toBe('1988-08-08');
    await officer.getByLabel('住址', { exact: true }).fill('青溪县青溪大道 88 号');
    await chooseFirst(officer, officer, '办案人员', 2);
    await screenshot(officer, 'cases-new');
    await officer.getByRole('button', { name: /^登\s*记$/ }).click();
    await officer.getByRole('heading', { name: cause }).waitFor({ timeout: 30_000 });
    const caseUrl = officer.url();
    expect(caseUrl).toMatch(/\/app\/cases\/[0-9a-f-]{36}$/);
    await expectState(officer, '案源登记');
    // the flowchart beside the case, with the current state named in its alt text
    await expect.poll(() => officer.locator('img[alt*="流程图"]').getAttribute('alt')).toContain('当前环节：案源登记');
    await act(officer, '核查案源', day(1), '立案审批');
    // the officer may not file: the reason names the roles that may
    await officer.getByTestId('refused-actions').getByText('立案', { exact: true }).waitFor();
    await officer
      .getByTestId('refused-actions')
      .getByText(/只能由以下角色办理：承办机构负责人、机关负责人/)
      .first()
      .waitFor();

    // --- 立案 (agency head) --------------------------------------------------------------------------------
    const head = await userPage('scj.head');
    await openCase(head, caseUrl, '立案审批');
    await act(head, '立案', day(2), '调查取证');

    // --- investigation: evidence filed in 执法记录 and linked to the case (officer) -------------------------
    const caseNumber = ((await officer.getByTestId('case-number').textContent()) ?? '').trim();
    const evidenceTitle = `过期食品现场照片 ${Date.now()}`;
    const recordId = await uploadEvidence(officer, caseNumber, evidenceTitle);
    await openCase(officer, caseUrl, '调查取证');
    const linkForm = officer.locator('form#case-record-link');
    await linkForm.getByLabel('执法记录编号', { exact: true }).fill(recordId);
    await choose(officer, linkForm, '执法活动', '调查取证');
    await linkForm.getByRole('button', { name: '关联' }).click();
    await officer.getByRole('link', { name: evidenceTitle }).waitFor();

    // --- proposal and prenotice (officer) -------------------------------------------------------------------
    await act(officer, '调查终结', day(10), '处理意见');
    await act(officer, '提出处罚意见', day(12), '事先告知', async (dialog) => {
      await choose(officer, dialog, '拟处罚种类', '警告', '罚款');
      await dialog.getByLabel('罚款金额（元）', { exact: true }).fill('5000');
    });
    await act(officer, '送达事先告知书', day(13), '陈述申辩期');
    await officer.getByRole('cell', { name: 'SAMR-5wd' }).waitFor();
    // the party signs the service receipt of the prenotice
    await toastsGone(officer);
    await officer.getByRole('button', { name: '签名登记 送达回证' }).click();
    const signing = officer.getByRole('dialog', { name: '签名登记：送达回证' });
    await signing.getByLabel('签名人', { exact: true }).fill('李四');
    await signing.getByRole('button', { name: /^登\s*记$/ }).click();
    await signing.getByText('当事人 李四').waitFor();
    await signing
      .getByRole('button', { name: /^关\s*闭$/ })
      .last()
      .click();
    await signing.waitFor({ state: 'hidden' });

    // the law refuses to close the statements while the 5-working-day window runs: reason and rule on screen
    await toastsGone(officer);
    const closing = await openStep(officer, '陈述申辩期结束');
    await fillDate(closing, '办理日期', day(14));
    await closing.getByRole('button', { name: '确认办理' }).click();
    const refusal = closing.getByTestId('refusal');
    await refusal.waitFor();
    await refusal.getByText(/陈述申辩期限至\d{4}-\d{2}-\d{2}届满，当事人未书面放弃，期满前不得作出决定/).waitFor();
    expect(await refusal.getByTestId('refusal-rule').textContent()).toBe('APL-62');
    await closing.screenshot({ path: path.join(ARTIFACTS, 'cases-refused-apl62.png') });
    // on a day after the window, the same step goes through
    await fillDate(closing, '办理日期', day(35));
    await closing.getByRole('button', { name: '确认办理' }).click();
    await closing.waitFor({ state: 'hidden' });
    await expectState(officer, '陈述申辩复核');
    await toastsGone(officer);
    // a second tab still shows the case as it was: its step is refused as stale (version check) and reloads
    const staleTab = await officer.context().newPage();
    await openCase(staleTab, caseUrl, '陈述申辩复核');
    await act(officer, '完成复核', day(36), null);
    const stale = await openStep(staleTab, '完成复核');
    await fillDate(stale, '办理日期', day(36));
    await stale.getByRole('button', { name: '确认办理' }).click();
    await stale.getByRole('alert').filter({ hasText: '案件已被他人更新，请刷新后重试' }).waitFor();
    await expect.poll(() => stateOf(staleTab)).not.toBe('陈述申辩复核');
    await staleTab.close();

    // --- legal review, when the review catalogue flags the case (APL-58) -----------------------------------
    await expect.poll(() => stateOf(officer)).toMatch(/^(待法制审核|负责人决定)$/);
    if ((await stateOf(officer)) === '待法制审核') {
      await act(officer, '提交法制审核', day(37), '法制审核中');
      const reviewer = await userPage('scj.reviewer');
      await openCase(reviewer, caseUrl, '法制审核中');
      await act(reviewer, '法制审核通过', day(38), '负责人决定');
    }

    // --- 作出处罚决定 (agency head): the APL-59 items, drafted from the case, completed by the head ---------
    await openCase(head, caseUrl, '负责人决定');
    await act(head, '作出行政处罚决定', day(40), '已作出决定', async (dialog) => {
      await dialog
        .getByLabel('违反法律、法规、规章的事实和证据', { exact: true })
        .fill('当事人在其经营场所销售超过保质期的食品，有现场检查笔录、询问笔录、照片等证据为证。');
      await dialog
        .getByLabel('行政处罚的种类和依据', { exact: true })
        .fill('警告，罚款 5,000 元。依据：《中华人民共和国食品安全法》');
      expect(await dialog.getByLabel('作出决定的行政机关名称', { exact: true }).inputValue()).toBe(
        '青溪县市场监督管理局',
      );
      await dialog.screenshot({ path: path.join(ARTIFACTS, 'cases-decide-form.png') });
    });
    await toastsGone(head);
    await screenshot(head, 'cases-decided');

    // --- service and performance (officer) ----------------------------------------------------------------
    await openCase(officer, caseUrl, '已作出决定');
    await act(officer, '宣告后当场交付', day(40), '已送达');
    await act(officer, '进入履行期', day(40), '履行期');
    await act(officer, '缴清罚没款', day(45), '已履行');

    // --- 结案 (agency head) and 归档 (officer) --------------------------------------------------------------
    await openCase(head, caseUrl, '已履行');
    await act(head, '结案', day(46), '已结案');
    await openCase(officer, caseUrl, '已结案');
    await act(officer, '归档', day(47), '已归档');
    await officer.getByTestId('actions-panel').getByText('本案已办结，没有后续办理事项').waitFor();
    // the timeline lists every step with its date of act
    await officer.getByText('归档', { exact: true }).first().waitFor();
    await officer
      .getByText(new RegExp(`^${day(47)} · `))
      .first()
      .waitFor();
    await toastsGone(officer);
    await screenshot(officer, 'cases-archived');

    // --- the list: the archived case is found by keyword --------------------------------------------------
    await officer.getByRole('menuitem', { name: '办案' }).click();
    await officer.getByLabel('关键字', { exact: true }).fill(cause);
    await officer.getByRole('button', { name: '查询' }).click();
    await officer.getByRole('link', { name: cause }).waitFor();
    await toastsGone(officer);
    await screenshot(officer, 'cases-list');

    // --- a unit head has the unit's red and yellow cases on a tab of their own ------------------------------
    const unitHead = await userPage('scj.unit');
    await unitHead.getByRole('menuitem', { name: '办案' }).click();
    await unitHead.getByRole('tab', { name: '本部门红黄灯案件' }).click();
    await expect.poll(() => unitHead.url()).toContain('view=unit');
    const alertsTab = unitHead.getByRole('tab', { name: '本部门红黄灯案件' });
    await expect.poll(() => alertsTab.getAttribute('aria-selected')).toBe('true');
    await unitHead.getByRole('tabpanel', { name: '本部门红黄灯案件' }).locator('.ant-table').waitFor();
    await expect.poll(() => unitHead.locator('.ant-spin-spinning').count()).toBe(0);
    await unitHead.waitForTimeout(500); // the tab's content slides in
    await screenshot(unitHead, 'cases-unit-alerts');
  }, 300_000);
});
