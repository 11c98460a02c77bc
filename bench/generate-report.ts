// Checks and figures after generation: a sample of cases re-verified from the database (audit chains recomputed
// with @zhifa/ledger — the case's and those of its records and uploads —, gapless timeline, stream heads, ≥ 2
// officers, the version every change bumped, mandatory AV covered), their records' files re-read from the file store
// and re-hashed (SHA-256, SM3, size, format), a sample of closed and archived cases put through the app's own
// completeness check (cases.file.ts assembleCaseFile), the number sequences against the numbers issued, and the size
// of the database and of each table.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROCEDURES, type ProcedureId, resolveProfile, sniffFileType } from '@zhifa/domain';
import { AUDIT_GENESIS_HASH, auditEntryHash } from '@zhifa/ledger';
import type pg from 'pg';
import { ACTION_AV_ACTIVITY } from '../server/src/modules/cases/cases.context';
import { assembleCaseFile } from '../server/src/modules/cases/cases.file';
import { loadCaseRow } from '../server/src/modules/cases/cases.snapshot';
import { fileIdForUpload } from '../server/src/modules/records/records.create';
import type { Database } from '../server/src/platform/db';

export interface SampleCheck {
  ok: boolean;
  casesChecked: number;
  closedCasesChecked: number;
  recordsChecked: number;
  filesChecked: number;
  auditEntriesChecked: number;
  problems: string[];
}

const MANDATORY_AV = resolveProfile([]).mandatoryAvActivities.value;

/** Recomputes one ledger stream from the genesis hash and compares its head. */
async function checkChain(db: pg.Client, stream: string, problems: string[]): Promise<number> {
  const audit = await db.query(
    `SELECT stream, seq, event_type, actor_user_id, actor_name, agency_id, subject_type, subject_id, payload, ip,
            request_id, occurred_at, prev_hash, hash FROM audit_events WHERE stream = $1 ORDER BY id`,
    [stream],
  );
  let prev = AUDIT_GENESIS_HASH;
  audit.rows.forEach((e, i) => {
    const fields = {
      stream: e.stream,
      seq: e.seq,
      eventType: e.event_type,
      actorUserId: e.actor_user_id,
      actorName: e.actor_name,
      agencyId: e.agency_id,
      subjectType: e.subject_type,
      subjectId: e.subject_id,
      payload: e.payload,
      ip: e.ip,
      requestId: e.request_id,
      occurredAt: e.occurred_at,
    };
    if (e.seq !== i + 1) problems.push(`${stream}: audit seq ${e.seq} at position ${i + 1}`);
    if (e.prev_hash !== prev) problems.push(`${stream}: audit prev_hash broken at seq ${e.seq}`);
    if (auditEntryHash(prev, fields) !== e.hash) problems.push(`${stream}: audit hash mismatch at seq ${e.seq}`);
    prev = e.hash;
  });
  const head = await db.query('SELECT seq, hash FROM audit_stream_heads WHERE stream = $1', [stream]);
  if (audit.rows.length === 0) problems.push(`${stream}: no ledger entries`);
  else if (head.rows[0]?.hash !== prev || head.rows[0]?.seq !== audit.rows.length)
    problems.push(`${stream}: stream head mismatch`);
  return audit.rows.length;
}

interface Counts {
  entries: number;
  records: number;
  files: number;
}

