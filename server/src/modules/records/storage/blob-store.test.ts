import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type S3Fixture, startS3rver } from '../../../../test/s3';
import type { BlobStore } from './blob-store';
import { LocalBlobStore } from './local-store';
import { S3_PART_SIZE, S3BlobStore } from './s3-store';

/**
 * One suite, two implementations (issue 3 §7: "S3 and local-folder stores pass the same suite"):
 * the local folder in a temporary directory, and the S3 store against s3rver on loopback.
 */
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const sm3 = (b: Buffer) => createHash('sm3').update(b).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

/** Digests of a stream without keeping it in memory. */
async function digestStream(stream: Readable): Promise<{ sha256: string; sm3: string; size: number }> {
  const a = createHash('sha256');
  const b = createHash('sm3');
  let size = 0;
  for await (const c of stream) {
    a.update(c);
    b.update(c);
    size += c.length;
  }
  return { sha256: a.digest('hex'), sm3: b.digest('hex'), size };
}

interface Harness {
  store: BlobStore;
  /** Files (not folders) under the store's own area, for leak checks; null when not applicable. */
  files(): Promise<string[] | null>;
  close(): Promise<void>;
}

async function walk(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

const implementations: [string, () => Promise<Harness>][] = [
  [
    'local folder',
    async () => {
      const root = await mkdtemp(path.join(tmpdir(), 'zhifa-store-'));
      return {
        store: new LocalBlobStore(path.join(root, 'files')),
        files: () => walk(path.join(root, 'files')),
        close: () => rm(root, { recursive: true, force: true }),
      };
    },
  ],
  [
    'S3 (s3rver)',
    async () => {
      const s3: S3Fixture = await startS3rver();
      const store = new S3BlobStore({
        endpoint: s3.endpoint,
        region: 'us-east-1',
        bucket: s3.bucket,
        accessKey: s3.accessKey,
        secretKey: s3.secretKey,
        forcePathStyle: true,
      });
      return {
        store,
        files: async () => null,
        close: async () => {
          store.destroy();
          await s3.stop();
        },
      };
    },
  ],
];

describe.each(implementations)('file store: %s', (_name, make) => {
  let h: Harness;
  let work: string;
  let n = 0;
  /** Writes `content` to a fresh source file outside the store. */
  const source = async (content: Buffer): Promise<string> => {
    const p = path.join(work, `src-${n++}`);
    await writeFile(p, content);
    return p;
  };

  beforeAll(async () => {
    h = await make();
    work = await mkdtemp(path.join(tmpdir(), 'zhifa-store-src-'));
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('put, stat and get round-trip with matching SHA-256 and SM3', async () => {
    const content = randomBytes(100_000);
    const id = sha256(content);
    expect(await h.store.stat(id)).toBeNull();
    const src = await source(content);
    expect(await h.store.putFile(src, id, content.length)).toEqual({ stored: true });
    expect(existsSync(src), 'the source is left for the caller to remove').toBe(true);
    expect(await h.store.stat(id)).toEqual({ size: content.length });
    const back = await readAll(await h.store.get(id));
    expect(sha256(back)).toBe(id);
    expect(sm3(back)).toBe(sm3(content));
  });

  it('reads byte ranges (inclusive ends, as HTTP Range)', async () => {
    const content = randomBytes(50_000);
    const id = sha256(content);
    await h.store.putFile(await source(content), id, content.length);
    expect(await readAll(await h.store.get(id, { start: 0, end: 0 }))).toEqual(content.subarray(0, 1));
    expect(await readAll(await h.store.get(id, { start: 1000, end: 1999 }))).toEqual(content.subarray(1000, 2000));
    expect(await readAll(await h.store.get(id, { start: 49_990, end: 49_999 }))).toEqual(content.subarray(49_990));
  });

  it('a second put of the same address keeps the first object and answers stored=false', async () => {
    const content = randomBytes(10_000);
    const id = sha256(content);
    expect((await h.store.putFile(await source(content), id, content.length)).stored).toBe(true);
    // Even a (wrong) different body under the same address never replaces the stored object.
    const impostor = randomBytes(10_000);
    expect(await h.store.putFile(await source(impostor), id, impostor.length)).toEqual({ stored: false });
    expect(sha256(await readAll(await h.store.get(id)))).toBe(id);
  });

  it(`an object above the ${S3_PART_SIZE / 2 ** 20} MiB part size (multipart path) round-trips`, async () => {
    const size = S3_PART_SIZE * 2 + 12_345;
    const p = path.join(work, `big-${n++}`);
    const a = createHash('sha256');
    const b = createHash('sm3');
    // written in 1 MiB blocks so the test itself stays small in memory
    await pipeline(
      (async function* () {
        for (let done = 0; done < size; ) {
          const block = randomBytes(Math.min(1 << 20, size - done));
          a.update(block);
          b.update(block);
          done += block.length;
          yield block;
        }
      })(),
      createWriteStream(p),
    );
    const id = a.digest('hex');
    expect(await h.store.putFile(p, id, size)).toEqual({ stored: true });
    expect(await h.store.stat(id)).toEqual({ size });
    expect(await digestStream(await h.store.get(id))).toEqual({ sha256: id, sm3: b.digest('hex'), size });
  }, 120_000);

  it('refuses a source whose size is not the declared one', async () => {
    const content = randomBytes(2000);
    await expect(h.store.putFile(await source(content), sha256(content), 1999)).rejects.toThrow(/bytes/);
    expect(await h.store.stat(sha256(content))).toBeNull();
  });

  it('dispose removes the object (approved disposals only); disposing a missing object is harmless', async () => {
    const content = randomBytes(1000);
    const id = sha256(content);
    await h.store.putFile(await source(content), id, content.length);
    await h.store.dispose(id);
    expect(await h.store.stat(id)).toBeNull();
    await expect(h.store.dispose(id)).resolves.toBeUndefined();
  });

  it('a missing object: stat answers null, get throws', async () => {
    const id = sha256(randomBytes(8));
    expect(await h.store.stat(id)).toBeNull();
    await expect(h.store.get(id).then(readAll)).rejects.toThrow();
  });

  it('refuses addresses that are not SHA-256 hex (no path tricks)', async () => {
    await expect(h.store.stat('../../etc/passwd')).rejects.toThrow(/invalid object address/);
    await expect(h.store.get('ABC')).rejects.toThrow(/invalid object address/);
  });

  it('leaves no temporary files behind after puts', async () => {
    const files = await h.files();
    if (files === null) return; // S3: a multipart upload is completed or aborted by lib-storage
    expect(files.filter((f) => /\.tmp-|\.probe-/.test(f))).toEqual([]);
    for (const f of files) expect(path.basename(f)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('check() reports a usable store', async () => {
    const r = await h.store.check();
    expect(r.ok).toBe(true);
  });
});

describe('file store: failures are reported', () => {
  it('the local store reports an unwritable folder', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'zhifa-store-bad-'));
    await mkdir(path.join(root, 'x'));
    await writeFile(path.join(root, 'x', 'file'), 'not a folder');
    const r = await new LocalBlobStore(path.join(root, 'x', 'file', 'files')).check();
    expect(r.ok).toBe(false);
    await rm(root, { recursive: true, force: true });
  });
  it('the S3 store reports a bucket that does not exist', async () => {
    const s3 = await startS3rver();
    const store = new S3BlobStore({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      bucket: 'no-such-bucket',
      accessKey: s3.accessKey,
      secretKey: s3.secretKey,
      forcePathStyle: true,
    });
    const r = await store.check();
    expect(r.ok).toBe(false);
    expect(r.detail).toMatch(/no-such-bucket/);
    store.destroy();
    await s3.stop();
  });
});
