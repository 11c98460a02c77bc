import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signInAs } from './browser';

let browser: Browser;
let base: string;
beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function pageFor(username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })).newPage();
  await signInAs(page, username);
  return page;
}

describe('administrators (三员) in the staff app', () => {
  it('the security administrator sees users with their roles and searches them', async () => {
    const page = await pageFor('secadmin');
    expect(await page.getByRole('menuitem', { name: '执法人员' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '用户与角色' }).click();
    await page.getByRole('cell', { name: 'scj.head', exact: true }).waitFor();
    await page.getByText('机关负责人').first().waitFor();
    await screenshot(page, 'admin-users');
    await page.context().close();
  });

  it('the audit administrator reads the audit log, including access records', async () => {
    const page = await pageFor('auditadmin');
    await page.getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByText('登录成功').first().waitFor();
    await screenshot(page, 'admin-audit');
    expect(await page.getByRole('menuitem', { name: '用户与角色' }).count()).toBe(0);
    await page.context().close();
  });

  it('the system administrator sees the calendar with the missing year flagged, and the agency tree', async () => {
    const page = await pageFor('sysadmin');
    await page.getByRole('menuitem', { name: '节假日日历' }).click();
    await page
      .getByText(/尚未导入.*2027|2027.*尚未导入/)
      .first()
      .waitFor();
    await screenshot(page, 'admin-calendar');
    await page.getByRole('menuitem', { name: '执法主体' }).click();
    await page.getByText('青溪县市场监督管理局').first().waitFor();
    await screenshot(page, 'admin-agencies');
    expect(page.url()).toContain(`${base}/app/agencies`);
    await page.context().close();
  });
});
