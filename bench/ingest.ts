// Benchmark: ingest a large file through the tus endpoint on loopback (issue 3 benchmark).
// Measures, in the same run: node:crypto SM3 speed (512 MiB in memory), disk write speed (1 GiB
// with fsync), then end-to-end ingest throughput of an N MiB file (POST to completion, PATCHes of
// 64 MiB streamed from disk) and the server's peak RSS (VmHWM of the server child process).
// Goal: ingest ≥ 90 % of the smaller of SM3 and disk speed; peak RSS < 200 MB.
// Usage: npm run bench -- ingest [MiB]   (default 2048)
// The server runs as a child process (`node --import tsx server/src/main.ts start`, as `npm start`
// does) on a temporary embedded PostgreSQL (or DATABASE_URL); the client (this process) shares the
// machine. Also printed: CPU cores used by server and client and the load average, since on a small
// shared machine the SM3 worker competes with everything else for a core. BENCH_SERVER_FLAGS adds
// node flags to the server (e.g. "--max-semi-space-size=2", "--cpu-prof").
import type { ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { chmod, mkdtemp, open, rm } from 'node:fs/promises';
import http from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { openRuntime } from '../server/src/boot';
import { MP4_HEADER, tusMetadata } from '../server/src/modules/records/ingest/ingest.test-support';
import { loadConfig } from '../server/src/platform/config';
import { type EmbeddedDatabase, freePort, startEmbeddedPostgres } from '../server/src/platform/embedded-postgres';
import { isDemoSeeded, seedDemo } from '../server/src/seed/demo';
import { DEMO_PASSWORD } from '../server/src/seed/demo-accounts';
import { startServer } from './server-process';

const MiB = 1024 * 1024;
const MB = 1e6;
const fileMiB = Number(process.argv[2] ?? 2048);
const fileBytes = fileMiB * MiB;
const CHUNK = 64 * MiB;
const secretHex = randomBytes(32).toString('hex');
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

const dir = await mkdtemp(path.join(tmpdir(), 'zhifa-bench-ingest-'));
// As root, the embedded PostgreSQL runs as `postgres` and must be able to pass through this folder.
await chmod(dir, 0o711);
let embedded: EmbeddedDatabase | null = null;
let server: ChildProcess | null = null;

/** node:crypto SM3 over 512 MiB in memory (16 MiB buffer, 32 updates). */
function sm3Speed(): number {
  const buf = randomBytes(16 * MiB);
  const h = createHash('sm3');
  const t = performance.now();
  for (let i = 0; i < 32; i++) h.update(buf);
  h.digest();
  return (512 * MiB) / MB / ((performance.now() - t) / 1000);
}

/** Writes 1 GiB in 4 MiB blocks to the benchmark folder and fsyncs; MB/s including the flush. */
async function diskWriteSpeed(): Promise<number> {
  const file = path.join(dir, 'disk-probe');
  const block = randomBytes(4 * MiB);
  const fh = await open(file, 'w');
  const t = performance.now();
  for (let i = 0; i < 256; i++) await fh.write(block);
  await fh.sync();
  const seconds = (performance.now() - t) / 1000;
  await fh.close();
  await rm(file);
  return (1024 * MiB) / MB / seconds;
}

/** The source file: an MP4 header, then random blocks; its SM3 is computed while writing. */
async function makeSource(file: string): Promise<string> {
  const fh = await open(file, 'w');
  const sm3 = createHash('sm3');
  const pool = randomBytes(16 * MiB);
  for (let at = 0; at < fileBytes; at += 4 * MiB) {
    const n = Math.min(4 * MiB, fileBytes - at);
    const block = Buffer.from(pool.subarray(((at / (4 * MiB)) % 4) * 4 * MiB, ((at / (4 * MiB)) % 4) * 4 * MiB + n));
    block.writeUInt32BE(at / MiB, 64); // no two blocks alike
    if (at === 0) MP4_HEADER.copy(block);
    sm3.update(block);
    await fh.write(block);
  }
  await fh.close();
  return sm3.digest('hex');
}

/** VmHWM (peak resident set) and VmRSS of a process, in MB. */
function memoryOf(pid: number): { hwm: number; rss: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { hwm: (kb('VmHWM') * 1024) / MB, rss: (kb('VmRSS') * 1024) / MB };
}

/** CPU seconds (user + system, all threads) a process has used. */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function request(
  port: number,
  opts: { method: string; path: string; headers: Record<string, string>; body?: NodeJS.ReadableStream },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, agent, ...opts }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body) opts.body.pipe(req);
    else req.end();
  });
}

