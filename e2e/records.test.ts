import { createHash, randomFillSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sm3Hex } from '../server/src/platform/crypto';
import { launchBrowser, screenshot, signInAs } from './browser';

/**
 * Full-process records in the browser (issue 3 §6): upload with progress, resume after the tab is closed,
 * metadata, the record page with digests, custody and a player served with HTTP Range; devices; the access
 * register; the ledger page.
 */

let browser: Browser;
let base: string;
let dir: string;
/** The record made in the first test, looked up in the access register later. */
let recordId = '';
let recordTitle = '';

beforeAll(async () => {
  base = inject('baseUrl');
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(tmpdir(), 'zhifa-e2e-records-'));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function newContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
}

/**
 * A small valid MP4 as far as type sniffing goes: an `ftyp` box (isom, brands isom + mp42) and an `mdat`
 * box of random bytes. Written to disk so that the browser sees a stable modification time: the resume
 * fingerprint (name, type, size, mtime) then matches when the same file is chosen again.
 */
function writeMp4(name: string, size: number): { file: string; bytes: Buffer } {
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32BE(24, 0);
  bytes.write('ftyp', 4, 'latin1');
  bytes.write('isom', 8, 'latin1');
  bytes.writeUInt32BE(0x200, 12);
  bytes.write('isom', 16, 'latin1');
  bytes.write('mp42', 20, 'latin1');
  bytes.writeUInt32BE(size - 24, 24);
  bytes.write('mdat', 28, 'latin1');
  randomFillSync(bytes, 32);
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { file, bytes };
}

/** Picks an option of an Ant Design select that is labelled `label`. */
async function chooseOption(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  if (typeof option === 'string') await dropdown.getByTitle(option, { exact: true }).click();
  else await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
  await dropdownsClosed(page);
}

