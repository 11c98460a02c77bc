// Checks and figures after generation: a sample of cases re-verified from the database (audit chain recomputed
// with @zhifa/ledger, gapless timeline, stream head, ≥ 2 officers), the number sequences against the numbers
// issued, and the size of the database and of each table.
import { AUDIT_GENESIS_HASH, auditEntryHash } from '@zhifa/ledger';
import type pg from 'pg';

export interface SampleCheck {
  ok: boolean;
  casesChecked: number;
  auditEntriesChecked: number;
  problems: string[];
}

export async function checkSample(db: pg.Client, n: number): Promise<SampleCheck> {
  const problems: string[] = [];
  const ids = (await db.query<{ id: string }>(`SELECT id FROM cases TABLESAMPLE SYSTEM (1) LIMIT ${n}`)).rows.map(
    (r) => r.id,
  );
  let entries = 0;
  for (const id of ids) {
    const audit = await db.query(
      `SELECT stream, seq, event_type, actor_user_id, actor_name, agency_id, subject_type, subject_id, payload, ip,
              request_id, occurred_at, prev_hash, hash FROM audit_events WHERE stream = $1 ORDER BY id`,
      [`case:${id}`],
    );
    let prev = AUDIT_GENESIS_HASH;
    audit.rows.forEach((e, i) => {
      entries++;
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
      if (e.seq !== i + 1) problems.push(`case ${id}: audit seq ${e.seq} at position ${i + 1}`);
      if (e.prev_hash !== prev) problems.push(`case ${id}: audit prev_hash broken at seq ${e.seq}`);
      if (auditEntryHash(prev, fields) !== e.hash) problems.push(`case ${id}: audit hash mismatch at seq ${e.seq}`);
      prev = e.hash;
    });
    const head = await db.query('SELECT seq, hash FROM audit_stream_heads WHERE stream = $1', [`case:${id}`]);
    if (head.rows[0]?.hash !== prev || head.rows[0]?.seq !== audit.rows.length)
      problems.push(`case ${id}: stream head mismatch`);
    const ev = await db.query<{ n: number; m: number; v: number; actions: number }>(
      `SELECT count(*)::int AS n, max(seq) AS m, (SELECT version FROM cases WHERE id = $1) AS v,
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
    auditEntriesChecked: entries,
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