try {
  const sm3MBps = sm3Speed();
  const diskWriteMBps = await diskWriteSpeed();
  const source = path.join(dir, 'source.mp4');
  const sourceSm3 = await makeSource(source);

  let databaseUrl = process.env.DATABASE_URL || '';
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'db'),
      secretKey: Buffer.from(secretHex, 'hex'),
      port: 0,
      database: 'zhifa',
    });
    databaseUrl = embedded.url;
  }
  const runtime = await openRuntime({
    config: loadConfig({
      ...process.env,
      DATABASE_URL: databaseUrl,
      ZHIFA_SECRET_KEY: secretHex,
      ZHIFA_MODE: 'demo',
      ZHIFA_DATA_DIR: path.join(dir, 'server'),
      LOG_LEVEL: 'silent',
    }),
  });
  if (!(await isDemoSeeded(runtime.services))) await seedDemo(runtime.services);
  await runtime.stop();

  const port = await freePort();
  server = await startServer({ databaseUrl, secretHex, dataDir: path.join(dir, 'server'), port });
  const pid = server.pid as number;
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'scj.officer', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken, user } = (await login.json()) as { csrfToken: string; user: { roles: { agencyId: string }[] } };
  const tus = { cookie, 'x-csrf-token': csrfToken, 'tus-resumable': '1.0.0' };

  const idleRss = memoryOf(pid).rss;
  let peakRssDuringUpload = 0;
  const sampler = setInterval(() => {
    peakRssDuringUpload = Math.max(peakRssDuringUpload, memoryOf(pid).rss);
  }, 100);

  const cpu0 = cpuSecondsOf(pid);
  const clientCpu0 = process.cpuUsage();
  const t0 = performance.now();
  const created = await request(port, {
    method: 'POST',
    path: '/api/uploads',
    headers: {
      ...tus,
      'upload-length': String(fileBytes),
      'upload-metadata': tusMetadata({ filename: 'bench.mp4', fileKind: 'VIDEO', agencyId: user.roles[0].agencyId }),
    },
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${created.body}`);
  const url = String(created.headers.location);
  for (let offset = 0; offset < fileBytes; offset += CHUNK) {
    const end = Math.min(fileBytes, offset + CHUNK);
    const res = await request(port, {
      method: 'PATCH',
      path: url,
      headers: {
        ...tus,
        'content-type': 'application/offset+octet-stream',
        'upload-offset': String(offset),
        'content-length': String(end - offset),
      },
      body: createReadStream(source, { start: offset, end: end - 1, highWaterMark: MiB }),
    });
    if (res.status !== 204) throw new Error(`PATCH at ${offset}: ${res.status} ${res.body}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const serverCpuSeconds = cpuSecondsOf(pid) - cpu0;
  const clientCpu = process.cpuUsage(clientCpu0);
  clearInterval(sampler);
  const view = JSON.parse((await request(port, { method: 'GET', path: url, headers: { cookie } })).body);
  if (view.status !== 'COMPLETE' || view.sm3 !== sourceSm3) throw new Error(`ingest wrong: ${JSON.stringify(view)}`);
  const { hwm } = memoryOf(pid);

  const ingestMBps = fileBytes / MB / seconds;
  const smaller = Math.min(sm3MBps, diskWriteMBps);
  const result = {
    benchmark: 'ingest',
    fileBytes,
    sm3MBps: round(sm3MBps),
    diskWriteMBps: round(diskWriteMBps),
    ingestMBps: round(ingestMBps),
    ingestSeconds: round(seconds, 2),
    ratioToSm3: round(ingestMBps / sm3MBps, 3),
    ratioToDisk: round(ingestMBps / diskWriteMBps, 3),
    ratioToSmaller: round(ingestMBps / smaller, 3),
    peakRssMB: round(hwm),
    peakRssDuringUploadMB: round(peakRssDuringUpload),
    idleRssMB: round(idleRss),
    serverCpuCores: round(serverCpuSeconds / seconds, 2),
    clientCpuCores: round((clientCpu.user + clientCpu.system) / 1e6 / seconds, 2),
    machineLoad1: round(loadavg()[0], 2),
    cpus: availableParallelism(),
    serverFlags: process.env.BENCH_SERVER_FLAGS ?? '',
    sm3Verified: true,
    goals: { ratioToSmaller: 0.9, peakRssMB: 200 },
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `ingest: ${fileMiB} MiB in ${result.ingestSeconds} s = ${result.ingestMBps} MB/s; SM3 ${result.sm3MBps} MB/s, disk ${result.diskWriteMBps} MB/s → ${Math.round(result.ratioToSmaller * 100)} % of the smaller (goal ≥ 90 %); server peak RSS ${result.peakRssMB} MB (goal < 200 MB)`,
  );
} finally {
  agent.destroy();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => {
      const t = setTimeout(() => {
        server?.kill('SIGKILL');
        r(null);
      }, 10_000);
      server?.once('exit', () => {
        clearTimeout(t);
        r(null);
      });
    });
  }
  await embedded?.stop();
  await rm(dir, { recursive: true, force: true });
}
