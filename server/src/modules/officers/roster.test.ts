import { makeResidentIdNumber } from '@zhifa/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { ROSTER_COLUMNS } from './roster.excel';

let ctx: TestContext;
let head: Session;
let scj: string;
beforeAll(async () => {
  ctx = await createTestContext();
  head = await login(ctx.app, 'scj.head');
  scj = await agencyId(ctx, '县市场监管局');
});
afterAll(() => ctx.close());

type Row = Partial<Record<(typeof ROSTER_COLUMNS)[number]['key'], string>>;

async function workbook(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(ROSTER_COLUMNS.map((c) => r[c.key] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function multipart(fields: Record<string, string>, file: Buffer, name = 'roster.xlsx') {
  const boundary = `----zhifa${Date.now()}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(session: Session, rows: Row[]) {
  const body = multipart({ agencyId: scj }, await workbook(rows));
  return ctx.app.inject({
    method: 'POST',
    url: '/api/officers/imports',
    headers: { ...body.headers, cookie: session.cookie, 'x-csrf-token': session.csrf },
    payload: body.payload,
  });
}

async function waitChecked(session: Session, id: string) {
  for (let i = 0; i < 200; i++) {
    const r = await ctx.app.inject({
      method: 'GET',
      url: `/api/officers/imports/${id}`,
      headers: { cookie: session.cookie },
    });
    if (r.json().status !== 'CHECKING') return r.json();
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('import check did not finish');
}

const base = (i: number): Row => ({
  name: `导入${i}`,
  gender: i % 2 ? '男' : '女',
  idNumber: makeResidentIdNumber('430699', '1985-03-15', (500 + i * 2 + (i % 2)) % 1000),
  certificateNumber: `IMP-2026-${String(i).padStart(4, '0')}`,
  issuer: '湖南省人民政府',
  issuedOn: '2025-01-10',
  validFrom: '2025-01-10',
  validUntil: '2030-01-09',
  categories: '市场监管',
});

describe('roster import', () => {
  it('checks every row, reports problems in Chinese, and imports nothing until confirmed', async () => {
    const good1 = base(1);
    const good2 = base(2);
    const badId = { ...base(3), idNumber: `${good1.idNumber!.slice(0, 17)}${good1.idNumber![17] === '1' ? '2' : '1'}` };
    const dupCert = { ...base(4), certificateNumber: good1.certificateNumber };
    const unknownAgency = { ...base(5), agency: '不存在的局' };
    const expired = { ...base(6), validUntil: '2024-12-31', validFrom: '2020-01-01', issuedOn: '2020-01-01' };
    const existingCert = { ...base(7), certificateNumber: '430699020001' };
    const res = await upload(head, [good1, good2, badId, dupCert, unknownAgency, expired, existingCert]);
    expect(res.statusCode, res.body).toBe(200);
    const report = await waitChecked(head, res.json().id);
    expect(report.status).toBe('CHECKED');
    expect(report.totalRows).toBe(7);
    expect(report.validCount).toBe(2);
    const byRow = (row: number) =>
      report.errors
        .filter((e: { row: number }) => e.row === row)
        .map((e: { field: string; message: string }) => `${e.field}:${e.message}`);
    expect(byRow(4)).toEqual(['身份证号码:身份证号码校验位错误']);
    expect(byRow(5)).toEqual(['证件编号:与第 2 行证件编号重复']);
    expect(byRow(6)).toEqual(['执法主体:执法主体"不存在的局"不存在']);
    expect(byRow(7)).toEqual(['有效期至:证件已过期（有效期至 2024-12-31）']);
    expect(byRow(8)).toEqual(['证件编号:证件编号 430699020001 已存在']);
    const before = await ctx.superuser.query("SELECT count(*)::int AS n FROM officers WHERE name LIKE '导入%'");
    expect(before.rows[0].n).toBe(0);

    const confirm = await ctx.app.inject({
      method: 'POST',
      url: `/api/officers/imports/${report.id}/confirm`,
      headers: { cookie: head.cookie, 'x-csrf-token': head.csrf },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect(confirm.json()).toEqual({ imported: 2 });
    const after = await ctx.superuser.query("SELECT name FROM officers WHERE name LIKE '导入%' ORDER BY name");
    expect(after.rows.map((r) => r.name)).toEqual(['导入1', '导入2']);
    const twice = await ctx.app.inject({
      method: 'POST',
      url: `/api/officers/imports/${report.id}/confirm`,
      headers: { cookie: head.cookie, 'x-csrf-token': head.csrf },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('refuses a file that is not a workbook and one without the required columns', async () => {
    const notXlsx = multipart({ agencyId: scj }, Buffer.from('name,id\n张三,1'), 'roster.csv');
    const r1 = await ctx.app.inject({
      method: 'POST',
      url: '/api/officers/imports',
      headers: { ...notXlsx.headers, cookie: head.cookie, 'x-csrf-token': head.csrf },
      payload: notXlsx.payload,
    });
    expect(r1.statusCode).toBe(400);
    expect(r1.json().error.message).toMatch(/xlsx/);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['姓名']);
    const noCols = multipart({ agencyId: scj }, Buffer.from(await wb.xlsx.writeBuffer()));
    const r2 = await ctx.app.inject({
      method: 'POST',
      url: '/api/officers/imports',
      headers: { ...noCols.headers, cookie: head.cookie, 'x-csrf-token': head.csrf },
      payload: noCols.payload,
    });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().error.message).toMatch(/身份证号码/);
  });

  it("another user cannot see or confirm someone else's import", async () => {
    const res = await upload(head, [base(20)]);
    const id = res.json().id;
    await waitChecked(head, id);
    const supervisor = await login(ctx.app, 'sfj.supervisor');
    const peek = await ctx.app.inject({
      method: 'GET',
      url: `/api/officers/imports/${id}`,
      headers: { cookie: supervisor.cookie },
    });
    expect(peek.statusCode).toBe(403);
  });
});
