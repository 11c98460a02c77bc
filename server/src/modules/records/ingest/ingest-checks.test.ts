import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, createTestContext, login, type Session, type TestContext } from '../../../../test/helpers';
import {
  errorOf,
  inspect,
  mp4Bytes,
  multipartBody,
  PDF_BYTES,
  sha256Hex,
  sm3Hex,
  tusClient,
  uploadIdOf,
} from './ingest.test-support';

/** What ingest refuses (content, digests, sizes, agencies, metadata), the simple upload, and expiry. */
let ctx: TestContext;
let officer: Session;
let scj: string;
let cgj: string;
let db: ReturnType<typeof inspect>;

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await login(ctx.app, 'scj.officer');
  scj = await agencyId(ctx, '县市场监管局');
  cgj = await agencyId(ctx, '县城管执法局');
  db = inspect(ctx);
});
afterAll(() => ctx?.close());

const video = (extra: Record<string, string> = {}) => ({
  filename: '执法记录仪 20260302.mp4',
  fileKind: 'VIDEO',
  agencyId: scj,
  ...extra,
});

describe('what is refused, and why', () => {
  it('a declared SHA-256 that differs rejects the file: no blob, no bytes left, REJECTED with the reason', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(100_000);
    const declared = sha256Hex(Buffer.from('something else'));
    const id = uploadIdOf(await tus.create(file.length, video({ sha256: declared, sm3: sm3Hex(file) })));
    const res = await tus.patch(id, 0, file);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body)).toMatchObject({ code: 'VALIDATION' });
    expect(errorOf(res.body).message).toMatch(/SHA-256 摘要与上传时声明的不一致/);
    expect(await db.blobRow(sha256Hex(file))).toBeUndefined();
    expect(await db.uploadRow(id)).toMatchObject({ status: 'REJECTED', blob_sha256: null });
    expect((await db.uploadRow(id)).rejection).toMatch(/SHA-256/);
    expect(await db.partialFiles(id)).toEqual([]);
    expect((await db.events(id)).map((e) => e.event_type)).toEqual(['UPLOAD_STARTED', 'UPLOAD_REJECTED']);
    expect((await tus.head(id)).statusCode).toBe(410);
    expect((await tus.view(id)).json()).toMatchObject({ status: 'REJECTED', offset: 0, sha256: null });
  });

  it('a declared SM3 that matches is accepted; one that differs is rejected', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(10_000);
    const ok = uploadIdOf(await tus.create(file.length, video({ sm3: sm3Hex(file).toUpperCase() })));
    expect((await tus.patch(ok, 0, file)).statusCode).toBe(204);
    const other = mp4Bytes(10_000);
    const bad = uploadIdOf(await tus.create(other.length, video({ sm3: sm3Hex(file) })));
    const res = await tus.patch(bad, 0, other);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body).message).toMatch(/SM3/);
  });

  it('a text file declared as video is rejected by its content', async () => {
    const tus = tusClient(ctx.app, officer);
    const text = Buffer.from('这不是视频，只是一段文字。\n'.repeat(1000));
    const id = uploadIdOf(await tus.create(text.length, video({ filename: 'evil.mp4' })));
    const res = await tus.patch(id, 0, text);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body).message).toMatch(/无法识别文件内容的格式：视频只接受/);
    expect(await db.uploadRow(id)).toMatchObject({ status: 'REJECTED' });
    expect(await db.blobRow(sha256Hex(text))).toBeUndefined();
    expect(await db.partialFiles(id)).toEqual([]);
  });

  it('a PDF declared as an image is rejected, naming what it is', async () => {
    const tus = tusClient(ctx.app, officer);
    const id = uploadIdOf(await tus.create(PDF_BYTES.length, video({ fileKind: 'IMAGE', filename: 'a.jpg' })));
    const res = await tus.patch(id, 0, PDF_BYTES);
    expect(errorOf(res.body).message).toBe('文件未被接收：文件内容是 PDF 格式（PDF 文件），与申报的“图片”不符');
  });

  it('refuses an agency where the user may not record, like a missing one', async () => {
    const tus = tusClient(ctx.app, officer);
    const res = await tus.create(1000, video({ agencyId: cgj }));
    expect(res.statusCode).toBe(404);
    expect(errorOf(res.body)).toEqual({ code: 'NOT_FOUND', message: '执法主体不存在或无权访问', fields: [] });
    expect(
      (await ctx.superuser.query('SELECT count(*)::int AS n FROM uploads WHERE agency_id = $1', [cgj])).rows[0].n,
    ).toBe(0);
  });

  it('refuses a declared size above the kind limit or the deployment maximum before any byte (413)', async () => {
    const tus = tusClient(ctx.app, officer);
    const image = await tus.create(50 * 2 ** 20 + 1, video({ fileKind: 'IMAGE' }));
    expect(image.statusCode).toBe(413);
    expect(errorOf(image.body)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: '图片不能超过 50 MB' });
    const huge = await tus.create(20 * 2 ** 30 + 1, video());
    expect(huge.statusCode).toBe(413);
    expect(errorOf(huge.body).code).toBe('PAYLOAD_TOO_LARGE');
    expect(image.headers.location).toBeUndefined();
  });

  it('refuses bad metadata, a deferred length and an empty file', async () => {
    const tus = tusClient(ctx.app, officer);
    const noKind = await tus.create(1000, { filename: 'a.mp4', agencyId: scj });
    expect(noKind.statusCode).toBe(400);
    expect(errorOf(noKind.body).message).toMatch(/fileKind/);
    const exe = await tus.create(1000, video({ fileKind: 'EXE' }));
    expect(exe.statusCode).toBe(400);
    const badDigest = await tus.create(1000, video({ sha256: 'abc' }));
    expect(errorOf(badDigest.body).message).toMatch(/SHA-256 摘要应为 64 位十六进制/);
    const deferred = await ctx.app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: {
        cookie: officer.cookie,
        'x-csrf-token': officer.csrf,
        'tus-resumable': '1.0.0',
        'upload-defer-length': '1',
      },
    });
    expect(deferred.statusCode).toBe(400);
    expect(errorOf(deferred.body).message).toMatch(/Upload-Length/);
    expect((await tus.create(0, video())).statusCode).toBe(400);
  });

  it('keeps the original name only as cleaned metadata', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(1000);
    const id = uploadIdOf(await tus.create(file.length, video({ filename: '../../etc/passwd\u202Egnp.mp4\u0000' })));
    expect((await db.uploadRow(id)).original_name).toBe('passwdgnp.mp4');
    expect(await db.partialFiles(id)).toContain(id);
  });
});

