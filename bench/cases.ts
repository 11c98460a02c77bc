// Benchmark (issue 5): full general-procedure penalty cases through the HTTP API on loopback — POST /api/cases, then
// POST /api/cases/:id/actions along the happy path of GENERAL_PENALTY (with the facts its guards need; the evidence
// the REC-SCOPE gate wants is linked through POST /api/records and /api/cases/:id/records) — with document
// rendering switched off (ZHIFA_DOCUMENTS_RENDER_ON_ISSUE=false), C concurrent clients; then pgbench TPC-B on the
// same PostgreSQL cluster in the same run. Prints transitions/s, pgbench tps and their ratio (goal ≥ 0.5).
// Usage: npm run bench -- cases [--seconds 60] [--concurrency 12] [--pgbench-seconds 30] [--scale 10] [--view summary]
// --view: what each action answers with — `summary` (the outcome, ?view=summary; the default here, as an API
// client that does not show the case page) or `detail` (the whole case page, as the staff app asks for).
// Needs pgbench (Debian postgresql-client). Runs on a fresh embedded PostgreSQL in a temporary folder.
import { type ChildProcess, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { addDays, type IsoDate, todayInShanghai } from '@zhifa/domain';
import pg from 'pg';
import { openRuntime } from '../server/src/boot';
import { loadConfig } from '../server/src/platform/config';
import { type EmbeddedDatabase, freePort, startEmbeddedPostgres } from '../server/src/platform/embedded-postgres';
import { isDemoSeeded, seedDemo } from '../server/src/seed/demo';
import { DEMO_PASSWORD } from '../server/src/seed/demo-accounts';
import { actionPatch } from './cases-playbook';
import { startServer } from './server-process';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}
const seconds = Number(arg('seconds', '60'));
const concurrency = Number(arg('concurrency', '12'));
const pgbenchSeconds = Number(arg('pgbench-seconds', '30'));
const scale = Number(arg('scale', '10'));
const view = arg('view', 'summary');
if (view !== 'summary' && view !== 'detail') throw new Error('--view summary|detail');
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const secretHex = randomBytes(32).toString('hex');
const today = todayInShanghai(new Date());
const daysAgo = (n: number): IsoDate => addDays(today, -n);

type Who = 'officer' | 'head' | 'reviewer';
/** The happy path: the action taken in each state, by whom, and how many days ago it is dated. */
const HAPPY_PATH: Record<string, [string, Who, number]> = {
  CLUE_RECEIVED: ['verify', 'officer', 70],
  FILING_DECISION: ['file', 'head', 69],
  INVESTIGATING: ['conclude', 'officer', 60],
  PROPOSAL: ['propose_penalty', 'officer', 60],
  PRE_NOTICE: ['serve_prenotice', 'officer', 59],
  AWAITING_STATEMENTS: ['close_statements', 'officer', 45],
  STATEMENT_REVIEW: ['complete_review', 'officer', 45],
  LEGAL_REVIEW: ['submit_review', 'officer', 44],
  UNDER_REVIEW: ['review_approved', 'reviewer', 42],
  HEAD_DECISION: ['decide', 'head', 40],
  DECIDED: ['serve_later', 'officer', 39],
  SERVED: ['begin_performance', 'officer', 39],
  PERFORMING: ['pay_in_full', 'officer', 35],
  PERFORMED: ['close', 'head', 30],
  CLOSED: ['archive', 'officer', 30],
};

const PARTY = {
  kind: 'LEGAL_PERSON',
  name: '青溪县好邻居超市有限公司',
  creditCode: '91430600MA4L16LX5B',
  legalRepresentative: '周建国',
  address: '青溪县城关镇人民路 18 号',
  phone: '0730-8123456',
  serviceAddress: { address: '青溪县城关镇人民路 18 号', eServiceConsent: false, signedOn: daysAgo(80) },
};

interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

const dir = await mkdtemp(path.join(tmpdir(), 'zhifa-bench-cases-'));
await chmod(dir, 0o711);
let embedded: EmbeddedDatabase | null = null;
let server: ChildProcess | null = null;
let port = 0;

/** The parts of a CaseDetail or CaseActionSummary (or an error body) the driver reads. */
interface Body {
  id: string;
  version: number;
  state: string;
  caseNumber: string;
}

// The driver's own cost comes out of the same two cores as the server's: node:http with a keep-alive agent
// (one socket per client) costs about half of what fetch does per request.
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
function api(s: Session, method: string, url: string, body?: unknown): Promise<{ status: number; json: Body }> {
  const payload = body ? JSON.stringify(body) : undefined;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: url,
        agent,
        headers: {
          cookie: s.cookie,
          'x-csrf-token': s.csrf,
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null });
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function login(username: string): Promise<Session> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], csrf: body.csrfToken, userId: body.user.id };
}