/** Waits until no select dropdown is open (a closing one still matches `:visible` while it animates). */
async function dropdownsClosed(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

/** Opens the select labelled `label` and picks its first option; returns the option's title. */
async function chooseFirst(
  page: Page,
  label: string,
  opts: { scope?: Page | ReturnType<Page['getByRole']>; multiple?: boolean } = {},
): Promise<string> {
  await dropdownsClosed(page);
  await (opts.scope ?? page).getByLabel(label, { exact: true }).click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
  const title = (await option.getAttribute('title')) ?? '';
  await option.click();
  // a multiple select stays open after a pick
  if (opts.multiple) await page.keyboard.press('Escape');
  await dropdownsClosed(page);
  return title;
}

/** Types a moment into an Ant Design DatePicker (format YYYY-MM-DD HH:mm:ss) and confirms it. */
async function fillDateTime(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(value);
}

/** Waits until the success messages have faded, so that screenshots show the page itself. */
async function toastsGone(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}

async function uploadPercent(page: Page): Promise<number> {
  const v = await page.getByTestId('upload-progress').first().getAttribute('data-percent');
  return Number(v ?? 0);
}

describe('full-process records', () => {
  it('uploads an MP4 with progress, files it as an AV record and plays it with range requests', async () => {
    const { file, bytes } = writeMp4('现场检查录像.mp4', 2 * 1024 * 1024 + 4096);
    const context = await newContext();
    const page = await context.newPage();
    await signInAs(page, 'scj.officer');
    await page.getByRole('menuitem', { name: /执法记录$/ }).click();
    await page.getByRole('heading', { name: '执法记录' }).waitFor();
    await page.getByRole('link', { name: '上传入库' }).click();
    await page.getByRole('heading', { name: '上传入库' }).waitFor();

    // bytes that are not a video are refused with the server's reason
    await page.locator('input[type=file]').setInputFiles({
      name: '伪装视频.mp4',
      mimeType: 'video/mp4',
      buffer: Buffer.from('这不是视频文件，只是一段文字。'.repeat(20)),
    });
    const fake = page.getByTestId('upload-item').filter({ hasText: '伪装视频.mp4' });
    await expect.poll(() => fake.getAttribute('data-status'), { timeout: 30_000 }).toBe('rejected');
    await fake.getByText(/无法识别文件内容的格式|不符/).waitFor();
    await screenshot(page, 'records-rejected');
    await fake.getByRole('button', { name: '移除 伪装视频.mp4' }).click();
    await fake.waitFor({ state: 'detached' });

    await page.locator('input[type=file]').setInputFiles(file);
    const item = page.getByTestId('upload-item').first();
    await item.locator('[data-digest="SM3"]').waitFor({ timeout: 30_000 });
    expect(await item.getAttribute('data-status')).toBe('complete');
    expect(await uploadPercent(page)).toBe(100);
    await item.getByText('（100%）').waitFor();
    // the digests shown are the server's, computed while the bytes streamed in
    await item.getByText(sm3Hex(bytes)).waitFor();
    await item.getByText(createHash('sha256').update(bytes).digest('hex')).waitFor();
    await screenshot(page, 'records-new');

    await page.getByRole('button', { name: '下一步：填写记录信息' }).click();
    recordTitle = `浏览器测试现场检查录像 ${Date.now()}`;
    await page.getByLabel('标题', { exact: true }).fill(recordTitle);
    await page.getByLabel('所属对象编号').fill('E2E-CASE-001');
    await chooseOption(page, '执法活动', '现场检查');
    await chooseOption(page, '设备类型', '执法记录仪');
    await page.getByLabel('设备编号', { exact: true }).fill('ZFJLY-E2E-01');
    await chooseFirst(page, '摄录人员', { multiple: true });
    await fillDateTime(page, '开始时间', '2026-05-01 09:00:00');
    await fillDateTime(page, '结束时间', '2026-05-01 09:30:00');
    await page.getByLabel('地点', { exact: true }).fill('某某县人民路 12 号某超市');
    await page.getByRole('radio', { name: '是' }).check();
    await page.getByRole('button', { name: '添加中断' }).click();
    await fillDateTime(page, '中断 1 开始', '2026-05-01 09:10:00');
    await fillDateTime(page, '中断 1 结束', '2026-05-01 09:12:00');
    // a gap without a reason is refused
    await page.getByRole('button', { name: '提交入库' }).click();
    await page.locator('.ant-form-item-explain-error', { hasText: '每一段中断都必须说明原因' }).waitFor();
    await page.getByLabel('中断 1 原因').fill('设备电量耗尽，更换电池');
    await page.waitForTimeout(300);
    await screenshot(page, 'records-new-metadata');
    await page.getByRole('button', { name: '提交入库' }).click();

    await page.getByRole('heading', { name: recordTitle }).waitFor({ timeout: 30_000 });
    recordId = page.url().split('/records/')[1]?.split(/[?#]/)[0] ?? '';
    expect(recordId).toMatch(/^[0-9a-f-]{36}$/);
    await page
      .locator('[data-digest="SM3"]', { hasText: sm3Hex(bytes) })
      .first()
      .waitFor();
    await page.getByTestId('custody-event').filter({ hasText: '入库' }).first().waitFor();
    await page.getByText('设备电量耗尽，更换电池').first().waitFor();
    // the moments typed are Beijing time and are shown back as typed
    await page.getByText('2026-05-01 09:00:00').first().waitFor();

    // the player's source answers range requests, so seeking fetches only what is needed
    const src = await page.locator('video').getAttribute('src');
    expect(src).toBeTruthy();
    const ranged = await page.request.get(new URL(src as string, base).toString(), {
      headers: { Range: 'bytes=0-1023' },
    });
    expect(ranged.status()).toBe(206);
    expect(ranged.headers()['content-range']).toBe(`bytes 0-1023/${bytes.length}`);
    expect(Buffer.from(await ranged.body()).equals(bytes.subarray(0, 1024))).toBe(true);
    await toastsGone(page);
    await screenshot(page, 'records-detail');

    await page.getByRole('menuitem', { name: /执法记录$/ }).click();
    await page.getByRole('link', { name: recordTitle }).waitFor();
    await expect.poll(() => page.locator('.ant-table-wrapper .ant-spin-spinning').count()).toBe(0);
    await toastsGone(page);
    await page.waitForTimeout(500); // the table fades back in after loading
    await screenshot(page, 'records-list');
    await context.close();
  });

  it('resumes an upload after the tab is closed: the server has every byte and the right SHA-256', async () => {
    const { file, bytes } = writeMp4('询问录像-续传.mp4', 40 * 1024 * 1024);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const context = await newContext();
    const first = await context.newPage();
    await signInAs(first, 'scj.officer');
    await first.goto(`${base}/app/records/new`);
    await first.getByRole('heading', { name: '上传入库' }).waitFor();
    // slow the upload down (4 MiB/s) so that the tab can be closed part-way
    const cdp = await context.newCDPSession(first);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 4 * 1024 * 1024,
    });
    await first.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => uploadPercent(first), { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(30);
    const closedAt = await uploadPercent(first);
    expect(closedAt).toBeLessThan(100);
    await first.close();

    // a new tab in the same browser profile (localStorage keeps the upload URL)
    const page = await context.newPage();
    await page.goto(`${base}/app/records/new`);
    await page.getByRole('heading', { name: '上传入库' }).waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    const notice = page.getByText(/检测到未完成的上传，将从 \d+% 继续/);
    await notice.waitFor({ timeout: 15_000 });
    const resumedFrom = Number((await notice.textContent())?.match(/(\d+)%/)?.[1]);
    expect(resumedFrom).toBeGreaterThan(0);
    await screenshot(page, 'records-resume');
    const item = page.getByTestId('upload-item').first();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 120_000, interval: 250 }).toBe('complete');
    const uploadId = await item.getAttribute('data-upload-id');
    expect(uploadId).toBeTruthy();

    const res = await page.request.get(`${base}/api/uploads/${uploadId}`);
    expect(res.status()).toBe(200);
    const view = (await res.json()) as { status: string; size: number; offset: number; sha256: string };
    expect(view.status).toBe('COMPLETE');
    expect(view.size).toBe(bytes.length);
    expect(view.sha256).toBe(sha256);
    await context.close();
  });

  it('asks for a reason before showing a restricted record; the agency head sets and releases a legal hold', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signInAs(page, 'scj.head');
    // set-up through the API: a small PDF (plain multipart upload) filed as restricted evidence
    const session = (await (await page.request.get(`${base}/api/auth/session`)).json()) as {
      csrfToken: string;
      user: { roles: { agencyId: string | null }[] };
    };
    const agencyId = session.user.roles.find((r) => r.agencyId)?.agencyId as string;
    const headers = { 'x-csrf-token': session.csrfToken };
    const pdf = Buffer.from(`%PDF-1.4\n% 询问笔录（浏览器测试）${Date.now()}\n%%EOF\n`);
    const uploaded = await page.request.post(`${base}/api/uploads/simple`, {
      headers,
      multipart: {
        agencyId,
        fileKind: 'PDF',
        file: { name: '询问笔录.pdf', mimeType: 'application/pdf', buffer: pdf },
      },
    });
    expect(uploaded.status(), await uploaded.text()).toBe(200);
    const officers = (await (await page.request.get(`${base}/api/officers?agencyId=${agencyId}`)).json()) as {
      items: { id: string }[];
    };
    const title = `受限询问笔录 ${Date.now()}`;
    const created = await page.request.post(`${base}/api/records`, {
      headers,
      data: {
        kind: 'EVIDENCE',
        agencyId,
        ownerType: 'CASE',
        ownerId: 'E2E-CASE-002',
        title,
        retentionClass: 'LONG_30Y',
        restricted: true,
        uploadIds: [((await uploaded.json()) as { id: string }).id],
        metadata: {
          evidenceType: 'PARTY_STATEMENT',
          description: '当事人陈述（浏览器测试）',
          source: '询问当事人',
          collectedBy: [officers.items[0].id],
          collectedAt: '2026-05-02T02:00:00.000Z',
          place: '执法局询问室',
          method: 'INQUIRY',
        },
      },
    });
    expect(created.status(), await created.text()).toBe(200);
    const id = ((await created.json()) as { id: string }).id;

    await page.goto(`${base}/app/records/${id}`);
    await page.getByRole('heading', { name: '调阅受限记录' }).waitFor();
    await page.getByLabel('调阅理由').fill('办理行政复议答复，核对询问笔录');
    await page.getByRole('button', { name: '确认调阅' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByText('当事人的陈述').first().waitFor();
    await page.getByTestId('custody-event').filter({ hasText: '办理行政复议答复，核对询问笔录' }).first().waitFor();

    // a metadata edit makes version 2 and keeps version 1
    await page.getByRole('button', { name: '修改元数据' }).click();
    const edit = page.getByRole('dialog', { name: '修改元数据' });
    await edit.getByLabel('收集地点').fill('执法局一号询问室');
    await edit.getByLabel('修改原因').fill('更正询问地点');
    await edit.getByRole('button', { name: '保存为新版本' }).click();
    await edit.waitFor({ state: 'hidden' });
    const v2 = page.locator('tr.ant-table-row', { hasText: '第 2 版' });
    await v2.getByText('更正询问地点').waitFor();
    await v2.getByText('收集地点').waitFor();
    await page.locator('tr.ant-table-row', { hasText: '第 1 版' }).waitFor();
    await page.getByText('执法局一号询问室').first().waitFor();

    await page.getByRole('button', { name: '诉讼保全' }).click();
    const hold = page.getByRole('dialog', { name: '设置诉讼保全' });
    await hold.getByLabel('原因').fill('当事人已提起行政诉讼');
    await hold.getByRole('button', { name: '设置' }).click();
    await hold.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '解除诉讼保全' }).waitFor();
    await page.getByText('当事人已提起行政诉讼').first().waitFor();
    await toastsGone(page);
    await screenshot(page, 'records-restricted-hold');

    await page.getByRole('button', { name: '解除诉讼保全' }).click();
    const release = page.getByRole('dialog', { name: '解除诉讼保全' });
    await release.getByLabel('原因').fill('诉讼已审结');
    await release.getByRole('button', { name: '解除' }).click();
    await release.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: '诉讼保全' }).waitFor();
    await context.close();
  });

  it('registers a body camera and checks it out to an officer: the loan is in the use ledger', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signInAs(page, 'scj.head');
    await page.getByRole('menuitem', { name: '执法记录仪' }).click();
    await page.getByRole('heading', { name: '执法记录仪' }).waitFor();
    await page.getByRole('button', { name: '登记设备' }).click();
    const form = page.getByRole('dialog', { name: '登记设备' });
    await form.waitFor();
    const serialNo = `ZFJLY-E2E-${Date.now().toString().slice(-6)}`;
    await chooseOption(page, '设备类型', '执法记录仪');
    await form.getByLabel('设备编号').fill(serialNo);
    await form.getByLabel('型号').fill('DSJ-V9');
    await form.getByRole('button', { name: '登记' }).click();

    const drawer = page.getByRole('dialog', { name: `设备 ${serialNo}` });
    await drawer.waitFor();
    await drawer.getByRole('button', { name: '领用' }).click();
    const checkout = page.getByRole('dialog', { name: `领用设备：${serialNo}` });
    await checkout.waitFor();
    const officerName = (await chooseFirst(page, '领用人', { scope: checkout })).replace(/（.*$/, '');
    await checkout.getByLabel('用途').fill('某超市食品安全现场检查（浏览器测试）');
    await checkout.getByRole('button', { name: '确认领用' }).click();
    await checkout.waitFor({ state: 'hidden' });

    const loan = drawer.locator('tr.ant-table-row', { hasText: '某超市食品安全现场检查（浏览器测试）' });
    await loan.waitFor();
    expect(await loan.textContent()).toContain(officerName);
    await loan.getByText('未归还').waitFor();
    await drawer.getByText('已领用').waitFor();
    await toastsGone(page);
    await screenshot(page, 'devices');

    await drawer.getByRole('button', { name: '归还' }).click();
    const giveBack = page.getByRole('dialog', { name: `归还设备：${serialNo}` });
    await giveBack.getByLabel('归还说明').fill('设备完好，音像资料已上传');
    await giveBack.getByRole('button', { name: '确认归还' }).click();
    await giveBack.waitFor({ state: 'hidden' });
    await loan.getByText('设备完好，音像资料已上传').waitFor();
    expect(await loan.getByText('未归还').count()).toBe(0);
    await drawer.getByText('在库').waitFor();
    await context.close();
  });

  it('shows the officer looking at the record in the access register (audit administrator)', async () => {
    expect(recordId, 'the upload test did not create a record').not.toBe('');
    const context = await newContext();
    const page = await context.newPage();
    await signInAs(page, 'auditadmin');
    await page.getByRole('menuitem', { name: '调阅登记' }).click();
    await page.getByRole('heading', { name: '调阅登记' }).waitFor();
    await page.getByLabel('记录编号').fill(recordId);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    const row = page.locator('tr', { hasText: '王志强' }).filter({ hasText: '调阅' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain(recordTitle);
    await screenshot(page, 'access-register');
    await context.close();
  });

  it('signs a checkpoint now on the 存证核验 page (system administrator)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await signInAs(page, 'sysadmin');
    await page.getByRole('menuitem', { name: '存证核验' }).click();
    await page.getByRole('heading', { name: '存证核验' }).waitFor();
    await page.getByRole('button', { name: '立即签署检查点' }).click();
    const done = page.getByText(/已签署检查点，树大小 \d+/);
    await done.waitFor();
    const size = Number((await done.textContent())?.match(/树大小 (\d+)/)?.[1]);
    expect(size).toBeGreaterThan(0);
    await page.locator('.ant-descriptions').getByText(String(size), { exact: true }).first().waitFor();
    await page.getByRole('link', { name: '透明度公开页面' }).first().waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, 'ledger');
    await context.close();
  });
});
