import { canonicalJson, sm3Hex } from '@zhifa/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { currentVersion, draftWith, item, publishThrough } from './catalogue.fixtures';

let ctx: TestContext;
let editor: Session;
let reviewer: Session;
let head: Session;
let scj: string;
const ids: { v1?: string; v2?: string } = {};

beforeAll(async () => {
  ctx = await createTestContext();
  editor = await login(ctx.app, 'scj.unit');
  reviewer = await login(ctx.app, 'scj.reviewer');
  head = await login(ctx.app, 'scj.head');
  scj = await agencyId(ctx, '县市场监管局');
});
afterAll(() => ctx.close());

const get = async (id: string) => (await call(ctx.app, head, 'GET', `/api/catalogue/lists/${id}`)).json();

describe('publication workflow of the item list (issue 4 §5)', () => {
  it('draft → submit → return → fix → submit → approve → publish, with comments, abilities and the SM3 stamp', async () => {
    const before = await currentVersion(ctx, scj, 'ITEMS');
    const created = await call(ctx.app, editor, 'POST', `/api/catalogue/agencies/${scj}/ITEMS/draft`, {});
    expect(created.statusCode, created.body).toBe(200);
    const draft = created.json();
    expect(draft).toMatchObject({ status: 'DRAFT', version: before + 1, listType: 'ITEMS' });
    expect(draft.abilities).toMatchObject({
      edit: true,
      submit: true,
      review: false,
      publish: false,
      newVersion: false,
    });
    const second = await call(ctx.app, editor, 'POST', `/api/catalogue/agencies/${scj}/ITEMS/draft`, {});
    expect(second.statusCode).toBe(409);

    const entries = [item('T-1', '对未取得许可从事食品经营的处罚'), item('T-2', '对食品经营者未查验进货凭证的处罚')];
    const saved = await call(ctx.app, editor, 'PUT', `/api/catalogue/lists/${draft.id}`, {
      effectiveFrom: '2026-03-01',
      changeReason: '首次编制执法事项清单',
      entries,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ entryCount: 2, effectiveFrom: '2026-03-01' });
    // Defaults are filled in by the schema and stored.
    expect(saved.json().entries[0]).toMatchObject({ benchmarkCodes: [], remarks: '', hearingRule: '' });

    expect(
      (await call(ctx.app, editor, 'POST', `/api/catalogue/lists/${draft.id}/submit`, { comment: '请审核' }))
        .statusCode,
    ).toBe(200);
    expect((await get(draft.id)).status).toBe('SUBMITTED');
    const cannotEdit = await call(ctx.app, editor, 'PUT', `/api/catalogue/lists/${draft.id}`, {
      effectiveFrom: '2026-03-01',
      changeReason: 'x',
      entries,
    });
    expect(cannotEdit.statusCode).toBe(409);

    const noComment = await call(ctx.app, reviewer, 'POST', `/api/catalogue/lists/${draft.id}/return`, {
      comment: ' ',
    });
    expect(noComment.statusCode).toBe(400);
    const returned = await call(ctx.app, reviewer, 'POST', `/api/catalogue/lists/${draft.id}/return`, {
      comment: 'T-2 的承办机构填写有误',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().status).toBe('RETURNED');

    entries[1] = item('T-2', '对食品经营者未查验进货凭证的处罚', { unitName: '食品经营监管科' });
    const fixed = await call(ctx.app, editor, 'PUT', `/api/catalogue/lists/${draft.id}`, {
      effectiveFrom: '2026-03-01',
      changeReason: '首次编制执法事项清单',
      entries,
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().status).toBe('RETURNED');
    expect(
      (await call(ctx.app, editor, 'POST', `/api/catalogue/lists/${draft.id}/submit`, { comment: '已修改' }))
        .statusCode,
    ).toBe(200);
    // A publish before the review is refused.
    expect(
      (await call(ctx.app, head, 'POST', `/api/catalogue/lists/${draft.id}/publish`, { comment: '' })).statusCode,
    ).toBe(409);
    const reviewerView = (await call(ctx.app, reviewer, 'GET', `/api/catalogue/lists/${draft.id}`)).json();
    expect(reviewerView.abilities.review).toBe(true);
    expect(
      (await call(ctx.app, reviewer, 'POST', `/api/catalogue/lists/${draft.id}/approve`, { comment: '同意' }))
        .statusCode,
    ).toBe(200);
    const published = await call(ctx.app, head, 'POST', `/api/catalogue/lists/${draft.id}/publish`, {
      comment: '公布',
    });
    expect(published.statusCode, published.body).toBe(200);
    const v1 = published.json();
    expect(v1.status).toBe('PUBLISHED');
    expect(v1.publishedAt).toBeTruthy();
    expect(v1.contentHash).toBe(sm3Hex(canonicalJson(v1.entries)));
    expect(v1.comments.map((c: { action: string }) => c.action)).toEqual([
      'CREATE',
      'SUBMIT',
      'RETURN',
      'SUBMIT',
      'APPROVE',
      'PUBLISH',
    ]);
    expect(v1.comments[2]).toMatchObject({ body: 'T-2 的承办机构填写有误', authorName: expect.any(String) });
    expect(v1.abilities).toMatchObject({ edit: false, publish: false, newVersion: true });
    ids.v1 = draft.id;
  });

  it('a new version copies the published entries; publishing it supersedes v1; the diff lists added, removed and changed', async () => {
    const created = await call(ctx.app, editor, 'POST', `/api/catalogue/agencies/${scj}/ITEMS/draft`, {});
    expect(created.statusCode, created.body).toBe(200);
    const v2 = created.json();
    const v1 = await get(ids.v1!);
    expect(v2.version).toBe(v1.version + 1);
    expect(v2.entries).toEqual(v1.entries);
    const entries = [
      { ...v2.entries[0], name: '对未取得食品经营许可从事食品经营活动的处罚' },
      item('T-3', '对生产经营超过保质期食品的处罚'),
    ];
    const saved = await call(ctx.app, editor, 'PUT', `/api/catalogue/lists/${v2.id}`, {
      effectiveFrom: '2026-06-01',
      changeReason: '调整事项名称，新增一项',
      entries,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await publishThrough(ctx, { editor, reviewer, head }, v2.id);
    expect((await get(ids.v1!)).status).toBe('SUPERSEDED');
    expect((await get(v2.id)).status).toBe('PUBLISHED');
    const supersededAt = await ctx.superuser.query('SELECT superseded_at FROM catalogue_lists WHERE id = $1', [ids.v1]);
    expect(supersededAt.rows[0].superseded_at).not.toBeNull();

    const diff = await call(ctx.app, reviewer, 'GET', `/api/catalogue/lists/${v2.id}/diff?against=${ids.v1}`);
    expect(diff.statusCode, diff.body).toBe(200);
    expect(diff.json()).toEqual({
      from: v1.version,
      to: v1.version + 1,
      added: ['T-3'],
      removed: ['T-2'],
      changed: [{ code: 'T-1', fields: ['name'] }],
    });
    ids.v2 = v2.id;
  });

  it('each publication is an audit event under subject catalogue, provable after a checkpoint', async () => {
    const events = (
      await ctx.superuser.query(
        `SELECT id, payload, agency_id FROM audit_events
         WHERE event_type = 'CATALOGUE_PUBLISHED' AND subject_type = 'catalogue' AND subject_id = $1 ORDER BY id`,
        [`${scj}:ITEMS`],
      )
    ).rows;
    const v2 = await get(ids.v2!);
    const last = events[events.length - 1];
    expect(last.agency_id).toBe(scj);
    expect(last.payload).toMatchObject({
      listType: 'ITEMS',
      version: v2.version,
      contentHash: v2.contentHash,
      entries: 2,
    });
    const types = (
      await ctx.superuser.query(
        `SELECT DISTINCT event_type FROM audit_events WHERE subject_type = 'catalogue' AND subject_id = $1`,
        [`${scj}:ITEMS`],
      )
    ).rows.map((r) => r.event_type);
    for (const t of ['CATALOGUE_DRAFT_SAVED', 'CATALOGUE_SUBMITTED', 'CATALOGUE_RETURNED', 'CATALOGUE_REVIEWED'])
      expect(types).toContain(t);
    await ctx.services.ledger.checkpoint('MANUAL');
    const proof = await call(ctx.app, null, 'GET', `/api/public/ledger/proof/${last.id}`);
    expect(proof.statusCode, proof.body).toBe(200);
    expect(proof.json().leafIndex).toBeGreaterThanOrEqual(0);
  });
});

describe('a published version never changes (issue 4 §2, §5)', () => {
  it('refuses changes through the API, even to the agency head and the system administrator', async () => {
    const body = { effectiveFrom: '2026-06-01', changeReason: '篡改', entries: [item('X-1', '篡改')] };
    const asHead = await call(ctx.app, head, 'PUT', `/api/catalogue/lists/${ids.v2}`, body);
    expect(asHead.statusCode).toBe(409);
    expect(asHead.json().error.message).toBe('已公布的版本不可修改，请新建版本');
    const asEditorOld = await call(ctx.app, editor, 'PUT', `/api/catalogue/lists/${ids.v1}`, body);
    expect(asEditorOld.statusCode).toBe(409);
    const sysadmin = await login(ctx.app, 'sysadmin');
    expect((await call(ctx.app, sysadmin, 'PUT', `/api/catalogue/lists/${ids.v2}`, body)).statusCode).toBe(403);
    for (const action of ['submit', 'approve', 'return', 'publish'] as const) {
      const who = action === 'submit' ? editor : action === 'publish' ? head : reviewer;
      const r = await call(ctx.app, who, 'POST', `/api/catalogue/lists/${ids.v2}/${action}`, { comment: '再次' });
      expect(r.statusCode, `${action} ${r.body}`).toBe(409);
    }
    const v2 = await get(ids.v2!);
    expect(v2.entries.map((e: { code: string }) => e.code)).toEqual(['T-1', 'T-3']);
  });

  it('the database trigger refuses an UPDATE or DELETE even by the owner role', async () => {
    await expect(
      ctx.superuser.query(`UPDATE catalogue_lists SET entries = '[]'::jsonb WHERE id = $1`, [ids.v2]),
    ).rejects.toThrow(/immutable/);
    await expect(
      ctx.superuser.query(`UPDATE catalogue_lists SET status = 'DRAFT' WHERE id = $1`, [ids.v1]),
    ).rejects.toThrow(/immutable/);
    await expect(ctx.superuser.query('DELETE FROM catalogue_lists WHERE id = $1', [ids.v2])).rejects.toThrow(
      /cannot be deleted/,
    );
    await expect(
      ctx.superuser.query(`UPDATE catalogue_comments SET body = 'x' WHERE list_id = $1`, [ids.v2]),
    ).rejects.toThrow();
  });

  it('a second editor can draft again only after the open version is published', async () => {
    const id = await draftWith(ctx, editor, scj, 'ITEMS', [item('T-9', '对未按规定公示的处罚')], '2026-09-01');
    const again = await call(ctx.app, head, 'POST', `/api/catalogue/agencies/${scj}/ITEMS/draft`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('未公布');
    expect((await get(id)).abilities.newVersion).toBe(false);
  });
});