/** pgbench TPC-B (built-in script) on a database of the same cluster; returns tps without connection time. */
function pgbench(adminUrl: string): { tps: number; output: string } {
  const u = new URL(adminUrl);
  const env = {
    ...process.env,
    PGPASSWORD: decodeURIComponent(u.password),
    PGHOST: u.hostname,
    PGPORT: u.port,
    PGUSER: u.username,
  };
  const init = spawnSync('pgbench', ['-i', '-q', '-s', String(scale), 'pgbench'], { env, encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`pgbench -i failed: ${init.stderr || init.error}`);
  const run = spawnSync('pgbench', ['-c', '8', '-j', '2', '-T', String(pgbenchSeconds), 'pgbench'], {
    env,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`pgbench failed: ${run.stderr || run.error}`);
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(run.stdout);
  return { tps: m ? Number(m[1]) : Number.NaN, output: run.stdout.trim().split('\n').slice(-4).join(' | ') };
}

try {
  if (spawnSync('pgbench', ['--version']).status !== 0)
    throw new Error('pgbench not found: apt-get install postgresql-client');
  embedded = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'db'),
    secretKey: Buffer.from(secretHex, 'hex'),
    port: 0,
    database: 'zhifa',
  });
  const runtime = await openRuntime({
    config: loadConfig({
      ...process.env,
      DATABASE_URL: embedded.url,
      ZHIFA_SECRET_KEY: secretHex,
      ZHIFA_MODE: 'demo',
      ZHIFA_DATA_DIR: path.join(dir, 'server'),
      LOG_LEVEL: 'silent',
    }),
  });
  if (!(await isDemoSeeded(runtime.services))) await seedDemo(runtime.services);
  const db = new pg.Client({ connectionString: embedded.url });
  await db.connect();
  const agency = (await db.query("SELECT id FROM agencies WHERE short_name = '县市场监管局'")).rows[0].id as string;
  const officerIds = (
    await db.query(
      `SELECT o.id FROM officers o WHERE o.agency_id = $1 AND NOT o.is_legal_reviewer AND EXISTS (SELECT 1 FROM certificates c
         WHERE c.officer_id = o.id AND c.status = 'VALID' AND c.valid_from <= $2 AND c.valid_until >= $3) ORDER BY o.name LIMIT 2`,
      [agency, daysAgo(120), today],
    )
  ).rows.map((r) => r.id as string);
  // Evidence files for REC-SCOPE: one stored photo, an upload per case (as a finished tus upload would leave it).
  const photo = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2048)]);
  const sha256 = createHash('sha256').update(photo).digest('hex');
  const tmp = path.join(dir, 'photo.jpg');
  await writeFile(tmp, photo);
  await runtime.services.blobStore.putFile(tmp, sha256, photo.length);
  await db.query(
    `INSERT INTO blobs (sha256, sm3, size, mime, file_kind, storage) VALUES ($1, $2, $3, 'image/jpeg', 'IMAGE', $4)`,
    [sha256, createHash('sm3').update(photo).digest('hex'), photo.length, runtime.services.blobStore.kind],
  );
  await runtime.stop();

  port = await freePort();
  server = await startServer({
    databaseUrl: embedded.url,
    secretHex,
    dataDir: path.join(dir, 'server'),
    port,
    env: { ZHIFA_DOCUMENTS_RENDER_ON_ISSUE: 'false' },
  });
  const sessions: Record<Who, Session> = {
    officer: await login('scj.officer'),
    head: await login('scj.head'),
    reviewer: await login('scj.reviewer'),
  };
  const maxCases = concurrency * Math.max(20, seconds * 2);
  const uploads: string[] = [];
  for (let i = 0; i < maxCases; i++) uploads.push(randomBytes(16).toString('hex'));
  await db.query(
    `INSERT INTO uploads (id, agency_id, created_by, file_kind, original_name, size, status, blob_sha256, expires_at, completed_at)
     SELECT u, $1, $2, 'IMAGE', 'photo.jpg', $3, 'COMPLETE', $4, now() + interval '7 days', now() FROM unnest($5::text[]) u`,
    [agency, sessions.officer.userId, photo.length, sha256, uploads],
  );

  const counts = { cases: 0, transitions: 0, requests: 0, failures: 0 };
  const failures: string[] = [];
  const actionMs: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const runCase = async (): Promise<void> => {
    const upload = uploads.pop();
    if (!upload) return;
    const created = await api(sessions.officer, 'POST', '/api/cases', {
      procedure: 'GENERAL_PENALTY',
      cause: '销售过期食品',
      source: 'COMPLAINT',
      sourceDetail: '12315 投诉转办',
      clueReceivedOn: daysAgo(70),
      category: 'MARKET',
      parties: [PARTY],
      officers: officerIds.map((officerId, i) => ({ officerId, role: i === 0 ? 'LEAD' : 'ASSISTANT' })),
      facts: { violation: { actDate: daysAgo(75), harmedLifeHealthOrFinancialSafety: false } },
    });
    counts.requests++;
    if (created.status !== 201)
      throw new Error(`create: ${created.status} ${JSON.stringify(created.json).slice(0, 300)}`);
    let c = created.json;
    let evidence = false;
    while (c.state !== 'ARCHIVED') {
      if (c.state === 'INVESTIGATING' && !evidence) {
        const rec = await api(sessions.officer, 'POST', '/api/records', {
          kind: 'EVIDENCE',
          agencyId: agency,
          ownerType: 'CASE',
          ownerId: c.caseNumber,
          title: '现场检查照片',
          retentionClass: 'ROUTINE_6M',
          uploadIds: [upload],
          metadata: {
            evidenceType: 'DOCUMENTARY',
            description: '货架上过期食品的照片',
            source: '现场拍摄',
            collectedBy: officerIds,
            collectedAt: `${daysAgo(68)}T10:15:00+08:00`,
            place: '青溪县城关镇人民路 18 号',
            method: 'INSPECTION',
          },
        });
        const link = await api(sessions.officer, 'POST', `/api/cases/${c.id}/records`, {
          recordId: rec.json?.id,
          activity: 'EVIDENCE_COLLECTION',
        });
        counts.requests += 2;
        if (link.status !== 200)
          throw new Error(`evidence: ${rec.status}/${link.status} ${JSON.stringify(link.json).slice(0, 300)}`);
        c = link.json;
        evidence = true;
      }
      const step = HAPPY_PATH[c.state];
      if (!step) throw new Error(`no happy-path action from ${c.state}`);
      const [action, who, ago] = step;
      const facts =
        action === 'propose_penalty'
          ? { proposedPenalty: { types: ['WARNING', 'FINE'], fineFen: 500_000 } }
          : actionPatch('GENERAL_PENALTY', action, {
              rand: () => 0.5,
              date: daysAgo(ago),
              at: `${daysAgo(ago)}T10:00:00+08:00`,
              facts: {},
              partyKind: 'ORGANISATION',
              partyName: `${PARTY.name}，${PARTY.address}`,
              agencyName: '青溪县市场监督管理局',
              hostId: officerIds[1],
              officerIds,
              waive: false,
            });
      const t = performance.now();
      const res = await api(sessions[who], 'POST', `/api/cases/${c.id}/actions?view=${view}`, {
        action,
        version: c.version,
        date: daysAgo(ago),
        ...(Object.keys(facts).length ? { facts } : {}),
      });
      actionMs.push(performance.now() - t);
      counts.requests++;
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.json).slice(0, 300)}`);
      counts.transitions++;
      c = res.json;
    }
    counts.cases++;
  };
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && uploads.length > 0) {
        try {
          await runCase();
        } catch (e) {
          counts.failures++;
          if (failures.length < 5) failures.push((e as Error).message);
        }
      }
    }),
  );
  const httpSeconds = (performance.now() - t0) / 1000;
  agent.destroy();
  server.kill('SIGTERM');
  await new Promise((r) => server?.once('exit', r));
  server = null;
  await db.end();

  console.log(
    `[cases] ${counts.cases} cases, ${counts.transitions} transitions, ${counts.failures} failures in ${round(httpSeconds)} s; pgbench next`,
  );
  const admin = new pg.Client({ connectionString: embedded.adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS pgbench');
  await admin.query('CREATE DATABASE pgbench');
  await admin.end();
  const bench = pgbench(embedded.adminUrl);
  const transitionsPerSecond = counts.transitions / httpSeconds;
  const sorted = [...actionMs].sort((a, b) => a - b);
  const result = {
    benchmark: 'cases',
    concurrency,
    view,
    seconds: round(httpSeconds),
    cases: counts.cases,
    transitions: counts.transitions,
    requests: counts.requests,
    failures: counts.failures,
    failureSamples: failures,
    transitionsPerSecond: round(transitionsPerSecond),
    requestsPerSecond: round(counts.requests / httpSeconds),
    actionLatencyMs: {
      p50: round(sorted[Math.floor(sorted.length * 0.5)] ?? 0),
      p95: round(sorted[Math.floor(sorted.length * 0.95)] ?? 0),
    },
    pgbench: { clients: 8, threads: 2, seconds: pgbenchSeconds, scale, tps: round(bench.tps), summary: bench.output },
    ratio: round(transitionsPerSecond / bench.tps, 3),
    goalRatio: 0.5,
    documentsRenderedOnIssue: false,
    cpus: availableParallelism(),
    machineLoad1: round(loadavg()[0], 2),
  };
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `cases: ${counts.cases} general-procedure cases, ${counts.transitions} transitions in ${result.seconds} s = ${result.transitionsPerSecond} transitions/s ` +
      `(concurrency ${concurrency}, view ${view}, rendering off); pgbench TPC-B ${result.pgbench.tps} tps → ratio ${result.ratio} (goal ≥ 0.5)`,
  );
  if (counts.failures > 0) process.exitCode = 1;
} finally {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  await embedded?.stop();
  await rm(dir, { recursive: true, force: true });
}
