import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { completedUpload, evidenceBody, officersOf, storedPath } from './records.test-support';

let ctx: TestContext;
let officer: Session;
let head: Session;
let unitHead: Session;
let scj: string;
let collector: string;

beforeAll(async () => {
  ctx = await createTestContext();
  scj = await agencyId(ctx, '县市场监管局');
  [officer, head, unitHead] = await Promise.all(['scj.officer', 'scj.head', 'scj.unit'].map((u) => login(ctx.app, u)));
  [collector] = await officersOf(ctx, scj);
});
afterAll(() => ctx.close());

async function record(data: Buffer, over = {}) {
  const u = await completedUpload(ctx, { userId: officer.userId, agencyId: scj, bytes: data });
  const res = await call(ctx.app, officer, 'POST', '/api/records', evidenceBody(scj, [u.uploadId], [collector], over));
  expect(res.statusCode, res.body).toBe(200);
  return { id: res.json().id as string, file: res.json().files[0], upload: u };
}

/** The retention period of a record is over (it ended yesterday or earlier). */
const expire = (id: string) =>
  ctx.superuser.query("UPDATE records SET retain_until = '2020-01-01' WHERE id = $1", [id]);

describe('retention, legal hold and disposal', () => {
  it('refuses disposal before the end of the retention period and for records kept with the case file', async () => {
    const r = await record(randomBytes(64));
    const res = await call(ctx.app, head, 'POST', `/api/records/${r.id}/disposal`, { reason: '到期销毁' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/^该记录保存期限至 \d{4}-\d{2}-\d{2}，期限届满前不得处置$/);
    const kept = await record(randomBytes(64), { retentionClass: 'CASE_EVIDENCE' });
    const detail = await call(ctx.app, head, 'GET', `/api/records/${kept.id}`);
    expect(detail.json()).toMatchObject({ retainUntil: null, abilities: { requestDisposal: false } });
    const refused = await call(ctx.app, head, 'POST', `/api/records/${kept.id}/disposal`, { reason: '到期销毁' });
    expect(refused.json().error.message).toMatch(/随案卷保存/);
  });

  it('a legal hold blocks disposal; releasing it allows the request again', async () => {
    const r = await record(randomBytes(64));
    await expire(r.id);
    const hold = await call(ctx.app, head, 'POST', `/api/records/${r.id}/legal-hold`, {
      hold: true,
      reason: '行政诉讼中',
    });
    expect(hold.statusCode, hold.body).toBe(200);
    expect(hold.json()).toMatchObject({ legalHold: true, legalHoldReason: '行政诉讼中' });
    const refused = await call(ctx.app, head, 'POST', `/api/records/${r.id}/disposal`, { reason: '到期销毁' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('该记录处于保全状态，不得处置');
    // an officer may not set or release a hold
    expect(
      (await call(ctx.app, officer, 'POST', `/api/records/${r.id}/legal-hold`, { hold: false, reason: '诉讼结束' }))
        .statusCode,
    ).toBe(403);
    await call(ctx.app, head, 'POST', `/api/records/${r.id}/legal-hold`, { hold: false, reason: '诉讼结束' });
    const ok = await call(ctx.app, head, 'POST', `/api/records/${r.id}/disposal`, { reason: '到期销毁' });
    expect(ok.statusCode, ok.body).toBe(200);
    // a hold set while the request waits stops the approval
    await call(ctx.app, head, 'POST', `/api/records/${r.id}/legal-hold`, { hold: true, reason: '再次涉诉' });
    const decision = await call(
      ctx.app,
      unitHead,
      'POST',
      `/api/records/${r.id}/disposal/${ok.json().disposal.id}/decision`,
      { approve: true },
    );
    expect(decision.statusCode).toBe(409);
    const held = await ctx.superuser.query('SELECT status FROM records WHERE id = $1', [r.id]);
    expect(held.rows[0].status).toBe('ACTIVE');
  });

  it('disposal needs a second person; approval leaves a tombstone, removes unshared bytes, files answer 410', async () => {
    const shared = randomBytes(256);
    const r = await record(shared);
    const twin = await record(shared); // a second record of the same content (same object)
    const own = await completedUpload(ctx, { userId: officer.userId, agencyId: scj, bytes: randomBytes(128) });
    await expire(r.id);
    const req = await call(ctx.app, head, 'POST', `/api/records/${r.id}/disposal`, { reason: '保存期限届满' });
    expect(req.statusCode, req.body).toBe(200);
    const requestId = req.json().disposal.id;
    expect(req.json().abilities.approveDisposal).toBe(false);
    const twice = await call(ctx.app, head, 'POST', `/api/records/${r.id}/disposal`, { reason: '再次申请' });
    expect(twice.statusCode).toBe(409);
    const self = await call(ctx.app, head, 'POST', `/api/records/${r.id}/disposal/${requestId}/decision`, {
      approve: true,
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toBe('处置申请须由另一人审批');
    const byOfficer = await call(ctx.app, officer, 'POST', `/api/records/${r.id}/disposal/${requestId}/decision`, {
      approve: true,
    });
    expect(byOfficer.statusCode).toBe(403);
    const seen = await call(ctx.app, unitHead, 'GET', `/api/records/${r.id}`);
    expect(seen.json().abilities.approveDisposal).toBe(true);

    const ok = await call(ctx.app, unitHead, 'POST', `/api/records/${r.id}/disposal/${requestId}/decision`, {
      approve: true,
      note: '同意销毁',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    // the object is shared with the twin record, which is still in force: it stays
    expect(ok.json().outcome).toEqual({ status: 'EXECUTED', disposedBlobs: [], leftovers: [] });
    const rec = ok.json().record;
    expect(rec.status).toBe('DISPOSED');
    expect(rec.tombstone).toMatchObject({
      reason: '保存期限届满',
      files: [expect.objectContaining({ sha256: r.upload.sha256, sm3: r.upload.sm3, size: 256 })],
    });
    expect(rec.custody.at(-1)).toMatchObject({ action: 'DISPOSED', label: '处置（销毁）' });
    const tomb = await ctx.superuser.query('SELECT * FROM record_tombstones WHERE record_id = $1', [r.id]);
    expect(tomb.rows[0]).toMatchObject({ requested_by: head.userId, approved_by: unitHead.userId });
    expect(existsSync(storedPath(ctx, r.upload.sha256))).toBe(true);
    for (const url of [r.file.contentUrl, r.file.downloadUrl]) {
      const gone = await call(ctx.app, head, 'GET', url);
      expect(gone.statusCode).toBe(410);
      expect(gone.json().error).toMatchObject({
        code: 'GONE',
        message: '该记录已按规定处置（销毁），文件内容不再保存',
      });
    }
    expect((await call(ctx.app, head, 'GET', twin.file.contentUrl)).statusCode).toBe(200);
    const edit = await call(ctx.app, head, 'PATCH', `/api/records/${r.id}/metadata`, {
      reason: '补充',
      metadata: evidenceBody(scj, [], [collector]).metadata,
    });
    expect(edit.statusCode).toBe(409);

    // now the twin goes too: its object is no longer used by any record in force and is removed
    await expire(twin.id);
    const req2 = await call(ctx.app, unitHead, 'POST', `/api/records/${twin.id}/disposal`, { reason: '保存期限届满' });
    const ok2 = await call(
      ctx.app,
      head,
      'POST',
      `/api/records/${twin.id}/disposal/${req2.json().disposal.id}/decision`,
      {
        approve: true,
      },
    );
    expect(ok2.json().outcome.disposedBlobs).toEqual([twin.upload.sha256]);
    expect(existsSync(storedPath(ctx, twin.upload.sha256))).toBe(false);
    const blob = await ctx.superuser.query('SELECT disposed_at FROM blobs WHERE sha256 = $1', [twin.upload.sha256]);
    expect(blob.rows[0].disposed_at).not.toBeNull();
    expect((await call(ctx.app, head, 'GET', twin.file.contentUrl)).statusCode).toBe(410);
    const [event] = (
      await ctx.superuser.query(
        "SELECT payload FROM audit_events WHERE stream = $1 AND event_type = 'RECORD_DISPOSED'",
        [`record:${twin.id}`],
      )
    ).rows;
    expect(event.payload.files).toEqual([{ sha256: twin.upload.sha256, sm3: twin.upload.sm3, size: 256 }]);
    // an unrelated object stays
    expect(existsSync(storedPath(ctx, own.sha256))).toBe(true);
  });

  it('a rejected request leaves the record in force and is recorded', async () => {
    const r = await record(randomBytes(64));
    await expire(r.id);
    const req = await call(ctx.app, unitHead, 'POST', `/api/records/${r.id}/disposal`, { reason: '到期销毁' });
    const requestId = req.json().disposal.id;
    const no = await call(ctx.app, head, 'POST', `/api/records/${r.id}/disposal/${requestId}/decision`, {
      approve: false,
      note: '仍需作为证据使用',
    });
    expect(no.statusCode, no.body).toBe(200);
    expect(no.json().record).toMatchObject({ status: 'ACTIVE', disposal: { status: 'REJECTED' } });
    expect(no.json().record.custody.at(-1)).toMatchObject({ label: '驳回处置', reason: '仍需作为证据使用' });
    const again = await call(ctx.app, head, 'POST', `/api/records/${r.id}/disposal/${requestId}/decision`, {
      approve: true,
    });
    expect(again.statusCode).toBe(409);
  });
});