/** The case's records: each with its version, an uploaded file whose object is on disk with the stored digests. */
async function checkRecords(db: pg.Client, root: string, id: string, problems: string[], n: Counts) {
  const links = await db.query<{ record_id: string; activity: string; kind: string; owner_id: string; v: number }>(
    `SELECT l.record_id, l.activity, r.kind, r.owner_id, (SELECT count(*)::int FROM record_versions v
       WHERE v.record_id = r.id AND v.version = r.current_version) AS v
     FROM case_record_links l JOIN records r ON r.id = l.record_id WHERE l.case_id = $1`,
    [id],
  );
  const files = await db.query<{
    id: string;
    record_id: string;
    sha256: string;
    sm3: string;
    size: string;
    mime: string;
  }>(
    `SELECT f.id, f.record_id, b.sha256, b.sm3, b.size, b.mime FROM record_files f
     JOIN blobs b ON b.sha256 = f.blob_sha256 WHERE f.record_id = ANY($1::uuid[])`,
    [links.rows.map((l) => l.record_id)],
  );
  const uploads = await db.query<{ id: string }>(
    `SELECT id FROM uploads WHERE status = 'COMPLETE' AND blob_sha256 = ANY($1::text[])`,
    [files.rows.map((f) => f.sha256)],
  );
  const fileIds = new Map(uploads.rows.map((u) => [fileIdForUpload(u.id), u.id]));
  for (const l of links.rows) {
    n.records++;
    if (l.v !== 1) problems.push(`record ${l.record_id}: current version missing`);
    if (!files.rows.some((f) => f.record_id === l.record_id)) problems.push(`record ${l.record_id}: no file`);
    n.entries += await checkChain(db, `record:${l.record_id}`, problems);
  }
  for (const f of files.rows) {
    n.files++;
    const upload = fileIds.get(f.id);
    if (!upload) problems.push(`record file ${f.id}: no completed upload it came from`);
    else n.entries += await checkChain(db, `upload:${upload}`, problems);
    const bytes = await readFile(path.join(root, f.sha256.slice(0, 2), f.sha256.slice(2, 4), f.sha256)).catch(
      () => null,
    );
    if (!bytes) {
      problems.push(`blob ${f.sha256}: file missing from the store`);
      continue;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== f.sha256)
      problems.push(`blob ${f.sha256}: SHA-256 differs`);
    if (createHash('sm3').update(bytes).digest('hex') !== f.sm3) problems.push(`blob ${f.sha256}: SM3 differs`);
    if (bytes.length !== Number(f.size)) problems.push(`blob ${f.sha256}: size differs`);
    if (sniffFileType(bytes.subarray(0, 8192))?.mime !== f.mime) problems.push(`blob ${f.sha256}: format differs`);
  }
  return links.rows;
}

