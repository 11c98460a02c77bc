import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, createTestContext, login, type Session, type TestContext } from '../../../../test/helpers';
import type { DigestPool } from './digest-pool';
import {
  errorOf,
  inspect,
  mp4Bytes,
  sha256Hex,
  sm3Hex,
  tusClient,
  tusMetadata,
  uploadIdOf,
} from './ingest.test-support';

/** The tus protocol at /api/uploads: creation, offsets, checksums, ownership, termination, resume. */
let ctx: TestContext;
let officer: Session;
let unitHead: Session;
let otherAgencyHead: Session;
let scj: string;
let db: ReturnType<typeof inspect>;

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await login(ctx.app, 'scj.officer');
  unitHead = await login(ctx.app, 'scj.unit');
  otherAgencyHead = await login(ctx.app, 'cgj.head');
  scj = await agencyId(ctx, '县市场监管局');
  db = inspect(ctx);
});
afterAll(() => ctx?.close());

const video = (extra: Record<string, string> = {}) => ({
  filename: '执法记录仪 20260302.mp4',
  fileKind: 'VIDEO',
  agencyId: scj,
  ...extra,
});

describe('tus uploads', () => {
  it('creation → PATCH in two chunks → HEAD offsets → completion stores the file with the right SM3 and SHA-256', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(3 * 1024 * 1024 + 4321);
    const created = await tus.create(file.length, video());
    expect(created.statusCode).toBe(201);
    expect(created.headers.location).toMatch(/^\/api\/uploads\/[0-9a-f-]{36}$/);
    expect(created.headers['tus-resumable']).toBe('1.0.0');
    const id = uploadIdOf(created);
    expect(await db.uploadRow(id)).toMatchObject({
      status: 'RECEIVING',
      size: file.length,
      file_kind: 'VIDEO',
      original_name: '执法记录仪 20260302.mp4',
      created_by: officer.userId,
    });

    const head0 = await tus.head(id);
    expect(head0.statusCode).toBe(200);
    expect(head0.headers['upload-offset']).toBe('0');
    expect(head0.headers['upload-length']).toBe(String(file.length));
    expect(head0.headers['cache-control']).toBe('no-store');

    const cut = 1_500_001;
    const first = await tus.patch(id, 0, file.subarray(0, cut));
    expect(first.statusCode).toBe(204);
    expect(first.headers['upload-offset']).toBe(String(cut));
    expect((await tus.head(id)).headers['upload-offset']).toBe(String(cut));
    expect((await tus.view(id)).json()).toMatchObject({ status: 'RECEIVING', offset: cut, sha256: null, sm3: null });
    // nothing is stored as an object before the whole file is in
    expect(await db.blobRow(sha256Hex(file))).toBeUndefined();

    const rest = await tus.patch(id, cut, file.subarray(cut));
    expect(rest.statusCode).toBe(204);
    expect(rest.headers['upload-offset']).toBe(String(file.length));

    const view = (await tus.view(id)).json();
    expect(view).toMatchObject({
      id,
      status: 'COMPLETE',
      size: file.length,
      offset: file.length,
      sha256: sha256Hex(file),
      sm3: sm3Hex(file),
      mime: 'video/mp4',
      rejection: null,
    });
    expect(await db.blobRow(sha256Hex(file))).toMatchObject({
      sm3: sm3Hex(file),
      size: file.length,
      mime: 'video/mp4',
      file_kind: 'VIDEO',
      storage: 'LOCAL',
    });
    expect(await db.uploadRow(id)).toMatchObject({ status: 'COMPLETE', blob_sha256: sha256Hex(file) });
    // the stored object is the file, and the partial bytes and tus info are gone
    const back = createHash('sm3');
    for await (const c of await ctx.services.blobStore.get(sha256Hex(file))) back.update(c);
    expect(back.digest('hex')).toBe(sm3Hex(file));
    expect(await db.partialFiles(id)).toEqual([]);
    expect((await db.events(id)).map((e) => e.event_type)).toEqual(['UPLOAD_STARTED', 'UPLOAD_COMPLETED']);
    expect((await db.events(id))[1].payload).toEqual({
      uploadId: id,
      sha256: sha256Hex(file),
      sm3: sm3Hex(file),
      size: file.length,
    });
    // a resuming client learns that everything is there
    const after = await tus.head(id);
    expect(after.statusCode).toBe(200);
    expect(after.headers['upload-offset']).toBe(String(file.length));
  });

  it('a PATCH at the wrong offset gets 409 and changes nothing', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(200_000);
    const id = uploadIdOf(await tus.create(file.length, video()));
    expect((await tus.patch(id, 0, file.subarray(0, 50_000))).statusCode).toBe(204);
    const wrong = await tus.patch(id, 40_000, file.subarray(40_000, 60_000));
    expect(wrong.statusCode).toBe(409);
    expect(errorOf(wrong.body).message).toMatch(/偏移量/);
    const ahead = await tus.patch(id, 60_000, file.subarray(60_000));
    expect(ahead.statusCode).toBe(409);
    expect((await tus.head(id)).headers['upload-offset']).toBe('50000');
    expect((await tus.patch(id, 50_000, file.subarray(50_000))).statusCode).toBe(204);
    expect((await tus.view(id)).json()).toMatchObject({ status: 'COMPLETE', sm3: sm3Hex(file) });
  });

  it('Upload-Checksum: a chunk whose checksum differs gets 460 and nothing is appended; matching chunks are kept', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(300_000);
    const id = uploadIdOf(await tus.create(file.length, video()));
    const chunk = file.subarray(0, 100_000);
    const sha1 = createHash('sha1').update(chunk).digest('base64');
    const wrongSha1 = createHash('sha1').update('other bytes').digest('base64');
    const bad = await tus.patch(id, 0, chunk, { 'upload-checksum': `sha1 ${wrongSha1}` });
    expect(bad.statusCode).toBe(460);
    expect(errorOf(bad.body).code).toBe('CHECKSUM_MISMATCH');
    expect((await tus.head(id)).headers['upload-offset']).toBe('0');
    expect((await tus.patch(id, 0, chunk, { 'upload-checksum': `sha1 ${sha1}` })).statusCode).toBe(204);
    // sha256 too; a mismatch after accepted bytes rolls back to them, not further
    const second = file.subarray(100_000, 200_000);
    const badSha256 = await tus.patch(id, 100_000, second, {
      'upload-checksum': `sha256 ${createHash('sha256').update(chunk).digest('base64')}`,
    });
    expect(badSha256.statusCode).toBe(460);
    expect((await tus.head(id)).headers['upload-offset']).toBe('100000');
    const good = await tus.patch(id, 100_000, second, {
      'upload-checksum': `sha256 ${createHash('sha256').update(second).digest('base64')}`,
    });
    expect(good.statusCode).toBe(204);
    expect((await tus.patch(id, 200_000, file.subarray(200_000))).statusCode).toBe(204);
    // the rolled-back bytes are not in the digests either
    expect((await tus.view(id)).json()).toMatchObject({
      status: 'COMPLETE',
      sha256: sha256Hex(file),
      sm3: sm3Hex(file),
    });
  });

  it('Upload-Checksum with an unsupported algorithm or a malformed value is a bad request', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(1000);
    const id = uploadIdOf(await tus.create(file.length, video()));
    const md5 = await tus.patch(id, 0, file, {
      'upload-checksum': `md5 ${createHash('md5').update(file).digest('base64')}`,
    });
    expect(md5.statusCode).toBe(400);
    expect(errorOf(md5.body).message).toMatch(/不支持的校验算法 md5/);
    expect((await tus.patch(id, 0, file, { 'upload-checksum': 'sha1' })).statusCode).toBe(400);
    expect((await tus.head(id)).headers['upload-offset']).toBe('0');
  });

  it('another user — same agency or not — cannot see, continue or end the upload (not-found answer)', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(20_000);
    const id = uploadIdOf(await tus.create(file.length, video()));
    expect((await tus.patch(id, 0, file.subarray(0, 5000))).statusCode).toBe(204);
    const missing = '01900000-0000-7000-8000-000000000000';
    for (const other of [unitHead, otherAgencyHead]) {
      const them = tusClient(ctx.app, other);
      expect((await them.head(id)).statusCode).toBe(404);
      const patch = await them.patch(id, 5000, file.subarray(5000));
      expect(patch.statusCode).toBe(404);
      const view = await them.view(id);
      const none = await them.view(missing);
      expect(view.statusCode).toBe(404);
      const { requestId: _a, ...a } = view.json().error;
      const { requestId: _b, ...b } = none.json().error;
      expect(a).toEqual(b);
      expect((await them.remove(id)).statusCode).toBe(404);
    }
    expect((await tus.head(id)).headers['upload-offset']).toBe('5000');
  });

  it('acts only on the upload named by the path (a query string cannot point tus at another upload)', async () => {
    const mine = tusClient(ctx.app, officer);
    const theirs = tusClient(ctx.app, unitHead);
    const file = mp4Bytes(10_000);
    const victim = uploadIdOf(await theirs.create(file.length, video()));
    const own = uploadIdOf(await mine.create(file.length, video()));
    const res = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/uploads/${own}?x=/${victim}`,
      headers: {
        cookie: officer.cookie,
        'x-csrf-token': officer.csrf,
        'tus-resumable': '1.0.0',
        'content-type': 'application/offset+octet-stream',
        'upload-offset': '0',
      },
      payload: file.subarray(0, 1000),
    });
    expect(res.statusCode).toBe(204);
    expect((await theirs.head(victim)).headers['upload-offset']).toBe('0');
    expect((await mine.head(own)).headers['upload-offset']).toBe('1000');
  });

  it('DELETE ends the upload: its bytes are removed and it is marked as ended by the uploader', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(50_000);
    const id = uploadIdOf(await tus.create(file.length, video()));
    await tus.patch(id, 0, file.subarray(0, 10_000));
    expect((await tus.remove(id)).statusCode).toBe(204);
    expect(await db.partialFiles(id)).toEqual([]);
    expect(await db.uploadRow(id)).toMatchObject({ status: 'REJECTED', rejection: '上传者终止了上传' });
    expect((await tus.patch(id, 10_000, file.subarray(10_000))).statusCode).toBe(410);
  });

  it('resumes after the hashing state was lost (restart, idle eviction) by re-hashing the stored prefix', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(2_500_000);
    const id = uploadIdOf(await tus.create(file.length, video()));
    await tus.patch(id, 0, file.subarray(0, 1_234_567));
    // as after a restart, or after 30 idle minutes: the worker states are gone
    const pool = (ctx.services.ingest as unknown as { pool: DigestPool }).pool;
    expect(pool.get(id)?.offset).toBe(1_234_567);
    pool.evictIdle(Date.now() + 31 * 60_000);
    expect(pool.get(id)).toBeUndefined();
    expect((await tus.patch(id, 1_234_567, file.subarray(1_234_567))).statusCode).toBe(204);
    expect((await tus.view(id)).json()).toMatchObject({
      status: 'COMPLETE',
      sha256: sha256Hex(file),
      sm3: sm3Hex(file),
    });
  });

  it('the same content uploaded twice is one stored object; both uploads complete', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(30_000);
    const a = uploadIdOf(await tus.create(file.length, video()));
    const b = uploadIdOf(await tus.create(file.length, video()));
    expect((await tus.patch(a, 0, file)).statusCode).toBe(204);
    expect((await tus.patch(b, 0, file)).statusCode).toBe(204);
    expect((await tus.view(b)).json()).toMatchObject({ status: 'COMPLETE', sha256: sha256Hex(file) });
    expect(
      (await ctx.superuser.query('SELECT count(*)::int AS n FROM blobs WHERE sha256 = $1', [sha256Hex(file)])).rows[0]
        .n,
    ).toBe(1);
    expect(await db.partialFiles(b)).toEqual([]);
  });

  it('creation with upload (bytes in the POST body) completes a small file at once', async () => {
    const file = mp4Bytes(5000);
    const res = await tusClient(ctx.app, officer).create(file.length, video(), {
      'content-type': 'application/offset+octet-stream',
    });
    expect(res.statusCode).toBe(201);
    const withBody = await ctx.app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: {
        ...{ cookie: officer.cookie, 'x-csrf-token': officer.csrf, 'tus-resumable': '1.0.0' },
        'upload-length': String(file.length),
        'upload-metadata': tusMetadata(video()),
        'content-type': 'application/offset+octet-stream',
      },
      payload: file,
    });
    expect(withBody.statusCode, withBody.body).toBe(201);
    expect(withBody.headers['upload-offset']).toBe(String(file.length));
    const id = uploadIdOf(withBody);
    expect((await tusClient(ctx.app, officer).view(id)).json()).toMatchObject({
      status: 'COMPLETE',
      sm3: sm3Hex(file),
    });
  });
});
