// Data generator (issue 5 §7): a province of synthetic enforcement data that respects every invariant of the app.
// Usage: npm run bench -- generate [--cases 1000000] [--agencies 200] [--years 3] [--seed 1]
//        [--data-dir ./data-bench] [--batch 2000] [--connections 2] [--shared-buffers 1GB] [--no-analyze]
//        [--blob-pool 0]
// Runs against DATABASE_URL (with ZHIFA_SECRET_KEY) or an embedded PostgreSQL in --data-dir, whose secrets.json the
// app then shares: `ZHIFA_DATA_DIR=./data-bench npm start` reads the generated (encrypted) data. The database must
// hold no cases yet. Evidence and AV files go into the app's local file store (data-dir/files); --blob-pool N draws
// them from N distinct small files per kind instead of one per record. Prints progress, then a JSON summary with
// cases/s, the database size per million cases and the bytes the files add.
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  addDays,
  addYears,
  type IsoDate,
  PROCEDURES,
  type ProcedureId,
  resolveProfile,
  todayInShanghai,
} from '@zhifa/domain';
import pg from 'pg';
import { openRuntime } from '../server/src/boot';
import { loadConfig } from '../server/src/platform/config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../server/src/platform/embedded-postgres';
import { type GenContext, type GenStats, generateCase } from './generate-case';
import { Batch, CopyWriter } from './generate-copy';
import { DocNumbers } from './generate-docs';
import { BlobFiles } from './generate-files';
import { type GenAgency, generateOrg } from './generate-org';
import { checkSample, databaseSizes } from './generate-report';
import { Rng } from './generate-util';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const totalCases = Number(arg('cases', '1000000'));
const agencyCount = Number(arg('agencies', '200'));
const years = Number(arg('years', '3'));
const seed = Number(arg('seed', '1'));
const dataDir = path.resolve(arg('data-dir', './data-bench'));
const batchCases = Number(arg('batch', '2000'));
const connections = Number(arg('connections', '2'));
const blobPool = Number(arg('blob-pool', '0'));

/** Share of each procedure among cases (on-the-spot penalties and inspections are the bulk of enforcement). */
const PROCEDURE_MIX: readonly (readonly [ProcedureId, number])[] = [
  ['SUMMARY_PENALTY', 30],
  ['GENERAL_PENALTY', 30],
  ['INSPECTION', 22],
  ['LICENCE', 8],
  ['COERCIVE_MEASURE', 5],
  ['COERCIVE_EXECUTION', 3],
  ['CRIMINAL_TRANSFER', 2],
];

const log = (m: string) => console.log(`[generate] ${m}`);
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