export async function checkSample(db: pg.Client, database: Database, root: string, n: number): Promise<SampleCheck> {
  const problems: string[] = [];
  const counts: Counts = { entries: 0, records: 0, files: 0 };
  const ids = (await db.query<{ id: string }>(`SELECT id FROM cases TABLESAMPLE SYSTEM (1) LIMIT ${n}`)).rows.map(
    (r) => r.id,
  );
  for (const id of ids) {
    counts.entries += await checkChain(db, `case:${id}`, problems);
    const ev = await db.query<{ n: number; m: number; v: number; actions: number; ex: number; procedure: string }>(
      `SELECT count(*)::int AS n, max(seq) AS m, (SELECT version FROM cases WHERE id = $1) AS v,
              (SELECT procedure FROM cases WHERE id = $1) AS procedure,
              (SELECT count(*)::int FROM case_av_exemptions WHERE case_id = $1 AND approved_at IS NOT NULL) AS ex,
              (SELECT count(*)::int FROM audit_events WHERE stream = 'case:' || $1::text AND event_type = 'CASE_ACTION') AS actions
       FROM case_events WHERE case_id = $1`,
      [id],
    );
    const r = ev.rows[0];
    if (r.n !== r.m) problems.push(`case ${id}: case_events seq not gapless (${r.n} events, max seq ${r.m})`);
    if (r.actions !== r.n - 1) problems.push(`case ${id}: ${r.actions} CASE_ACTION entries for ${r.n - 1} actions`);
    const officers = await db.query<{ n: number }>(
      `SELECT count(DISTINCT officer_id)::int AS n FROM case_officers WHERE case_id = $1 AND role IN ('LEAD', 'ASSISTANT')`,
      [id],
    );
    if (officers.rows[0].n < 2) problems.push(`case ${id}: fewer than 2 officers`);
    const links = await checkRecords(db, root, id, problems, counts);
    // Every change bumped the version: the actions, each link, each exemption (requested, approved).
    if (r.v !== r.n + links.length + 2 * r.ex)
      problems.push(`case ${id}: version ${r.v} for ${r.n - 1} actions, ${links.length} links, ${r.ex} exemptions`);
    // REC-AV-FULL: every mandatory-AV activity done has a linked recording or an approved reason.
    const acts = await db.query<{ action: string; activity: string | null }>(
      `SELECT e.action, x.activity FROM case_events e
       LEFT JOIN case_av_exemptions x ON x.case_id = e.case_id AND x.approved_at IS NOT NULL WHERE e.case_id = $1`,
      [id],
    );
    const def = PROCEDURES[r.procedure as ProcedureId];
    for (const { action } of acts.rows) {
      const activity = ACTION_AV_ACTIVITY[r.procedure as ProcedureId]?.[action];
      const t = def.transitions.find((x) => x.action === action);
      if (!activity || !(t?.avRequired || MANDATORY_AV.includes(activity))) continue;
      const covered =
        links.some((l) => l.kind === 'AV_RECORD' && l.activity === activity) ||
        acts.rows.some((a) => a.activity === activity);
      if (!covered) problems.push(`case ${id}: ${action} without AV record or approved reason (${activity})`);
    }
  }
  // Closed and archived cases: the app's own completeness check of the e-case file finds nothing missing.
  const est = Number((await db.query(`SELECT reltuples FROM pg_class WHERE relname = 'cases'`)).rows[0]?.reltuples);
  const pct = Math.min(100, Math.max(1, (100 * 40 * n) / Math.max(1, est)));
  const closed = (
    await db.query<{ id: string; agency_id: string }>(
      `SELECT id, agency_id FROM cases TABLESAMPLE SYSTEM (${pct}) WHERE state IN ('CLOSED', 'ARCHIVED') LIMIT ${Math.ceil(n / 2)}`,
    )
  ).rows;
  for (const c of closed) {
    const file = await database.tx({ kind: 'agencies', agencyIds: [c.agency_id] }, async (tx) =>
      assembleCaseFile(tx, await loadCaseRow(tx, c.id)),
    );
    if (!file.complete)
      problems.push(`case ${c.id} (${file.caseNumber}): file lacks ${file.missing.map((m) => m.code).join(', ')}`);
    await checkRecords(db, root, c.id, problems, counts);
  }
  // Every counter equals the count of numbers issued under it (gapless from 1) — checked for case numbers.
  const gaps = await db.query<{ n: number }>(`
    SELECT count(*)::int AS n FROM number_sequences s
    WHERE s.kind LIKE 'CASE:%' AND s.last <> (
      SELECT count(*) FROM cases c WHERE c.agency_id = s.agency_id AND c.procedure = substr(s.kind, 6)
        AND extract(year FROM c.clue_received_on) = s.year)`);
  if (gaps.rows[0].n > 0) problems.push(`${gaps.rows[0].n} case number sequences differ from the cases numbered`);
  return {
    ok: problems.length === 0,
    casesChecked: ids.length,
    closedCasesChecked: closed.length,
    recordsChecked: counts.records,
    filesChecked: counts.files,
    auditEntriesChecked: counts.entries,
    problems: problems.slice(0, 20),
  };
}

export async function databaseSizes(db: pg.Client): Promise<{ database: number; tables: Record<string, string> }> {
  const database = Number((await db.query('SELECT pg_database_size(current_database()) AS s')).rows[0].s);
  const rows = await db.query<{ name: string; total: string; rows: string }>(`
    SELECT c.relname AS name, pg_total_relation_size(c.oid) AS total, c.reltuples::bigint AS rows
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 12`);
  const tables: Record<string, string> = {};
  for (const r of rows.rows)
    tables[r.name] = `${(Number(r.total) / 1e6).toFixed(1)} MB, ~${Number(r.rows).toLocaleString('en-US')} rows`;
  return { database, tables };
}
