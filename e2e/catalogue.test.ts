import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAYOUTS } from '../server/src/modules/catalogue/catalogue.columns';
import { ARTIFACTS, launchBrowser, screenshot, signInAs } from './browser';

/**
 * Issue 4's browser test: an item list with errors is imported, fixed in the editor, submitted,
 * approved by the legal reviewer, published by the agency head, then found on the portal and by search.
 */

let browser: Browser;
let base: string;
beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  return context.newPage();
}

/** Lets antd's animations (drawer, messages, form explain) settle before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(400);

const FOOD = '中华人民共和国食品安全法';
const KEYWORD = '蜂蜜';
const FIXED_NAME = `经营掺杂掺假${KEYWORD}的行政处罚（浏览器测试）`;

async function itemsWorkbook(): Promise<string> {
  const columns = LAYOUTS.ITEMS.entry;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(LAYOUTS.ITEMS.sheet);
  ws.addRow(columns.map((c) => c.header));
  const row = (cells: Record<string, string>) => ws.addRow(columns.map((c) => cells[c.key] ?? ''));
  const common = { kind: '行政处罚', unitName: '执法稽查科', randomInspection: '否' };
  row({
    ...common,
    code: 'E2E-ITEM-01',
    name: '对生产经营超过保质期食品的行政处罚（浏览器测试）',
    basisViolated: `《${FOOD}》第三十四条第十项`,
    basisApplied: `《${FOOD}》第一百二十四条第一款第五项`,
    timeLimit: '90日',
  });
  row({
    ...common,
    code: 'E2E-ITEM-02',
    name: '对食品经营者未按规定查验进货凭证的行政处罚（浏览器测试）',
    basisApplied: `《${FOOD}》第一百二十六条第一款第三项`,
  });
  // bad: the legal reference cannot be read
  row({ ...common, code: 'E2E-ITEM-03', name: '引用格式错误的事项', basisApplied: '食品安全法124条' });
  // bad: no name
  row({ ...common, code: 'E2E-ITEM-04', name: '', basisApplied: `《${FOOD}》第一百二十三条第一款` });
  const file = path.join(ARTIFACTS, 'catalogue-items-with-errors.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

/** Picks an option of an Ant Design select (its dropdown is rendered at the end of the page). */
async function pickOption(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** Opens the workflow dialog of `button`, writes the comment and confirms; waits for the new status. */
async function workflow(page: Page, button: string, comment: string, status: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^(\\S+ )?${button}$`) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/意见/).fill(comment);
  await dialog.getByRole('button', { name: `确认${button}` }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.locator('.ant-tag', { hasText: status }).first().waitFor();
}

describe('enforcement catalogue (issue 4)', () => {
  it('imports an item list with errors, fixes it, gets it reviewed and published, finds it on the portal', async () => {
    const file = await itemsWorkbook();
    const head = await newPage();
    await signInAs(head, 'scj.head');
    await head.getByRole('menuitem', { name: '事前公示清单' }).click();
    await head.getByRole('heading', { name: '事前公示清单' }).waitFor();
    // the versions table (the demo county may or may not have a published item list yet)
    await head
      .getByRole('link', { name: /^第 \d+ 版$/ })
      .or(head.getByText('尚未建立执法事项清单'))
      .first()
      .waitFor();
    await head.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    await settle(head);
    await screenshot(head, 'catalogue-list');

    const agencies = (await (await head.request.get(`${base}/api/agencies`)).json()) as {
      id: string;
      shortName: string;
      name: string;
    }[];
    const agency = agencies.find((a) => a.shortName === '县市场监管局' || a.name === '青溪县市场监督管理局');
    expect(agency).toBeTruthy();
    const agencyId = agency!.id;

    // a new version (or the one already open) to import into
    const resume = head.getByRole('link', { name: '继续编辑' });
    if ((await resume.count()) === 0) {
      await head.getByRole('button', { name: '新建版本' }).first().click();
      await head.getByRole('heading', { name: /执法事项清单 · 第 \d+ 版/ }).waitFor();
    }

    // import: the Chinese report names the rows and the problems
    await head.goto(`${base}/app/catalogue/import?agencyId=${agencyId}&listType=ITEMS`);
    await head.locator('input[type=file]').setInputFiles(file);
    await head.getByRole('button', { name: '上传并校验' }).click();
    await head.getByRole('heading', { name: '错误报告' }).waitFor({ timeout: 30_000 });
    const report = head.locator('.ant-table-tbody');
    await report
      .getByText(/无法识别法律依据/)
      .first()
      .waitFor();
    await report
      .getByText(/请填写事项名称/)
      .first()
      .waitFor();
    // 行号 counts the header as row 1: the bad citation is on row 4, the missing name on row 5
    const rowOf = (problem: RegExp) =>
      report.locator('tr', { hasText: problem }).first().locator('td').first().textContent();
    expect(await rowOf(/无法识别法律依据/)).toBe('4');
    expect(await rowOf(/请填写事项名称/)).toBe('5');
    await settle(head);
    await screenshot(head, 'catalogue-import-report');
    await head.getByRole('button', { name: /应用到草稿/ }).click();
    await head.getByRole('heading', { name: /执法事项清单 · 第 \d+ 版/ }).waitFor();
    const draftUrl = head.url();
    // applying replaced the draft's entries with the two valid rows (the diff card lists them too)
    const entries = head.locator('.ant-card', { has: head.getByRole('heading', { name: /^条目（/ }) });
    await entries.getByRole('heading', { name: '条目（2 条）' }).waitFor();
    await entries.getByText('E2E-ITEM-01').waitFor();
    await entries.getByText('E2E-ITEM-02').waitFor();
    expect(await head.getByText('E2E-ITEM-03').count()).toBe(0);

    // fix: add the row that had no name through the editor drawer
    await head.getByRole('button', { name: '新增条目' }).click();
    const drawer = head.getByRole('dialog');
    await drawer.getByRole('button', { name: '确定' }).click();
    await drawer.locator('.ant-form-item-explain-error', { hasText: '请填写事项名称' }).waitFor();
    await drawer.getByLabel('编码').fill('E2E-ITEM-04');
    await drawer.getByLabel('事项名称').fill(FIXED_NAME);
    await drawer.getByLabel('承办机构').fill('执法稽查科');
    await drawer.locator('#catalogue-entry-ITEMS_basisApplied_0_lawName').fill(FOOD);
    await drawer.locator('#catalogue-entry-ITEMS_basisApplied_0_article').fill('123');
    await drawer.locator('#catalogue-entry-ITEMS_basisApplied_0_paragraph').fill('1');
    await drawer.getByText(`引用：《${FOOD}》第一百二十三条第一款`).waitFor();
    await settle(head);
    // the drawer is fixed to the viewport: a viewport screenshot shows it whole
    await head.screenshot({ path: path.join(ARTIFACTS, 'catalogue-editor-drawer.png') });
    await drawer.getByRole('button', { name: '确定' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await entries.getByText(FIXED_NAME).waitFor();
    await head.getByLabel('修订说明').fill('新增蜂蜜掺假等事项（浏览器测试）');
    await head.getByRole('button', { name: '保存草稿' }).click();
    await head.getByText(/草稿已保存/).waitFor();
    expect(await head.getByText('有未保存的修改').count()).toBe(0);

    await workflow(head, '提交审核', '请审核新增的三个事项', '已提交');
    await settle(head);
    await screenshot(head, 'catalogue-workflow-submitted');

    // the legal reviewer approves
    const reviewer = await newPage();
    await signInAs(reviewer, 'scj.reviewer');
    await reviewer.goto(draftUrl);
    await reviewer.getByText(FIXED_NAME).first().waitFor();
    await workflow(reviewer, '审核通过', '法律依据准确，同意公布', '已审核');
    await settle(reviewer);
    await screenshot(reviewer, 'catalogue-workflow-reviewed');
    await reviewer.context().close();

    // the agency head publishes
    await head.reload();
    await workflow(head, '公布', '', '已公布');
    await head.getByText('已公布的版本不可更改').waitFor();
    await head.getByText('请审核新增的三个事项').waitFor(); // the comments timeline
    await settle(head);
    await screenshot(head, 'catalogue-published');
    await head.context().close();

    // the portal shows it, and search finds it (anonymous)
    const portal = await newPage();
    const res = await portal.goto(`${base}/agencies/${agencyId}/catalogue/ITEMS`);
    if (res && res.status() === 200) {
      await portal.getByText(FIXED_NAME).first().waitFor();
      await screenshot(portal, 'catalogue-portal-items');
    } else {
      const json = await (await portal.request.get(`${base}/api/public/catalogue/agencies/${agencyId}/ITEMS`)).text();
      expect(json).toContain(FIXED_NAME);
    }
    const found = await portal.goto(`${base}/catalogue/search?q=${encodeURIComponent(KEYWORD)}`);
    if (found && found.status() === 200) {
      await portal.getByText(FIXED_NAME).first().waitFor();
      await screenshot(portal, 'catalogue-portal-search');
    } else {
      const json = await (
        await portal.request.get(`${base}/api/public/catalogue/search?q=${encodeURIComponent(KEYWORD)}`)
      ).text();
      expect(json).toContain(FIXED_NAME);
    }
    await portal.context().close();
  }, 240_000);

  it('shows the server errors of a benchmark entry on its row and fields, then saves the corrected entry', async () => {
    const page = await newPage();
    await signInAs(page, 'scj.head');
    await page.goto(`${base}/app/catalogue?listType=BENCHMARKS`);
    await page.getByRole('heading', { name: '事前公示清单' }).waitFor();
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
    const resume = page.getByRole('link', { name: '继续编辑' });
    await resume
      .or(page.getByRole('button', { name: /新建版本/ }))
      .first()
      .waitFor();
    if ((await resume.count()) > 0) await resume.click();
    else
      await page
        .getByRole('button', { name: /新建版本/ })
        .first()
        .click();
    await page.getByRole('heading', { name: /行政裁量权基准 · 第 \d+ 版/ }).waitFor();

    // an entry whose only tier uses a penalty type the provision does not have (DISC-TIERS)
    await page.getByRole('button', { name: /新增条目/ }).click();
    const drawer = page.getByRole('dialog');
    const id = (name: string) => drawer.locator(`#catalogue-entry-BENCHMARKS_${name}`);
    await id('code').fill('E2E-BM-01');
    await id('violation').fill('经营者未按规定公示经营信息（浏览器测试）');
    await id('basisViolated_0_lawName').fill(FOOD);
    await id('basisViolated_0_article').fill('39');
    await id('basisApplied_0_lawName').fill(FOOD);
    await id('basisApplied_0_article').fill('129');
    const statutory = drawer.locator('.ant-form-item', {
      has: page.locator('#catalogue-entry-BENCHMARKS_statutory_penaltyTypes'),
    });
    await statutory.locator('.ant-select-selection-item-remove').first().click();
    await pickOption(page, id('statutory_penaltyTypes'), '警告');
    await id('tiers_0_conditions_text').fill('初次违法且及时改正');
    await drawer.getByRole('button', { name: '确定' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByLabel('修订说明').fill('新增信息公示类裁量基准（浏览器测试）');
    await page.getByRole('button', { name: /保存草稿/ }).click();

    const alert = page.getByRole('alert').filter({ hasText: '保存失败' });
    await alert.getByText(/不在法定处罚种类之内/).waitFor();
    await settle(page);
    await screenshot(page, 'catalogue-benchmark-errors');

    // the row link opens the entry with the problems listed; fix the tier and save again
    await alert.getByText(/E2E-BM-01/).click();
    await drawer
      .getByText(/不在法定处罚种类之内/)
      .first()
      .waitFor();
    const tierTypes = drawer.locator('.ant-form-item', {
      has: page.locator('#catalogue-entry-BENCHMARKS_tiers_0_penaltyTypes'),
    });
    await tierTypes.locator('.ant-select-selection-item-remove').first().click();
    await pickOption(page, id('tiers_0_penaltyTypes'), '警告');
    await drawer.getByRole('button', { name: '确定' }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /保存草稿/ }).click();
    await page.getByText(/草稿已保存/).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: '保存失败' }).count()).toBe(0);
    // the entries table, and the diff against the published version lists it as added
    await page.getByText('E2E-BM-01').first().waitFor();
    await page.locator('tr', { hasText: 'E2E-BM-01' }).filter({ hasText: '新增' }).waitFor();
    await settle(page);
    await screenshot(page, 'catalogue-benchmark-saved');
    await page.context().close();
  }, 120_000);

  it('law library: searches, reads the articles of a version, imports a rule from Markdown', async () => {
    const page = await newPage();
    await signInAs(page, 'scj.head');
    await page.getByRole('menuitem', { name: '法律法规库' }).click();
    await page.getByRole('heading', { name: '法律法规库' }).waitFor();
    await page.getByLabel('关键字').fill('食品安全');
    await page.getByLabel('关键字').press('Enter');
    await page.getByRole('link', { name: FOOD }).click();
    await page.getByRole('heading', { name: FOOD }).waitFor();
    await page
      .getByText(/^第一百二十四条/)
      .first()
      .waitFor();
    await settle(page);
    await screenshot(page, 'catalogue-law-detail');

    await page.goto(`${base}/app/laws`);
    await page.getByRole('button', { name: /导入/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('内容')
      .fill(
        [
          '# 青溪县集贸市场管理办法（浏览器测试）',
          '简称：集贸市场管理办法',
          '层级：规范性文件',
          '制定机关：青溪县人民政府',
          '',
          '## 2025年版',
          '公布文件：青政发〔2025〕1号',
          '公布日期：2025-01-10',
          '施行日期：2025-02-01',
          '',
          '第一条　为了规范集贸市场秩序，制定本办法。',
          '第二条　市场开办者应当履行下列义务：',
          '（一）建立入场经营者档案；',
          '（二）公示市场管理制度。',
        ].join('\n'),
      );
    await dialog.getByRole('button', { name: /导\s*入/ }).click();
    await page.getByRole('heading', { name: '青溪县集贸市场管理办法（浏览器测试）' }).waitFor();
    await page.getByText('建立入场经营者档案').first().waitFor();
    await settle(page);
    await screenshot(page, 'catalogue-law-imported');
    await page.context().close();
  }, 120_000);
});
