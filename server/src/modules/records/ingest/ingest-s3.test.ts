import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, createTestContext, login, type TestContext } from '../../../../test/helpers';
import { type S3Fixture, s3Env, startS3rver } from '../../../../test/s3';
import { mp4Bytes, sha256Hex, sm3Hex, tusClient, uploadIdOf } from './ingest.test-support';

/** The same ingest path with the S3 store (s3rver on loopback) in place of the local folder. */
let s3: S3Fixture;
let ctx: TestContext;

beforeAll(async () => {
  s3 = await startS3rver();
  ctx = await createTestContext(s3Env(s3));
});
afterAll(async () => {
  await ctx?.close();
  await s3?.stop();
});

describe('tus upload into the S3 store', () => {
  it('stores the finished file as objects/<sha256> and records storage S3; the local partial file is gone', async () => {
    const officer = await login(ctx.app, 'scj.officer');
    const tus = tusClient(ctx.app, officer);
    const file = mp4Bytes(20 * 2 ** 20 + 777); // above the 16 MiB part size: multipart
    const id = uploadIdOf(
      await tus.create(file.length, {
        filename: 'dsj.mp4',
        fileKind: 'VIDEO',
        agencyId: await agencyId(ctx, '县市场监管局'),
      }),
    );
    expect((await tus.patch(id, 0, file.subarray(0, 7 * 2 ** 20))).statusCode).toBe(204);
    expect((await tus.patch(id, 7 * 2 ** 20, file.subarray(7 * 2 ** 20))).statusCode).toBe(204);
    expect((await tus.view(id)).json()).toMatchObject({ status: 'COMPLETE', sm3: sm3Hex(file) });
    const blob = await ctx.superuser.query('SELECT storage, size FROM blobs WHERE sha256 = $1', [sha256Hex(file)]);
    expect(blob.rows[0]).toEqual({ storage: 'S3', size: file.length });
    expect(ctx.services.blobStore.kind).toBe('S3');
    expect(await ctx.services.blobStore.stat(sha256Hex(file))).toEqual({ size: file.length });
    const range = await ctx.services.blobStore.get(sha256Hex(file), { start: 4, end: 11 });
    const chunks: Buffer[] = [];
    for await (const c of range) chunks.push(Buffer.from(c));
    expect(Buffer.concat(chunks).toString('latin1')).toBe('ftypisom');
    const left = await readdir(ctx.config.storage.uploadDir);
    expect(left.filter((f) => f.startsWith(id))).toEqual([]);
  });
});
