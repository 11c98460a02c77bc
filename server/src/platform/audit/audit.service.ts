import { AUDIT_GENESIS_HASH, auditEntryHash } from '@zhifa/ledger';
import { and, asc, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Database, Tx } from '../db';
import { AUDIT_EVENTS, type AuditEventType, type AuditPayload } from './audit.catalogue';
import { auditEvents, auditStreamHeads } from './audit.tables';

/** Who did it and from where; attached to every event. */
export interface AuditActor {
  userId: string | null;
  name: string | null;
  ip: string | null;
  requestId: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { userId: null, name: '系统', ip: null, requestId: null };

export interface AuditEntryInput<T extends AuditEventType> {
  type: T;
  subjectType: string;
  subjectId: string;
  agencyId?: string | null;
  payload: AuditPayload<T>;
}

// The chain hash is defined once, in @zhifa/ledger, so the offline verifier computes exactly the same.
export const GENESIS_HASH = AUDIT_GENESIS_HASH;
export const entryHash = auditEntryHash;

/** Stream heads a transaction has locked with a statement of its own and that appends keep current. */
const heldHeads = new WeakMap<Tx, Map<string, { seq: number; hash: string }>>();

/**
 * A scalar subquery that locks a stream's head row (FOR UPDATE, as an append does) and yields it as JSON
 * `{seq, hash}`, or null when the stream has no head yet: for a caller that folds the lock into a statement it
 * runs anyway, then hands the head to `holdHead`.
 */
export function lockHeadJson(stream: string): SQL<{ seq: number; hash: string } | null> {
  return sql`(SELECT json_build_object('seq', h.seq, 'hash', h.hash) FROM audit_stream_heads h
    WHERE h.stream = ${stream} FOR UPDATE)`;
}

/**
 * Registers a head this transaction has locked (`lockHeadJson`). Every append to that stream in the same
 * transaction then takes the head from here instead of reading it again, and keeps it current. Not for a
 * transaction that appends to the stream from a savepoint (a rolled-back savepoint would leave it ahead).
 */
export function holdHead(tx: Tx, stream: string, head: { seq: number; hash: string }): void {
  const held = heldHeads.get(tx) ?? new Map<string, { seq: number; hash: string }>();
  heldHeads.set(tx, held);
  held.set(stream, { seq: head.seq, hash: head.hash });
}

/**
 * Appends one event inside the caller's transaction. The stream head row is locked so two writers
 * never fork a chain; any failure here fails the caller's whole change.
 */
export async function appendAudit<T extends AuditEventType>(
  tx: Tx,
  actor: AuditActor,
  input: AuditEntryInput<T>,
): Promise<void> {
  const payload = AUDIT_EVENTS[input.type].payload.parse(input.payload);
  const stream = `${input.subjectType}:${input.subjectId}`;
  const held = heldHeads.get(tx)?.get(stream);
  const head = held ?? (await lockHead(tx, stream));
  const seq = head.seq + 1;
  const occurredAt = new Date();
  const row = {
    stream,
    seq,
    eventType: input.type,
    actorUserId: actor.userId,
    actorName: actor.name,
    agencyId: input.agencyId ?? null,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    payload,
    ip: actor.ip,
    requestId: actor.requestId,
    occurredAt,
  };
  const hash = entryHash(head.hash, row);
  // The entry and the new head in one statement (one round trip).
  const insert = tx.insert(auditEvents).values({ ...row, prevHash: head.hash, hash });
  const advance = tx.update(auditStreamHeads).set({ seq, hash }).where(eq(auditStreamHeads.stream, stream));
  await tx.execute(sql`WITH appended AS (${insert.getSQL()}) ${advance.getSQL()}`);
  if (held) {
    held.seq = seq;
    held.hash = hash;
  }
}

/**
 * The stream's head row, locked until the transaction ends. A new stream's head is created first; a concurrent
 * creator of the same stream waits on the insert and then finds the committed row.
 */
async function lockHead(tx: Tx, stream: string): Promise<{ seq: number; hash: string }> {
  const lock = () => tx.select().from(auditStreamHeads).where(eq(auditStreamHeads.stream, stream)).for('update');
  const [head] = await lock();
  if (head) return head;
  await tx.insert(auditStreamHeads).values({ stream, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const [created] = await lock();
  return created;
}

export interface ChainProblem {
  entryId: number;
  stream: string;
  seq: number;
  problem: 'HASH_MISMATCH' | 'PREV_HASH_MISMATCH' | 'SEQUENCE_GAP' | 'HEAD_MISMATCH';
}

/**
 * Recomputes every chain from the genesis hash. Reads in id order stream by stream, in pages, so
 * memory stays flat however long the log is. Names the first broken entry of each stream.
 */
export async function verifyAuditChains(
  database: Database,
): Promise<{ entries: number; streams: number; problems: ChainProblem[] }> {
  const problems: ChainProblem[] = [];
  let entries = 0;
  const state = new Map<string, { seq: number; hash: string; broken: boolean }>();
  let lastId = 0;
  for (;;) {
    const page = await database.tx({ kind: 'all' }, (tx) =>
      tx.select().from(auditEvents).where(sql`${auditEvents.id} > ${lastId}`).orderBy(asc(auditEvents.id)).limit(5000),
    );
    if (page.length === 0) break;
    for (const e of page) {
      entries++;
      lastId = e.id;
      const s = state.get(e.stream) ?? { seq: 0, hash: GENESIS_HASH, broken: false };
      state.set(e.stream, s);
      if (s.broken) continue;
      let problem: ChainProblem['problem'] | null = null;
      if (e.seq !== s.seq + 1) problem = 'SEQUENCE_GAP';
      else if (e.prevHash !== s.hash) problem = 'PREV_HASH_MISMATCH';
      else if (entryHash(e.prevHash, e) !== e.hash) problem = 'HASH_MISMATCH';
      if (problem) {
        problems.push({ entryId: e.id, stream: e.stream, seq: e.seq, problem });
        s.broken = true;
        continue;
      }
      s.seq = e.seq;
      s.hash = e.hash;
    }
  }
  const heads = await database.tx({ kind: 'all' }, (tx) => tx.select().from(auditStreamHeads));
  for (const h of heads) {
    const s = state.get(h.stream);
    if (s && !s.broken && (s.seq !== h.seq || s.hash !== h.hash)) {
      problems.push({ entryId: 0, stream: h.stream, seq: h.seq, problem: 'HEAD_MISMATCH' });
    }
  }
  return { entries, streams: state.size, problems };
}

export interface AuditQuery {
  from?: string;
  to?: string;
  eventType?: string;
  actor?: string;
  subjectType?: string;
  subjectId?: string;
  agencyId?: string;
  page: number;
  pageSize: number;
}

export async function searchAudit(tx: Tx, q: AuditQuery) {
  const conds: SQL[] = [];
  if (q.from) conds.push(gte(auditEvents.occurredAt, new Date(q.from)));
  if (q.to) conds.push(lte(auditEvents.occurredAt, new Date(q.to)));
  if (q.eventType) conds.push(eq(auditEvents.eventType, q.eventType));
  if (q.actor) conds.push(sql`${auditEvents.actorName} ILIKE ${`%${q.actor}%`}`);
  if (q.subjectType) conds.push(eq(auditEvents.subjectType, q.subjectType));
  if (q.subjectId) conds.push(eq(auditEvents.subjectId, q.subjectId));
  if (q.agencyId) conds.push(eq(auditEvents.agencyId, q.agencyId));
  const where = conds.length ? and(...conds) : undefined;
  const [{ total }] = await tx.select({ total: sql<number>`count(*)::int` }).from(auditEvents).where(where);
  const items = await tx
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { total, items };
}
