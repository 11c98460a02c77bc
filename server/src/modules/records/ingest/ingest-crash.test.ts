import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, createTestContext, type TestContext } from '../../../../test/helpers';
import { TEST_SECRET_HEX } from '../../../../test/secret';
import { DEMO_PASSWORD } from '../../../seed/demo-accounts';
import { MP4_HEADER, tusMetadata } from './ingest.test-support';

/**
 * Issue 3 §7: kill the server (SIGKILL) in the middle of a large upload, restart it, resume: the
 * final SM3 equals the source's, and nothing was stored as an object before completion. The
 * server runs as a real child process on its own port and data folder, on this test's database.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const MiB = 1024 * 1024;
const SIZE = 64 * MiB;

let ctx: TestContext;
let dataDir: string;
let sourcePath: string;
let sourceSm3: string;
let sourceSha256: string;
let server: ChildProcess | null = null;
let port = 0;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as { port: number };
      s.close(() => resolve(p));
    });
  });
}

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts', 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: ctx.databaseUrl,
      ZHIFA_SECRET_KEY: TEST_SECRET_HEX,
      ZHIFA_MODE: 'demo',
      ZHIFA_SEED_DEMO: 'false',
      ZHIFA_JOBS: 'false',
      PORT: String(port),
      HOST: '127.0.0.1',
      ZHIFA_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${output}`);
}

async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'scj.officer', password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const tusHeaders = (s: { cookie: string; csrf: string }) => ({
  cookie: s.cookie,
  'x-csrf-token': s.csrf,
  'tus-resumable': '1.0.0',
});

/** A PATCH whose body is streamed from the source file, from `start` to `end` (exclusive). */
function patchFrom(s: { cookie: string; csrf: string }, id: string, start: number, end: number) {
  const req = http.request({
    host: '127.0.0.1',
    port,
    method: 'PATCH',
    path: `/api/uploads/${id}`,
    headers: {
      ...tusHeaders(s),
      'content-type': 'application/offset+octet-stream',
      'upload-offset': String(start),
      'content-length': String(end - start),
    },
  });
  const answer = new Promise<{ status: number; offset: string | null }>((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, offset: (res.headers['upload-offset'] as string) ?? null }),
      );
    });
    req.on('error', reject);
  });
  return { req, answer };
}

beforeAll(async () => {
  ctx = await createTestContext();
  dataDir = await mkdtemp(path.join(tmpdir(), 'zhifa-crash-'));
  port = await freePort();
  // The source: an MP4 header and 64 MiB of random bytes, written in 1 MiB blocks.
  sourcePath = path.join(dataDir, 'source.mp4');
  const fh = await open(sourcePath, 'w');
  const sm3 = createHash('sm3');
  const sha = createHash('sha256');
  for (let at = 0; at < SIZE; at += MiB) {
    const block = randomBytes(MiB);
    if (at === 0) MP4_HEADER.copy(block);
    sm3.update(block);
    sha.update(block);
    await fh.write(block);
  }
  await fh.close();
  sourceSm3 = sm3.digest('hex');
  sourceSha256 = sha.digest('hex');
}, 120_000);

afterAll(async () => {
  server?.kill('SIGKILL');
  await ctx?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('kill -9 in the middle of an upload', () => {
  it('resumes from what is durably stored and ends with the source SM3; no object existed before', async () => {
    server = await startServer();
    let session = await signIn();
    const scj = await agencyId(ctx, '县市场监管局');
    const created = await fetch(`http://127.0.0.1:${port}/api/uploads`, {
      method: 'POST',
      headers: {
        ...tusHeaders(session),
        'upload-length': String(SIZE),
        'upload-metadata': tusMetadata({ filename: 'crash.mp4', fileKind: 'VIDEO', agencyId: scj }),
      },
    });
    expect(created.status).toBe(201);
    const id = (created.headers.get('location') ?? '').split('/').pop() as string;
    const partial = path.join(dataDir, 'uploads', id);

    // A first chunk, acknowledged.
    const first = patchFrom(session, id, 0, 16 * MiB);
    await new Promise<void>((resolve, reject) => {
      const src = createReadStream(sourcePath, { start: 0, end: 16 * MiB - 1 });
      src.on('error', reject);
      src.pipe(first.req);
      src.on('end', () => resolve());
    });
    expect(await first.answer).toEqual({ status: 204, offset: String(16 * MiB) });

    // A second PATCH for the rest, of which only part is sent (~60 % of the file in all), then SIGKILL.
    const sentUpTo = Math.floor(SIZE * 0.6) + 12_345;
    const second = patchFrom(session, id, 16 * MiB, SIZE);
    second.answer.catch(() => undefined);
    await new Promise<void>((resolve, reject) => {
      const src = createReadStream(sourcePath, { start: 16 * MiB, end: sentUpTo - 1 });
      src.on('error', reject);
      src.on('data', (c) => second.req.write(c));
      src.on('end', () => resolve());
    });
    // wait until the server has written most of what was sent (it buffers at most a few MiB)
    const deadline = Date.now() + 30_000;
    while ((await stat(partial)).size < sentUpTo - 4 * MiB && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    server.kill('SIGKILL');
    await new Promise((r) => server?.once('exit', r));
    server = null;
    second.req.destroy();

    const durable = (await stat(partial)).size;
    expect(durable).toBeGreaterThan(16 * MiB);
    expect(durable).toBeLessThan(SIZE);
    // Nothing stored as an object, nothing complete.
    expect(
      (await ctx.superuser.query('SELECT count(*)::int AS n FROM blobs WHERE sha256 = $1', [sourceSha256])).rows[0].n,
    ).toBe(0);
    expect((await ctx.superuser.query('SELECT status FROM uploads WHERE id = $1', [id])).rows[0].status).toBe(
      'RECEIVING',
    );
    expect((await ctx.superuser.query('SELECT count(*)::int AS n FROM records')).rows[0].n).toBe(0);

    // Restart on the same data folder; the hashing state is gone and must be rebuilt from disk.
    server = await startServer();
    session = await signIn();
    const head = await fetch(`http://127.0.0.1:${port}/api/uploads/${id}`, {
      method: 'HEAD',
      headers: tusHeaders(session),
    });
    expect(head.status).toBe(200);
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBe(durable);

    const rest = patchFrom(session, id, offset, SIZE);
    createReadStream(sourcePath, { start: offset }).pipe(rest.req);
    expect(await rest.answer).toEqual({ status: 204, offset: String(SIZE) });

    const view = (await (
      await fetch(`http://127.0.0.1:${port}/api/uploads/${id}`, { headers: { cookie: session.cookie } })
    ).json()) as { status: string; sm3: string; sha256: string; size: number };
    expect(view).toMatchObject({ status: 'COMPLETE', size: SIZE, sm3: sourceSm3, sha256: sourceSha256 });
    const blob = await ctx.superuser.query('SELECT sm3, size FROM blobs WHERE sha256 = $1', [sourceSha256]);
    expect(blob.rows[0]).toEqual({ sm3: sourceSm3, size: SIZE });
    // the stored object itself hashes to the source SM3
    const stored = path.join(dataDir, 'files', sourceSha256.slice(0, 2), sourceSha256.slice(2, 4), sourceSha256);
    const again = createHash('sm3');
    for await (const c of createReadStream(stored)) again.update(c);
    expect(again.digest('hex')).toBe(sourceSm3);
  }, 180_000);
});