const env = {
  ...process.env,
  ZHIFA_DATA_DIR: dataDir,
  ZHIFA_MODE: process.env.ZHIFA_MODE ?? 'demo',
  ZHIFA_SEED_DEMO: 'false',
  LOG_LEVEL: 'silent',
};
let config = loadConfig(env);
let embedded: EmbeddedDatabase | null = null;
if (!config.databaseUrl) {
  // Started here rather than by openRuntime so that the server's log is kept (data-dir/generate-pg.log); the
  // secret is the data dir's secrets.json, as `ZHIFA_DATA_DIR=… npm start` will use.
  mkdirSync(dataDir, { recursive: true });
  const pgLog = createWriteStream(path.join(dataDir, 'generate-pg.log'), { flags: 'a' });
  // The app's cluster layout, user and password, so `ZHIFA_DATA_DIR=<data-dir> npm start` opens it afterwards;
  // bulk-load settings (larger shared buffers, fewer checkpoints) for the generation run only.
  embedded = await startEmbeddedPostgres({
    dataDir,
    secretKey: config.secretKey,
    port: 0,
    database: 'zhifa',
    log: (m) => pgLog.write(`${m}\n`),
    settings: {
      shared_buffers: arg('shared-buffers', '1GB'),
      max_wal_size: '16GB',
      checkpoint_timeout: '30min',
      wal_buffers: '64MB',
      maintenance_work_mem: '512MB',
      checkpoint_completion_target: '0.9',
    },
  });
  config = loadConfig({ ...env, DATABASE_URL: embedded.url, ZHIFA_SECRET_KEY: config.secretKey.toString('hex') });
}
log(`database: ${embedded ? `embedded PostgreSQL in ${dataDir}/pg` : 'DATABASE_URL'}`);
if (config.storage.kind !== 'local') throw new Error('the generator writes record files to the local file store only');
const runtime = await openRuntime({ config, log });
const ownerUrl = config.databaseUrl!;
let writer: CopyWriter | null = null;
const owner = new pg.Client({ connectionString: ownerUrl });
owner.on('error', (e) => log(`database connection lost: ${e.message}`));
await owner.connect();
try {
  const existing = await owner.query<{ n: string }>('SELECT count(*) AS n FROM cases');
  if (Number(existing.rows[0].n) > 0) {
    throw new Error(
      `the database already holds ${existing.rows[0].n} cases; use an empty database (another --data-dir)`,
    );
  }
  const sizeBefore = Number((await owner.query('SELECT pg_database_size(current_database()) AS s')).rows[0].s);

  const today = todayInShanghai(new Date());
  const start: IsoDate = addDays(addYears(today, -years), 1);
  const calendar = await runtime.services.calendar.calendar();
  const rng = new Rng(seed);
  writer = new CopyWriter(ownerUrl, connections);
  const t0 = performance.now();

  const orgBatch = new Batch();
  const org = await generateOrg(runtime.database, runtime.services.cipher, orgBatch, rng, {
    agencies: agencyCount,
    cases: totalCases,
    start,
    today,
  });
  // Files have their own generator, so that --blob-pool leaves the cases as they are.
  const files = new BlobFiles(config.storage.localDir, new Rng(seed ^ 0x5f11e5), blobPool);
  files.fillPool(orgBatch, new Date(Date.parse(`${start}T00:00:00+08:00`)));
  await writer.submit(orgBatch);
  await writer.drain(); // the pool's blobs rows before any record refers to them
  log(
    `province: ${org.agencies.length} agencies, ${org.officers} officers, ${org.users} users (password of the demo accounts)`,
  );

  const stats: GenStats = {
    cases: 0,
    events: 0,
    documents: 0,
    audit: 0,
    records: 0,
    avRecords: 0,
    avExemptions: 0,
    refused: new Map(),
    documentCodes: new Map(),
    states: new Map(),
  };
  const g: GenContext = {
    rng,
    calendar,
    profile: resolveProfile([]),
    cipher: runtime.services.cipher,
    today,
    numbers: new DocNumbers(),
    stats,
    files,
    uploadExpiryDays: config.storage.uploadExpiryDays,
  };
  // Agencies by weight (cumulative, binary search), cases in registration order so numbers follow dates.
  const cumulative: number[] = [];
  let acc = 0;
  for (const a of org.agencies) {
    acc += a.weight;
    cumulative.push(acc);
  }
  const pickAgency = (): GenAgency => {
    const r = rng.next() * acc;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return org.agencies[lo];
  };
  // Some cases stop at a state taken in turn from their procedure's states, so that every state is present: 2 %,
  // more for a procedure with few cases (about 3 cases per state at least, at most a quarter of its cases).
  const mixTotal = PROCEDURE_MIX.reduce((n, [, w]) => n + w, 0);
  const pinRate = new Map(
    PROCEDURE_MIX.map(([p, w]) => {
      const expected = (totalCases * w) / mixTotal;
      return [p, Math.min(0.25, Math.max(0.02, (3 * PROCEDURES[p].states.length) / expected))] as const;
    }),
  );
  const pinTurn = new Map<ProcedureId, number>();
  const spanDays = Math.round((Date.parse(today) - Date.parse(start)) / 86_400_000) + 1;
  const startMs = Date.parse(`${start}T00:00:00Z`);
  let batch = new Batch();
  let waitMs = 0;
  let lastReport = performance.now();
  let rowsAtReport = 0;
  let casesAtReport = 0;
  for (let i = 0; i < totalCases; i++) {
    const day = Math.min(spanDays - 1, Math.floor(((i + rng.next()) * spanDays) / totalCases));
    const clueOn = new Date(startMs + day * 86_400_000).toISOString().slice(0, 10);
    const procedure = rng.weighted(PROCEDURE_MIX);
    let pinned: string | null = null;
    if (rng.chance(pinRate.get(procedure)!)) {
      const turn = pinTurn.get(procedure) ?? 0;
      pinTurn.set(procedure, turn + 1);
      pinned = PROCEDURES[procedure].states[turn % PROCEDURES[procedure].states.length];
    }
    generateCase(g, batch, pickAgency(), procedure, clueOn, pinned);
    if ((i + 1) % batchCases === 0 || i === totalCases - 1) {
      stats.audit += batch.counts.get('audit_events') ?? 0;
      const tw = performance.now();
      await writer.submit(batch);
      waitMs += performance.now() - tw;
      batch = new Batch();
      const now = performance.now();
      if (now - lastReport > 5000 || i === totalCases - 1) {
        const secs = (now - t0) / 1000;
        const dt = (now - lastReport) / 1000;
        const done = i + 1;
        log(
          `${done.toLocaleString('en-US')} cases (${round((100 * done) / totalCases)} %), ${round((done - casesAtReport) / dt, 0)} cases/s, ` +
            `${round((writer.rowsWritten - rowsAtReport) / dt, 0)} rows/s written, ${round(secs, 0)} s, ETA ${round(((totalCases - done) * secs) / done, 0)} s`,
        );
        lastReport = now;
        rowsAtReport = writer.rowsWritten;
        casesAtReport = done;
      }
    }
  }
  await writer.drain();
  const tGenerated = performance.now();

  // number_sequences: the counters the app continues from (nextNumber), consistent with every number issued.
  const seqRows = g.numbers.rows();
  for (let i = 0; i < seqRows.length; i += 1000) {
    const part = seqRows.slice(i, i + 1000);
    const values = part.map((_, k) => `($${k * 4 + 1}, $${k * 4 + 2}, $${k * 4 + 3}, $${k * 4 + 4})`).join(', ');
    await owner.query(
      `INSERT INTO number_sequences (agency_id, year, kind, last) VALUES ${values}`,
      part.flatMap((r) => [r.agencyId, r.year, r.kind, r.last]),
    );
  }
  let analyzeSeconds = 0;
  if (!flag('no-analyze')) {
    const ta = performance.now();
    await owner.query('ANALYZE');
    analyzeSeconds = (performance.now() - ta) / 1000;
  }
  const check = await checkSample(owner, runtime.database, config.storage.localDir, 200);
  const sizes = await databaseSizes(owner);
  const generatedSeconds = (tGenerated - t0) / 1000;
  const bytesPerCase = (sizes.database - sizeBefore) / totalCases;
  const states = [...stats.states.keys()];
  const missing = Object.entries(PROCEDURES).flatMap(([id, def]) =>
    def.states.filter((s) => !states.includes(`${id}:${s}`)).map((s) => `${id}:${s}`),
  );
  const refused = [...stats.refused].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const summary = {
    benchmark: 'generate',
    cases: totalCases,
    agencies: org.agencies.length,
    officers: org.officers,
    years,
    seed,
    from: start,
    to: today,
    guards: 'every action evaluated by the app (cases.act evaluate + engine); refused actions are not taken',
    rows: Object.fromEntries(writer.perTable),
    records: {
      linked: stats.records,
      audioVideo: stats.avRecords,
      avExemptions: stats.avExemptions,
      perCase: round(stats.records / totalCases, 2),
      files: files.files,
      blobPool: blobPool > 0 ? `${blobPool} distinct files per kind` : 'one file per record',
      fileBytes: files.bytes,
      /** Bytes per case the files add on disk (4 KiB blocks), besides the database. */
      fileBytesPerCase: Math.round(files.allocated / totalCases),
      fileGbPerMillionCases: round((files.allocated / totalCases) * 1e-3, 2),
    },
    numberSequences: seqRows.length,
    generateSeconds: round(generatedSeconds),
    casesPerSecond: round(totalCases / generatedSeconds, 0),
    rowsPerSecond: round(writer.rowsWritten / generatedSeconds, 0),
    /** Time the generator waited for the database (the rest is generating rows in this process). */
    waitedForDatabaseSeconds: round(waitMs / 1000),
    analyzeSeconds: round(analyzeSeconds),
    databaseBytes: sizes.database,
    bytesPerCase: Math.round(bytesPerCase),
    gbPerMillionCases: round((bytesPerCase * 1e6) / 1e9, 2),
    estimatedGbFor10M: round((bytesPerCase * 1e7) / 1e9, 0),
    estimatedMinutesFor1M: round((generatedSeconds * (1e6 / totalCases)) / 60, 1),
    tables: sizes.tables,
    statesReached: states.length,
    statesMissing: missing,
    topRefusals: Object.fromEntries(refused),
    documentsByCode: Object.fromEntries([...stats.documentCodes].sort((a, b) => b[1] - a[1])),
    sampleCheck: check,
  };
  console.log(JSON.stringify(summary, null, 2));
  log(
    `${totalCases.toLocaleString('en-US')} cases in ${summary.generateSeconds} s = ${summary.casesPerSecond} cases/s (${summary.rowsPerSecond} rows/s); ` +
      `${round(sizes.database / 1e9, 2)} GB on disk, ${summary.gbPerMillionCases} GB per million cases (10 M ≈ ${summary.estimatedGbFor10M} GB); ` +
      `${states.length} states reached, ${missing.length} missing; ${stats.records} records (+${summary.records.fileGbPerMillionCases} GB of files per million cases); ` +
      `sample check ${check.ok ? 'OK' : 'FAILED'}`,
  );
  if (!check.ok) process.exitCode = 1;
} catch (e) {
  log(`failed: ${(e as Error).stack ?? e}`);
  process.exitCode = 1;
} finally {
  await writer?.drain().catch(() => undefined);
  await writer?.close().catch(() => undefined);
  await owner.end().catch(() => undefined);
  await runtime.stop();
  await embedded?.stop().catch(() => undefined);
}
