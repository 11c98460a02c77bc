import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { draftWith, item, publishThrough } from './catalogue.fixtures';

let ctx: TestContext;
const s: Record<'editor' | 'reviewer' | 'head', Session> = {} as never;
let scj: string;
let v1: number;

// Distinctive words so that the demo data never matches.
const PUBLISHED_NAME = '对销售过期蜂王浆冻干粉的处罚';
const DRAFT_NAME = '对销售变质猕猴桃果脯的处罚';

beforeAll(async () => {
  ctx = await createTestContext();
  s.editor = await login(ctx.app, 'scj.unit');
  s.reviewer = await login(ctx.app, 'scj.reviewer');
  s.head = await login(ctx.app, 'scj.head');
  scj = await agencyId(ctx, '县市场监管局');
  const first = await draftWith(ctx, s.editor, scj, 'ITEMS', [item('P-1', PUBLISHED_NAME)], '2026-02-01');
  await publishThrough(ctx, s, first);
  const second = await draftWith(
    ctx,
    s.editor,
    scj,
    'ITEMS',
    [item('P-1', PUBLISHED_NAME), item('P-2', '对未建立进货查验记录制度的处罚')],
    '2026-04-01',
  );
  await publishThrough(ctx, s, second);
  v1 = (await ctx.superuser.query('SELECT version FROM catalogue_lists WHERE id = $1', [first])).rows[0].version;
  // An open draft that must never be visible to the public or found by the search.
  await draftWith(ctx, s.editor, scj, 'ITEMS', [item('P-1', PUBLISHED_NAME), item('P-3', DRAFT_NAME)], '2026-08-01');
});
afterAll(() => ctx.close());

const anon = (url: string) => call(ctx.app, null, 'GET', url);

