import { and, asc, count, desc, eq, gt, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import { auditEvents } from '../audit/audit.tables';
import type { Tx } from '../db';
import { ledgerCheckpoints, ledgerLeaves, ledgerNodes } from './ledger.tables';

/** Typed queries of the Merkle log; every function takes the caller's transaction. */

export type CheckpointRow = typeof ledgerCheckpoints.$inferSelect;
export type CheckpointKind = CheckpointRow['kind'];

export const nodeKey = (level: number, index: number) => `${level}:${index}`;

/** Number of sequenced leaves: leaf indexes are gapless from 0, so max + 1 (one index lookup). */
export async function currentSize(tx: Tx): Promise<number> {
  const [row] = await tx.select({ max: sql<number | null>`max(${ledgerLeaves.leafIndex})` }).from(ledgerLeaves);
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

/** Stored perfect-subtree nodes by (level, index); absent keys are simply not in the map. */
export async function loadNodes(tx: Tx, keys: { level: number; index: number }[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    const pairs = sql.join(
      chunk.map((k) => sql`(${k.level}::int, ${k.index}::bigint)`),
      sql`, `,
    );
    const rows = await tx
      .select()
      .from(ledgerNodes)
      .where(sql`(${ledgerNodes.level}, ${ledgerNodes.nodeIndex}) IN (${pairs})`);
    for (const r of rows) out.set(nodeKey(r.level, r.nodeIndex), r.hash);
  }
  return out;
}

const notInLog = sql`NOT EXISTS (SELECT 1 FROM ${ledgerLeaves} WHERE ${ledgerLeaves.auditEventId} = ${auditEvents.id})`;

/**
 * Audit events not yet in the log, oldest id first, in two index-backed parts:
 *   fresh — ids above the largest id already sequenced (a range scan of the primary key);
 *   late  — ids below it that are not in the log: events whose transaction committed after larger
 *           ids were sequenced. Only a transaction still open at the last run can produce one, so
 *           the search covers the events of the last `lateWindowMinutes` (occurred_at index); a
 *           `full` pass (the daily checkpoint) searches the whole log, so nothing is ever missed.
 * Every late id is below every fresh id, so the concatenation is in id order.
 */
export async function unsequencedEvents(
  tx: Tx,
  limit: number,
  opts: { full: boolean; lateWindowMinutes: number },
): Promise<{ id: number; hash: string }[]> {
  const [{ maxId }] = await tx
    .select({ maxId: sql<number | null>`max(${ledgerLeaves.auditEventId})` })
    .from(ledgerLeaves);
  const max = maxId === null ? 0 : Number(maxId);
  const cols = { id: auditEvents.id, hash: auditEvents.hash };
  const recent = gt(auditEvents.occurredAt, sql`now() - make_interval(mins => ${opts.lateWindowMinutes})`);
  const late = await tx
    .select(cols)
    .from(auditEvents)
    .where(and(lte(auditEvents.id, max), notInLog, opts.full ? undefined : recent))
    .orderBy(asc(auditEvents.id))
    .limit(limit);
  const fresh = await tx
    .select(cols)
    .from(auditEvents)
    .where(gt(auditEvents.id, max))
    .orderBy(asc(auditEvents.id))
    .limit(limit - late.length);
  return [...late, ...fresh];
}

export async function countUnsequenced(tx: Tx): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(auditEvents)
    .where(sql`NOT EXISTS (SELECT 1 FROM ${ledgerLeaves} WHERE ${ledgerLeaves.auditEventId} = ${auditEvents.id})`);
  return Number(row.n);
}

export async function countAuditEvents(tx: Tx): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(auditEvents);
  return Number(row.n);
}

export async function insertLeaves(
  tx: Tx,
  leaves: { leafIndex: number; auditEventId: number; leafHash: Buffer }[],
): Promise<void> {
  for (let i = 0; i < leaves.length; i += 1000) await tx.insert(ledgerLeaves).values(leaves.slice(i, i + 1000));
}

export async function insertNodes(tx: Tx, nodes: { level: number; index: number; hash: Buffer }[]): Promise<void> {
  for (let i = 0; i < nodes.length; i += 1000) {
    await tx
      .insert(ledgerNodes)
      .values(nodes.slice(i, i + 1000).map((n) => ({ level: n.level, nodeIndex: n.index, hash: n.hash })));
  }
}

export async function leavesOfEvents(
  tx: Tx,
  auditEventIds: number[],
): Promise<Map<number, { leafIndex: number; leafHash: Buffer }>> {
  const out = new Map<number, { leafIndex: number; leafHash: Buffer }>();
  for (let i = 0; i < auditEventIds.length; i += 1000) {
    const rows = await tx
      .select()
      .from(ledgerLeaves)
      .where(inArray(ledgerLeaves.auditEventId, auditEventIds.slice(i, i + 1000)));
    for (const r of rows) out.set(r.auditEventId, { leafIndex: r.leafIndex, leafHash: r.leafHash });
  }
  return out;
}

export async function auditEventsByIds(tx: Tx, ids: number[]) {
  if (!ids.length) return [];
  return tx.select().from(auditEvents).where(inArray(auditEvents.id, ids));
}

/** Has anything but checkpoint events themselves been sequenced at or after leaf `fromIndex`? */
export async function grewSince(tx: Tx, fromIndex: number): Promise<boolean> {
  const rows = await tx
    .select({ id: ledgerLeaves.auditEventId })
    .from(ledgerLeaves)
    .innerJoin(auditEvents, eq(auditEvents.id, ledgerLeaves.auditEventId))
    .where(and(gte(ledgerLeaves.leafIndex, fromIndex), ne(auditEvents.eventType, 'CHECKPOINT_SIGNED')))
    .limit(1);
  return rows.length > 0;
}

export async function latestCheckpoint(tx: Tx, kind?: CheckpointKind): Promise<CheckpointRow | null> {
  const [row] = await tx
    .select()
    .from(ledgerCheckpoints)
    .where(kind ? eq(ledgerCheckpoints.kind, kind) : undefined)
    .orderBy(desc(ledgerCheckpoints.treeSize))
    .limit(1);
  return row ?? null;
}

export async function checkpointAt(tx: Tx, treeSize: number): Promise<CheckpointRow | null> {
  const [row] = await tx.select().from(ledgerCheckpoints).where(eq(ledgerCheckpoints.treeSize, treeSize));
  return row ?? null;
}

export async function listCheckpoints(
  tx: Tx,
  page: number,
  pageSize: number,
): Promise<{ total: number; items: CheckpointRow[] }> {
  const [{ n }] = await tx.select({ n: count() }).from(ledgerCheckpoints);
  const items = await tx
    .select()
    .from(ledgerCheckpoints)
    .orderBy(desc(ledgerCheckpoints.treeSize))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { total: Number(n), items };
}

export async function insertCheckpoint(tx: Tx, row: CheckpointRow): Promise<boolean> {
  const inserted = await tx
    .insert(ledgerCheckpoints)
    .values(row)
    .onConflictDoNothing()
    .returning({ treeSize: ledgerCheckpoints.treeSize });
  return inserted.length > 0;
}