describe('simple upload (multipart)', () => {
  it('goes through the same sniff, digest and store path and answers the upload view', async () => {
    const body = multipartBody({ agencyId: scj, fileKind: 'PDF', sm3: sm3Hex(PDF_BYTES) }, PDF_BYTES, '询问笔录.pdf');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/uploads/simple',
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({
      status: 'COMPLETE',
      fileKind: 'PDF',
      originalName: '询问笔录.pdf',
      size: PDF_BYTES.length,
      sha256: sha256Hex(PDF_BYTES),
      sm3: sm3Hex(PDF_BYTES),
      mime: 'application/pdf',
    });
    expect(await db.blobRow(sha256Hex(PDF_BYTES))).toMatchObject({ file_kind: 'PDF', mime: 'application/pdf' });
    expect((await db.events(view.id)).map((e) => e.event_type)).toEqual(['UPLOAD_STARTED', 'UPLOAD_COMPLETED']);
    expect(await db.partialFiles(view.id)).toEqual([]);
  });

  it('refuses a file above 50 MB (the resumable endpoint is for large files), keeping nothing', async () => {
    const big = mp4Bytes(50 * 2 ** 20 + 10);
    const body = multipartBody({ agencyId: scj, fileKind: 'VIDEO' }, big, 'big.mp4');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/uploads/simple',
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(413);
    expect(errorOf(res.body).message).toMatch(/50 MB/);
    expect(await db.blobRow(sha256Hex(big))).toBeUndefined();
  });

  it('rejects content that is not the declared kind, and refuses a foreign agency like a missing one', async () => {
    const text = Buffer.from('not a pdf');
    const body = multipartBody({ agencyId: scj, fileKind: 'PDF' }, text, 'x.pdf');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/uploads/simple',
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res.body).message).toMatch(/PDF 文件只接受 PDF/);
    expect(await db.blobRow(sha256Hex(text))).toBeUndefined();
    const foreign = multipartBody({ agencyId: cgj, fileKind: 'PDF' }, PDF_BYTES, 'x.pdf');
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/api/uploads/simple',
      headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrf, ...foreign.headers },
      payload: foreign.payload,
    });
    expect(refused.statusCode).toBe(404);
    const files = await readdir(ctx.config.storage.uploadDir);
    expect(
      files.filter((f) => !f.endsWith('.json') && !existsSync(path.join(ctx.config.storage.uploadDir, `${f}.json`))),
    ).toEqual([]);
  });
});

describe('expiry of abandoned uploads', () => {
  it('removes the bytes of uploads still receiving after their expiry, and only those', async () => {
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(40_000);
    const old = uploadIdOf(await tus.create(file.length, video()));
    await tus.patch(old, 0, file.subarray(0, 12_345));
    const fresh = uploadIdOf(await tus.create(file.length, video()));
    await tus.patch(fresh, 0, file.subarray(0, 100));
    await ctx.superuser.query("UPDATE uploads SET expires_at = now() - interval '1 hour' WHERE id = $1", [old]);
    // past its expiry the upload is refused at once, before the job has removed it
    expect((await tus.patch(old, 12_345, file.subarray(12_345))).statusCode).toBe(410);

    const r = await ctx.services.ingest.expireAbandoned();
    expect(r.expired).toBeGreaterThanOrEqual(1);
    expect(await db.partialFiles(old)).toEqual([]);
    expect(await db.uploadRow(old)).toMatchObject({ status: 'EXPIRED' });
    const expired = (await db.events(old)).find((e) => e.event_type === 'UPLOAD_EXPIRED');
    expect(expired?.payload).toEqual({ uploadId: old, bytes: 12_345 });
    expect((await tus.head(old)).statusCode).toBe(410);
    // the fresh upload is untouched and can finish
    expect(await db.uploadRow(fresh)).toMatchObject({ status: 'RECEIVING' });
    expect((await tus.patch(fresh, 100, file.subarray(100))).statusCode).toBe(204);
    // a second run finds nothing more
    expect(await ctx.services.ingest.expireAbandoned()).toEqual({ expired: 0, bytes: 0 });
  });
});
