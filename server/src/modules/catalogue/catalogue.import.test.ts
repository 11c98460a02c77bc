import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { LAYOUTS } from './catalogue.columns';
import { multipart } from './catalogue.fixtures';

let ctx: TestContext;
let editor: Session;
let scj: string;

beforeAll(async () => {
  ctx = await createTestContext();
  editor = await login(ctx.app, 'scj.unit');
  scj = await agencyId(ctx, '县市场监管局');
});
afterAll(() => ctx.close());

const ITEM_HEADERS = LAYOUTS.ITEMS.entry.map((c) => c.header);

async function xlsx(headers: string[], rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('清单');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function row(cells: Record<string, string>): string[] {
  return ITEM_HEADERS.map((h) => cells[h] ?? '');
}

async function upload(listType: string, file: Buffer, name: string) {
  const body = multipart(file, name);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/catalogue/agencies/${scj}/${listType}/imports`,
    headers: { ...body.headers, cookie: editor.cookie, 'x-csrf-token': editor.csrf },
    payload: body.payload,
  });
}

async function checked(listType: string, id: string) {
  for (let i = 0; i < 200; i++) {
    const r = await call(ctx.app, editor, 'GET', `/api/catalogue/agencies/${scj}/${listType}/imports/${id}`);
    expect(r.statusCode, r.body).toBe(200);
    if (r.json().status !== 'CHECKING') return r.json();
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('import never finished checking');
}

const CITE = '《中华人民共和国食品安全法》第一百二十四条第一款第五项';

describe('Excel import of a list: row-level Chinese report, nothing applied before confirmation', () => {
  let listId: string;

  it('reports bad rows by row and column and applies only the valid rows after confirmation', async () => {
    const before = await ctx.superuser.query(
      `SELECT count(*)::int AS n FROM catalogue_lists WHERE agency_id = $1 AND list_type = 'ITEMS'`,
      [scj],
    );
    const file = await xlsx(ITEM_HEADERS, [
      row({
        编码: 'I-1',
        事项名称: '对经营超过保质期食品的处罚',
        事项类别: '行政处罚',
        设定和实施依据: CITE,
        办理时限: '90日',
      }),
      row({ 编码: 'I-2', 事项名称: '依据写法错误', 事项类别: '行政处罚', 设定和实施依据: '食品安全法第124条' }),
      row({ 编码: 'I-3', 事项名称: '类别错误', 事项类别: '处罚', 设定和实施依据: CITE }),
      row({ 编码: 'I-4', 事项类别: '行政检查', 设定和实施依据: CITE }),
      row({
        编码: 'I-5',
        事项名称: '对未按规定查验进货凭证的处罚',
        事项类别: '行政处罚',
        违反的条款: '《中华人民共和国食品安全法》第五十三条第一款',
        设定和实施依据: `${CITE}；《中华人民共和国食品安全法》第一百二十六条第一款第三项`,
        随机抽查事项: '是',
        音像记录要求: '全程记录',
        裁量基准编码: 'B-1、B-2',
      }),
      row({ 编码: 'I-1', 事项名称: '编码重复', 事项类别: '行政处罚', 设定和实施依据: CITE }),
    ]);
    const started = await upload('ITEMS', file, '执法事项清单.xlsx');
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ totalRows: 6, listType: 'ITEMS' });
    const report = await checked('ITEMS', started.json().id);
    expect(report.status).toBe('CHECKED');
    expect(report.checkedRows).toBe(6);
    expect(report.validEntries).toBe(2);
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { row: 3, column: '设定和实施依据', message: expect.stringContaining('无法识别法律依据"食品安全法第124条"') },
        { row: 4, column: '事项类别', message: expect.stringContaining('"处罚"不是有效的选项') },
        { row: 5, column: '事项名称', message: '请填写事项名称' },
        { row: 7, column: '编码', message: '编码"I-1"与第 1 条重复' },
      ]),
    );
    expect(new Set(report.errors.map((e: { row: number }) => e.row))).toEqual(new Set([3, 4, 5, 7]));
    // The benchmark codes are unknown: a warning, not an error.
    expect(report.warnings[0]).toMatchObject({ row: 6, column: '裁量基准编码' });
    const after = await ctx.superuser.query(
      `SELECT count(*)::int AS n FROM catalogue_lists WHERE agency_id = $1 AND list_type = 'ITEMS'`,
      [scj],
    );
    expect(after.rows[0].n).toBe(before.rows[0].n);

    const applied = await call(
      ctx.app,
      editor,
      'POST',
      `/api/catalogue/agencies/${scj}/ITEMS/imports/${started.json().id}/apply`,
    );
    expect(applied.statusCode, applied.body).toBe(200);
    const list = applied.json();
    expect(list.status).toBe('DRAFT');
    expect(list.entries.map((e: { code: string }) => e.code)).toEqual(['I-1', 'I-5']);
    expect(list.entries[0]).toMatchObject({
      kind: 'PENALTY',
      timeLimit: { amount: 90, unit: 'CALENDAR_DAY' },
      basisApplied: [{ lawName: '中华人民共和国食品安全法', article: 124, paragraph: 1, item: 5 }],
    });
    expect(list.entries[1]).toMatchObject({ randomInspection: true, avLevel: 'FULL', benchmarkCodes: ['B-1', 'B-2'] });
    expect(list.entries[1].basisApplied).toHaveLength(2);
    expect(list.comments.map((c: { action: string }) => c.action)).toContain('IMPORT');
    const again = await call(
      ctx.app,
      editor,
      'POST',
      `/api/catalogue/agencies/${scj}/ITEMS/imports/${started.json().id}/apply`,
    );
    expect(again.statusCode).toBe(409);
    const wrongList = await call(
      ctx.app,
      editor,
      'GET',
      `/api/catalogue/agencies/${scj}/CHANNELS/imports/${started.json().id}`,
    );
    expect(wrongList.statusCode).toBe(404);
    listId = list.id;
  });

  it('exports CSV (UTF-8 with BOM) and xlsx in the template layout; the xlsx imports again unchanged', async () => {
    const csv = await call(ctx.app, editor, 'GET', `/api/catalogue/lists/${listId}/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(String(csv.headers['content-disposition'])).toContain("filename*=UTF-8''");
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.rawPayload.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(ITEM_HEADERS.join(','));
    expect(text).toContain(CITE);

    const file = await call(ctx.app, editor, 'GET', `/api/catalogue/lists/${listId}/export?format=xlsx`);
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('执法事项清单');
    expect(ws.getRow(1).getCell(1).value).toBe('编码');
    expect(ws.getRow(1).getCell(1).note).toBeTruthy();
    expect(ws.getRow(3).getCell(2).value).toBe('对未按规定查验进货凭证的处罚');

    const reimport = await upload('ITEMS', file.rawPayload, '导出.xlsx');
    const report = await checked('ITEMS', reimport.json().id);
    expect(report.errors).toEqual([]);
    expect(report.validEntries).toBe(2);
  });

  it('benchmarks: one row per tier, the entry columns on the first row only; a bad tier row is reported', async () => {
    const headers = [...LAYOUTS.BENCHMARKS.entry, ...LAYOUTS.BENCHMARKS.tier!].map((c) => c.header);
    const line = (cells: Record<string, string>) => headers.map((h) => cells[h] ?? '');
    const entry = {
      编码: 'B-1',
      违法行为: '未取得食品经营许可从事食品经营活动',
      违反的条款: '《中华人民共和国食品安全法》第三十五条第一款',
      处罚依据: '《中华人民共和国食品安全法》第一百二十二条第一款',
      法定处罚种类: '罚款',
      '法定罚款下限（元）': '5000',
      '法定罚款上限（元）': '100000',
    };
    const tier = (t: string, min: string, max: string) => ({
      裁量阶次: t,
      适用条件: `${t}的情形`,
      处罚种类: '罚款',
      罚款方式: '金额区间',
      罚款下限: min,
      罚款上限: max,
    });
    const csv = [
      headers,
      line({ ...entry, ...tier('从轻处罚', '5000', '20000') }),
      line(tier('一般处罚', '20000', '60000')),
      line(tier('从重处罚', '60000', '100000')),
      line({ ...entry, 编码: 'B-2', ...tier('从轻处罚', '五千', '20000') }),
    ]
      .map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
      .join('\r\n');
    const started = await upload('BENCHMARKS', Buffer.from(`\uFEFF${csv}`, 'utf8'), '裁量基准.csv');
    expect(started.statusCode, started.body).toBe(200);
    const report = await checked('BENCHMARKS', started.json().id);
    expect(report.validEntries).toBe(1);
    expect(report.errors[0]).toEqual({ row: 5, column: '罚款下限', message: expect.stringContaining('五千') });
    const applied = await call(
      ctx.app,
      editor,
      'POST',
      `/api/catalogue/agencies/${scj}/BENCHMARKS/imports/${started.json().id}/apply`,
    );
    expect(applied.statusCode, applied.body).toBe(200);
    const [b] = applied.json().entries;
    expect(b.tiers.map((t: { tier: string }) => t.tier)).toEqual(['LIGHTER', 'GENERAL', 'HEAVIER']);
    expect(b.tiers[2].fine).toEqual({ mode: 'RANGE', minFen: 6_000_000, maxFen: 10_000_000 });
    expect(b.statutory).toMatchObject({ penaltyTypes: ['FINE'], fineMinFen: 500_000, fineMaxFen: 10_000_000 });
  });

  it('offers a template per list type with a note on every column; refuses files without the code column', async () => {
    const t = await call(ctx.app, editor, 'GET', '/api/catalogue/template/BENCHMARKS');
    expect(t.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(t.rawPayload as unknown as ArrayBuffer);
    const header = wb.worksheets[0].getRow(1);
    const cells: string[] = [];
    header.eachCell((c) => {
      cells.push(String(c.value));
      expect(c.note).toBeTruthy();
    });
    expect(cells).toContain('裁量阶次');
    expect(cells).toContain('法定罚款上限（元）');
    const noCode = await upload('ITEMS', await xlsx(['事项名称'], [['x']]), 'x.xlsx');
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json().error.message).toContain('编码');
  });
});