describe('public catalogue API (no session)', () => {
  it('serves the current published version, its history and version n', async () => {
    const current = await anon(`/api/public/catalogue/agencies/${scj}/ITEMS`);
    expect(current.statusCode, current.body).toBe(200);
    const list = current.json();
    expect(list).toMatchObject({
      agencyName: '青溪县市场监督管理局',
      listType: 'ITEMS',
      listTypeLabel: '执法事项清单',
      version: v1 + 1,
      status: 'PUBLISHED',
      effectiveFrom: '2026-04-01',
      entryCount: 2,
    });
    expect(list.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(list.auditEventId).toEqual(expect.any(Number));
    expect(JSON.stringify(list)).not.toContain(DRAFT_NAME);
    expect(list).not.toHaveProperty('comments');

    const history = (await anon(`/api/public/catalogue/agencies/${scj}/ITEMS/versions`)).json();
    expect(history.slice(0, 2)).toMatchObject([
      { version: v1 + 1, status: 'PUBLISHED', effectiveFrom: '2026-04-01', entryCount: 2 },
      { version: v1, status: 'SUPERSEDED', effectiveFrom: '2026-02-01', entryCount: 1 },
    ]);
    expect(history.every((h: { contentHash: string }) => /^[0-9a-f]{64}$/.test(h.contentHash))).toBe(true);
    expect(history[0].auditEventId).toBe(list.auditEventId);
    expect(history.some((h: { version: number }) => h.version === v1 + 2)).toBe(false);

    const old = (await anon(`/api/public/catalogue/agencies/${scj}/ITEMS?version=${v1}`)).json();
    expect(old).toMatchObject({ version: v1, status: 'SUPERSEDED', entryCount: 1 });
    expect((await anon(`/api/public/catalogue/agencies/${scj}/ITEMS?version=${v1 + 2}`)).statusCode).toBe(404);
    expect((await anon(`/api/public/catalogue/agencies/${randomUUID()}/ITEMS`)).statusCode).toBe(404);
    expect((await anon(`/api/public/catalogue/agencies/${scj}/NOPE`)).statusCode).toBe(400);

    const types = (await anon(`/api/public/catalogue/agencies/${scj}`)).json();
    expect(types).toEqual(expect.arrayContaining([expect.objectContaining({ listType: 'ITEMS', version: v1 + 1 })]));
  });

  it('downloads CSV and xlsx of the current or a past version', async () => {
    const csv = await anon(`/api/public/catalogue/agencies/${scj}/ITEMS/download?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.rawPayload.toString('utf8');
    expect(text).toContain(PUBLISHED_NAME);
    expect(text).not.toContain(DRAFT_NAME);
    const old = (await anon(`/api/public/catalogue/agencies/${scj}/ITEMS/download?format=csv&version=${v1}`))
      .rawPayload;
    expect(old.toString('utf8')).not.toContain('进货查验记录制度');

    const xlsx = await anon(`/api/public/catalogue/agencies/${scj}/ITEMS/download?format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['执法事项清单', '版本信息']);
    const info: string[] = [];
    wb.worksheets[1].eachRow((r) => {
      info.push(String(r.getCell(1).value));
    });
    expect(info.join('\n')).toContain('内容摘要（SM3）');
  });

  it('a draft is not downloadable by id without a session that may read it', async () => {
    const draft = await ctx.superuser.query(
      `SELECT id FROM catalogue_lists WHERE agency_id = $1 AND list_type = 'ITEMS' AND status = 'DRAFT'`,
      [scj],
    );
    await expect(ctx.services.catalogue.exportFile(draft.rows[0].id, 'csv')).rejects.toThrow(/不存在/);
    const staff = await ctx.services.catalogue.exportFile(draft.rows[0].id, 'csv', await actorOf('scj.officer'));
    expect(staff.body.toString('utf8')).toContain(DRAFT_NAME);
  });
});

describe('search across all agencies (jieba tokens)', () => {
  it('finds a published item by a Chinese keyword, never a draft; links to the portal page', async () => {
    const res = await anon(`/api/public/catalogue/search?q=${encodeURIComponent('蜂王浆')}`);
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json();
    expect(found.matchedBy).toBe('TOKENS');
    expect(found.items).toEqual([
      {
        agencyId: scj,
        agencyName: '青溪县市场监督管理局',
        listType: 'ITEMS',
        listTypeLabel: '执法事项清单',
        code: 'P-1',
        title: PUBLISHED_NAME,
        link: `/agencies/${scj}/catalogue/ITEMS#P-1`,
      },
    ]);
    const draftRes = await anon(`/api/public/catalogue/search?q=${encodeURIComponent('猕猴桃果脯')}`);
    expect(draftRes.statusCode).toBe(200);
    const draft = draftRes.json();
    expect(draft.total).toBe(0);
    const phrase = (await anon(`/api/public/catalogue/search?q=${encodeURIComponent('销售过期蜂王浆')}`)).json();
    expect(phrase.items.map((i: { code: string }) => i.code)).toContain('P-1');
    const typed = (
      await anon(`/api/public/catalogue/search?q=${encodeURIComponent('蜂王浆')}&listType=BENCHMARKS`)
    ).json();
    expect(typed.total).toBe(0);
    expect((await anon('/api/public/catalogue/search?q=')).statusCode).toBe(400);
  });

  it('falls back to a substring match on titles when the tokens find nothing', async () => {
    const res = (await anon(`/api/public/catalogue/search?q=${encodeURIComponent('王浆冻')}`)).json();
    expect(res.matchedBy).toBe('TITLE');
    expect(res.items.map((i: { code: string }) => i.code)).toContain('P-1');
    const direct = await ctx.services.catalogue.search('蜂王浆', { pageSize: 5 });
    expect(direct.total).toBe(1);
  });
});

async function actorOf(username: string) {
  const session = await login(ctx.app, username);
  const token = decodeURIComponent(session.cookie.slice(session.cookie.indexOf('=') + 1));
  const resolved = await ctx.services.auth.resolve(token, { ip: null, requestId: 'test' });
  if (!resolved) throw new Error('no session');
  return resolved.actor;
}
