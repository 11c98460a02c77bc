import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { draftWith } from './catalogue.fixtures';

let ctx: TestContext;
const s: Record<string, Session> = {};
let scj: string;
let cgj: string;
let draftId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  for (const u of ['scj.officer', 'scj.unit', 'scj.head', 'scj.reviewer', 'cgj.head', 'sfj.supervisor', 'sysadmin'])
    s[u] = await login(ctx.app, u);
  scj = await agencyId(ctx, '县市场监管局');
  cgj = await agencyId(ctx, '县城管执法局');
  draftId = await draftWith(ctx, s['scj.unit'], scj, 'RANDOM_INSPECTION', [
    {
      code: 'R-1',
      name: '食品经营者监督检查',
      basis: [{ lawName: '中华人民共和国食品安全法', article: 110 }],
      inspectingBody: '青溪县市场监督管理局',
      target: '辖区食品经营者',
      content: '许可证照、进货查验记录',
      method: '现场检查',
      proportionPercent: 5,
      frequency: '每年一次',
    },
  ]);
});
afterAll(() => ctx.close());

const post = (who: string, url: string, body: unknown = { comment: '' }) => call(ctx.app, s[who], 'POST', url, body);

describe('who may do what with a list (catalogue abilities)', () => {
  it('an officer reads but cannot edit, draft or submit', async () => {
    expect((await call(ctx.app, s['scj.officer'], 'GET', `/api/catalogue/lists/${draftId}`)).statusCode).toBe(200);
    const view = (await call(ctx.app, s['scj.officer'], 'GET', `/api/catalogue/lists/${draftId}`)).json();
    expect(view.abilities).toEqual({ edit: false, submit: false, review: false, publish: false, newVersion: false });
    expect(
      (
        await call(ctx.app, s['scj.officer'], 'PUT', `/api/catalogue/lists/${draftId}`, {
          effectiveFrom: '2026-01-01',
          changeReason: 'x',
          entries: [],
        })
      ).statusCode,
    ).toBe(403);
    expect((await post('scj.officer', `/api/catalogue/agencies/${scj}/ITEMS/draft`, {})).statusCode).toBe(403);
    expect((await post('scj.officer', `/api/catalogue/lists/${draftId}/submit`)).statusCode).toBe(403);
  });

  it('the reviewer cannot publish, the editor cannot approve, and the submitter cannot review its own submission', async () => {
    expect((await post('scj.head', `/api/catalogue/lists/${draftId}/submit`, { comment: '请审核' })).statusCode).toBe(
      200,
    );
    expect((await post('scj.unit', `/api/catalogue/lists/${draftId}/approve`)).statusCode).toBe(403);
    expect((await post('scj.head', `/api/catalogue/lists/${draftId}/return`, { comment: '不行' })).statusCode).toBe(
      403,
    );
    // The head submitted; it holds no review ability anyway, and a reviewer who submitted is refused below.
    expect((await post('scj.reviewer', `/api/catalogue/lists/${draftId}/approve`)).statusCode).toBe(200);
    expect((await post('scj.reviewer', `/api/catalogue/lists/${draftId}/publish`)).statusCode).toBe(403);
    expect((await post('scj.unit', `/api/catalogue/lists/${draftId}/publish`)).statusCode).toBe(403);
    expect((await post('scj.head', `/api/catalogue/lists/${draftId}/publish`)).statusCode).toBe(200);
  });

  it('the reviewer may not approve a version it submitted itself (four eyes)', async () => {
    // A reviewer who is also an editor of the agency: grant UNIT_HEAD to the demo reviewer.
    await ctx.superuser.query(
      `INSERT INTO user_roles (id, user_id, role, agency_id)
       SELECT $1, u.id, 'UNIT_HEAD', $2 FROM users u WHERE u.username = 'scj.reviewer'`,
      [randomUUID(), scj],
    );
    const both = await login(ctx.app, 'scj.reviewer');
    const id = await draftWith(ctx, both, scj, 'CHANNELS', [
      { code: 'C-1', kind: 'COMPLAINT', name: '投诉举报电话', phone: '12315' },
    ]);
    expect((await call(ctx.app, both, 'POST', `/api/catalogue/lists/${id}/submit`, { comment: '' })).statusCode).toBe(
      200,
    );
    const view = (await call(ctx.app, both, 'GET', `/api/catalogue/lists/${id}`)).json();
    expect(view.abilities.review).toBe(false);
    const own = await call(ctx.app, both, 'POST', `/api/catalogue/lists/${id}/approve`, { comment: '' });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toContain('提交人');
  });

  it("another agency's drafts answer like a missing version; writes too", async () => {
    const other = await call(ctx.app, s['cgj.head'], 'GET', `/api/catalogue/lists/${draftId}`);
    const none = await call(ctx.app, s['cgj.head'], 'GET', `/api/catalogue/lists/${randomUUID()}`);
    const otherDraft = await draftWith(ctx, s['scj.unit'], scj, 'SERVICE_GUIDES', []);
    const hidden = await call(ctx.app, s['cgj.head'], 'GET', `/api/catalogue/lists/${otherDraft}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.message).toBe(none.json().error.message);
    expect(other.statusCode).toBe(404);
    const write = await call(ctx.app, s['cgj.head'], 'PUT', `/api/catalogue/lists/${otherDraft}`, {
      effectiveFrom: '2026-01-01',
      changeReason: 'x',
      entries: [],
    });
    expect(write.statusCode).toBe(404);
    expect((await post('cgj.head', `/api/catalogue/lists/${otherDraft}/submit`)).statusCode).toBe(404);
    expect((await post('cgj.head', `/api/catalogue/agencies/${scj}/ITEMS/draft`, {})).statusCode).toBe(404);
    const listed = (await call(ctx.app, s['cgj.head'], 'GET', `/api/catalogue/lists?agencyId=${scj}`)).json();
    expect(listed.total).toBe(0);
    const ownList = (await call(ctx.app, s['cgj.head'], 'GET', '/api/catalogue/lists?pageSize=200')).json();
    expect(ownList.items.every((l: { agencyId: string }) => l.agencyId === cgj)).toBe(true);
  });

  it('the supervisor reads every agency of its region but changes nothing', async () => {
    const listed = (
      await call(ctx.app, s['sfj.supervisor'], 'GET', `/api/catalogue/lists?agencyId=${scj}&pageSize=200`)
    ).json();
    expect(listed.items.map((l: { id: string }) => l.id)).toContain(draftId);
    const view = await call(ctx.app, s['sfj.supervisor'], 'GET', `/api/catalogue/lists/${draftId}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().abilities).toEqual({
      edit: false,
      submit: false,
      review: false,
      publish: false,
      newVersion: false,
    });
    expect((await post('sfj.supervisor', `/api/catalogue/agencies/${scj}/ITEMS/draft`, {})).statusCode).toBe(403);
  });

  it('the system administrator manages laws but has no catalogue ability', async () => {
    expect((await call(ctx.app, s.sysadmin, 'GET', '/api/catalogue/lists')).statusCode).toBe(403);
    expect((await call(ctx.app, s.sysadmin, 'GET', '/api/laws')).statusCode).toBe(200);
    expect((await post('sysadmin', `/api/catalogue/agencies/${scj}/ITEMS/draft`, {})).statusCode).toBe(403);
  });
});
