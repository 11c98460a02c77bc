import { randomBytes } from 'node:crypto';
import { open, unlink } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { describeVerifyReport, verifyEverything } from '../../platform/verify';
import { completedUpload, evidenceBody, officersOf, storedPath } from './records.test-support';

let ctx: TestContext;
let officer: Session;
let supervisor: Session;
let scj: string;
let collector: string;

beforeAll(async () => {
  ctx = await createTestContext();
  scj = await agencyId(ctx, '县市场监管局');
  [officer, supervisor] = await Promise.all(['scj.officer', 'sfj.supervisor'].map((u) => login(ctx.app, u)));
  [collector] = await officersOf(ctx, scj);
});
afterAll(() => ctx.close());

async function record(size: number) {
  const u = await completedUpload(ctx, { userId: officer.userId, agencyId: scj, bytes: randomBytes(size) });
  const res = await call(ctx.app, officer, 'POST', '/api/records', evidenceBody(scj, [u.uploadId], [collector]));
  expect(res.statusCode, res.body).toBe(200);
  return { id: res.json().id as string, fileId: res.json().files[0].id as string, upload: u };
}

/** Writes one byte into the stored object, bypassing the application (what an intruder or bit rot does). */
async function flipByte(sha256: string, at: number) {
  const fh = await open(storedPath(ctx, sha256), 'r+');
  const b = Buffer.alloc(1);
  await fh.read(b, 0, 1, at);
  b[0] ^= 0xff;
  await fh.write(b, 0, 1, at);
  await fh.close();
}

const fixityEvents = async (sha256: string) =>
  (
    await ctx.superuser.query('SELECT payload FROM audit_events WHERE stream = $1 ORDER BY seq', [`blob:${sha256}`])
  ).rows.map((r) => r.payload.status);

describe('fixity', () => {
  it('flip one byte of a stored file: the fixity run, the record page and verifyFiles name the record', async () => {
    const a = await record(300_000);
    const b = await record(1000);
    const first = await ctx.services.records.runFixity({ maxBytes: 10_000_000 });
    expect(first).toMatchObject({ checked: 2, bytes: 301_000, problems: [], errors: [] });
    expect(await fixityEvents(a.upload.sha256)).toEqual(['OK']);
    // a second healthy run writes no event (no change, status OK)
    await ctx.services.records.runFixity({ maxBytes: 10_000_000 });
    expect(await fixityEvents(a.upload.sha256)).toEqual(['OK']);
    expect(await ctx.services.records.verifyFiles()).toEqual({ ok: true, checked: 2, bytes: 301_000, problems: [] });

    await flipByte(a.upload.sha256, 123_456);
    const run = await ctx.services.records.runFixity({ maxBytes: 10_000_000 });
    expect(run.problems).toEqual([{ sha256: a.upload.sha256, status: 'MISMATCH' }]);
    expect(await fixityEvents(a.upload.sha256)).toEqual(['OK', 'MISMATCH']);

    const page = await call(ctx.app, supervisor, 'GET', `/api/records/${a.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      id: a.id,
      integrity: 'MISMATCH',
      files: [expect.objectContaining({ id: a.fileId, sha256: a.upload.sha256, fixityStatus: 'MISMATCH' })],
    });
    expect(page.json().files[0].lastFixityAt).not.toBeNull();
    const other = await call(ctx.app, supervisor, 'GET', `/api/records/${b.id}`);
    expect(other.json()).toMatchObject({ integrity: 'OK', files: [expect.objectContaining({ fixityStatus: 'OK' })] });
    const list = await call(ctx.app, supervisor, 'GET', '/api/records?pageSize=200');
    expect(list.json().items.find((x: { id: string }) => x.id === a.id).integrity).toBe('MISMATCH');

    expect(await ctx.services.records.verifyFiles()).toMatchObject({
      ok: false,
      checked: 2,
      problems: [{ recordId: a.id, fileId: a.fileId, sha256: a.upload.sha256, problem: 'MISMATCH' }],
    });
    // `zhifa verify` (platform/verify.ts) reports it as a problem line naming the record and file
    const report = await verifyEverything(ctx.services);
    expect(report.ok).toBe(false);
    const problemLines = describeVerifyReport(report).filter((l) => l.problem);
    expect(problemLines.some((l) => l.text.includes(a.id) && l.text.includes(a.fileId))).toBe(true);
  });

  it('missing bytes: the player gets 404 in Chinese, the object is marked MISSING, verifyFiles names it', async () => {
    const c = await record(2000);
    await unlink(storedPath(ctx, c.upload.sha256));
    const res = await call(ctx.app, officer, 'GET', `/api/records/${c.id}/files/${c.fileId}/content`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/缺失/);
    const row = await ctx.superuser.query('SELECT fixity_status FROM blobs WHERE sha256 = $1', [c.upload.sha256]);
    expect(row.rows[0].fixity_status).toBe('MISSING');
    expect(await fixityEvents(c.upload.sha256)).toEqual(['MISSING']);
    const { problems } = await ctx.services.records.verifyFiles();
    expect(problems).toContainEqual({ recordId: c.id, fileId: c.fileId, sha256: c.upload.sha256, problem: 'MISSING' });
    const page = await call(ctx.app, officer, 'GET', `/api/records/${c.id}`);
    expect(page.json().integrity).toBe('MISMATCH');
  });

  it('paces the run by bytes, oldest check first, at least one object per run', async () => {
    await ctx.superuser.query("UPDATE blobs SET last_fixity_at = now() - interval '1 day' WHERE fixity_status = 'OK'");
    const d = await record(5000); // never checked: goes first
    const run = await ctx.services.records.runFixity({ maxBytes: 1 });
    expect(run.checked).toBe(1);
    const row = await ctx.superuser.query('SELECT fixity_status FROM blobs WHERE sha256 = $1', [d.upload.sha256]);
    expect(row.rows[0].fixity_status).toBe('OK');
    const next = await ctx.services.records.runFixity({ maxBytes: 2000 });
    expect(next.checked).toBe(1);
  });
});
