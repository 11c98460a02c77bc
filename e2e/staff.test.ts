import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeResidentIdNumber } from '@zhifa/domain';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROSTER_COLUMNS } from '../server/src/modules/officers/roster.excel';
import { ARTIFACTS, launchBrowser, screenshot, signIn, signInAs } from './browser';

let browser: Browser;
let base: string;
beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function newPage(viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  return context.newPage();
}

/** Picks an option of an Ant Design select that is labelled `label`. */
async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

describe('staff web app', () => {
  it('signs in and shows the demo banner and the menu for the role', async () => {
    const page = await newPage();
    await signInAs(page, 'scj.head');
    await expect.poll(() => page.url()).toMatch(new RegExp(`^${base}/app/?$`));
    await page.getByText('演示环境：所有数据均为虚构').first().waitFor();
    await page.getByRole('menuitem', { name: '执法人员' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '用户与角色' }).count()).toBe(0);
    await screenshot(page, 'staff-home');
    await page.context().close();
  });

  it('locks the account after 5 failed sign-ins; the right password is then refused', async () => {
    const page = await newPage();
    for (let i = 1; i <= 5; i++) {
      await signIn(page, 'cgj.head', `Wrong#${i}x`);
      await page
        .getByRole('alert')
        .filter({ hasText: i < 5 ? '用户名或密码错误' : '锁定' })
        .waitFor();
    }
    await signIn(page, 'cgj.head');
    await page.getByRole('alert').filter({ hasText: '锁定' }).waitFor();
    expect(page.url()).toContain('/app/login');
    await screenshot(page, 'staff-lockout');
    await page.context().close();
  });

  it('creates an officer: a bad ID number shows the Chinese error, a good one saves', async () => {
    const page = await newPage();
    await signInAs(page, 'scj.head');
    await page.getByRole('menuitem', { name: '执法人员' }).click();
    await page.getByRole('link', { name: '新增执法人员' }).click();
    await page.getByRole('heading', { name: '新增执法人员' }).waitFor();
    const good = makeResidentIdNumber('430699', '1990-06-18', 731);
    const bad = good.slice(0, 17) + (good[17] === '7' ? '8' : '7');
    await page.getByLabel('姓名', { exact: true }).fill('浏览器测试员');
    await page.getByLabel('男').check();
    await page.getByLabel('身份证号码').fill(bad);
    await page.getByLabel('职务').fill('科员');
    await page.getByRole('button', { name: '保存' }).click();
    // the message sits under the field, not only in a toast
    await page.locator('.ant-form-item-explain-error', { hasText: '身份证号码校验位错误' }).waitFor();
    await page.waitForTimeout(400); // let the explain animation finish before the screenshot
    await screenshot(page, 'staff-officer-bad-id');
    await page.getByLabel('身份证号码').fill(good);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '浏览器测试员' }).waitFor();
    await page.getByText(`${good.slice(0, 6)}********${good.slice(14)}`).waitFor();
    await screenshot(page, 'staff-officer-created');
    await page.context().close();
  });

  it('suspends a certificate; the public check page says it is suspended', async () => {
    const page = await newPage();
    await signInAs(page, 'scj.head');
    await page.goto(`${base}/app/officers?certificateStatus=VALID`);
    const firstOfficer = page.locator('tr.ant-table-row').first().getByRole('link').first();
    await firstOfficer.waitFor();
    await firstOfficer.click();
    await page.getByRole('button', { name: '变更状态' }).first().click();
    const dialog = page.getByRole('dialog');
    const title = await dialog.getByText(/变更证件状态：/).textContent();
    const number = title!.split('：')[1].trim();
    await chooseOption(page, '操作', '暂扣');
    await dialog.getByLabel('原因').fill('涉嫌违规执法，调查期间暂扣（浏览器测试）');
    await dialog.getByRole('button', { name: '确认变更' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-tag', { hasText: '暂扣' }).first().waitFor();
    await page.getByText('涉嫌违规执法，调查期间暂扣（浏览器测试）').waitFor();
    await screenshot(page, 'staff-certificate-suspended');

    const portal = await newPage();
    await portal.goto(`${base}/certificates`);
    await portal.getByLabel('执法证件编号').fill(number);
    await portal.getByRole('button', { name: '查询' }).click();
    await portal.getByText(/暂扣/).first().waitFor();
    expect(await portal.getByText('该证件有效').count()).toBe(0);
    await screenshot(portal, 'portal-certificate-suspended');
    await page.context().close();
    await portal.context().close();
  });

  it('imports a roster with bad rows: reads the Chinese report, imports only the valid rows after confirmation', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(ROSTER_COLUMNS.map((c) => c.header));
    const row = (r: Record<string, string>) => ws.addRow(ROSTER_COLUMNS.map((c) => r[c.key] ?? ''));
    const common = {
      issuer: '湖南省人民政府',
      issuedOn: '2025-02-01',
      validFrom: '2025-02-01',
      validUntil: '2030-01-31',
      categories: '市场监管',
    };
    row({
      ...common,
      name: '名单甲',
      idNumber: makeResidentIdNumber('430699', '1987-04-04', 811),
      certificateNumber: 'E2E-IMPORT-01',
    });
    row({ ...common, name: '名单乙', idNumber: '430699198704041234', certificateNumber: 'E2E-IMPORT-02' });
    row({
      ...common,
      name: '名单丙',
      idNumber: makeResidentIdNumber('430699', '1987-04-05', 813),
      certificateNumber: 'E2E-IMPORT-01',
    });
    row({
      ...common,
      name: '名单丁',
      idNumber: makeResidentIdNumber('430699', '1987-04-06', 815),
      certificateNumber: 'E2E-IMPORT-04',
      agency: '不存在的执法局',
    });
    const file = path.join(ARTIFACTS, 'roster-with-errors.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));

    const page = await newPage();
    await signInAs(page, 'scj.head');
    await page.goto(`${base}/app/officers/import`);
    await page.getByText('在此之前不会导入任何数据').waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: '上传并校验' }).click();
    await page.getByText('与第 2 行证件编号重复').waitFor({ timeout: 30_000 });
    await page.getByText('执法主体"不存在的执法局"不存在').waitFor();
    await page
      .getByText(/校验位错误|出生日期/)
      .first()
      .waitFor();
    await screenshot(page, 'staff-roster-report');
    await page.getByRole('button', { name: /确认导入/ }).click();
    await page
      .getByText(/成功导入\s*1\s*名|已导入\s*1/)
      .first()
      .waitFor();
    await screenshot(page, 'staff-roster-imported');
    await page.goto(`${base}/app/officers?q=${encodeURIComponent('名单')}`);
    await page.getByRole('link', { name: '名单甲' }).waitFor();
    expect(await page.getByRole('link', { name: '名单丙' }).count()).toBe(0);
    await page.context().close();
  });
});
