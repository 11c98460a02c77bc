import { mayDispose, todayInShanghai } from '@zhifa/domain';
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, agenciesFor } from '../../platform/auth/permissions';
import type { Database, Tx } from '../../platform/db';
import { AppError, conflict, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { filesOf, loadRecord } from './records.queries';
import { blobs, disposalRequests, recordFiles, records, recordTombstones } from './records.tables';
import type { BlobStore } from './storage/blob-store';

const manageScope = (actor: Actor) => ({ kind: 'agencies' as const, agencyIds: agenciesFor(actor, 'record.manage') });

/** 保全 (legal hold): while set, the record cannot be disposed of, whatever its retention period. */
export async function setLegalHold(
  database: Database,
  actor: Actor,
  id: string,
  input: { hold: boolean; reason: string },
): Promise<void> {
  await database.tx(manageScope(actor), async (tx) => {
    const r = await loadRecord(tx, actor, id, 'record.manage', { lock: true });
    if (r.status !== 'ACTIVE') throw conflict('该记录已处置');
    if (r.legalHold === input.hold) throw conflict(input.hold ? '该记录已处于保全状态' : '该记录未处于保全状态');
    await tx
      .update(records)
      .set({ legalHold: input.hold, legalHoldReason: input.hold ? input.reason : null })
      .where(eq(records.id, id));
    await appendAudit(tx, actorOf(actor), {
      type: 'RECORD_LEGAL_HOLD_SET',
      subjectType: 'record',
      subjectId: id,
      agencyId: r.agencyId,
      payload: { hold: input.hold, reason: input.reason },
    });
  });
}

function refuseUnlessDisposable(r: Parameters<typeof mayDispose>[0]): void {
  const check = mayDispose(r, todayInShanghai(new Date()));
  if (!check.ok) throw conflict(check.refusals.map((x) => x.message).join('；'));
}

/** A disposal request (销毁申请): refused under a legal hold or before the retention period ends. */
export async function requestDisposal(
  database: Database,
  actor: Actor,
  id: string,
  input: { reason: string },
): Promise<string> {
  return database.tx(manageScope(actor), async (tx) => {
    const r = await loadRecord(tx, actor, id, 'record.manage', { lock: true });
    refuseUnlessDisposable(r);
    const [pending] = await tx
      .select({ id: disposalRequests.id })
      .from(disposalRequests)
      .where(and(eq(disposalRequests.recordId, id), eq(disposalRequests.status, 'PENDING')));
    if (pending) throw conflict('该记录已有待审批的处置申请');
    const requestId = newId();
    await tx.insert(disposalRequests).values({
      id: requestId,
      recordId: id,
      agencyId: r.agencyId,
      reason: input.reason,
      requestedBy: actor.userId,
      requestedByName: actor.displayName,
      status: 'PENDING',
    });
    await appendAudit(tx, actorOf(actor), {
      type: 'RECORD_DISPOSAL_REQUESTED',
      subjectType: 'record',
      subjectId: id,
      agencyId: r.agencyId,
      payload: { requestId, reason: input.reason },
    });
    return requestId;
  });
}

export interface DisposalOutcome {
  status: 'EXECUTED' | 'REJECTED';
  /** objects removed from the store (not shared with another record in force) */
  disposedBlobs: string[];
  /** objects whose bytes could not be removed now (the disposal itself stands) */
  leftovers: string[];
}

/**
 * Approves or rejects a disposal request. The approver must not be the requester (two different
 * people, issue 3 §5). Approval, in one transaction: the record becomes DISPOSED, a tombstone keeps
 * the digests, who and why, the custody event is appended, and every object no other record in
 * force refers to is marked disposed. Its bytes are removed from the store after the commit, so a
 * rolled-back approval never loses bytes.
 */
export async function decideDisposal(
  database: Database,
  blobStore: BlobStore,
  actor: Actor,
  id: string,
  requestId: string,
  input: { approve: boolean; note: string },
): Promise<DisposalOutcome> {
  const outcome = await database.tx(manageScope(actor), async (tx) => {
    const r = await loadRecord(tx, actor, id, 'record.manage', { lock: true });
    const [req] = await tx
      .select()
      .from(disposalRequests)
      .where(and(eq(disposalRequests.id, requestId), eq(disposalRequests.recordId, id)));
    if (!req) throw notFound('处置申请');
    if (req.status !== 'PENDING') throw conflict('该处置申请已处理');
    if (req.requestedBy === actor.userId) throw new AppError('FORBIDDEN', '处置申请须由另一人审批');
    if (input.approve) refuseUnlessDisposable(r);
    const status = input.approve ? ('EXECUTED' as const) : ('REJECTED' as const);
    const decided = await tx
      .update(disposalRequests)
      .set({
        status,
        decidedBy: actor.userId,
        decidedByName: actor.displayName,
        decidedAt: new Date(),
        decisionNote: input.note,
      })
      .where(and(eq(disposalRequests.id, requestId), eq(disposalRequests.status, 'PENDING')))
      .returning({ id: disposalRequests.id });
    if (!decided.length) throw conflict('该处置申请已处理');
    const audit = { subjectType: 'record', subjectId: id, agencyId: r.agencyId } as const;
    if (!input.approve) {
      await appendAudit(tx, actorOf(actor), {
        type: 'RECORD_DISPOSAL_REJECTED',
        ...audit,
        payload: { requestId, note: input.note },
      });
      return { status, disposedBlobs: [] };
    }
    const files = await filesOf(tx, id);
    const digests = files.map((x) => ({ sha256: x.b.sha256, sm3: x.b.sm3, size: x.b.size }));
    const done = await tx
      .update(records)
      .set({ status: 'DISPOSED' })
      .where(and(eq(records.id, id), eq(records.status, 'ACTIVE')))
      .returning({ id: records.id });
    if (!done.length) throw conflict('该记录已处置');
    await tx.insert(recordTombstones).values({
      recordId: id,
      agencyId: r.agencyId,
      files: files.map((x) => ({
        fileId: x.f.id,
        sha256: x.b.sha256,
        sm3: x.b.sm3,
        size: x.b.size,
      })),
      reason: req.reason,
      requestedBy: req.requestedBy,
      approvedBy: actor.userId,
    });
    await appendAudit(tx, actorOf(actor), {
      type: 'RECORD_DISPOSED',
      ...audit,
      payload: { requestId, reason: req.reason, files: digests },
    });
    return { status, disposedBlobs: await releaseBlobs(tx, [...new Set(digests.map((d) => d.sha256))]) };
  });
  const leftovers: string[] = [];
  for (const sha256 of outcome.disposedBlobs) {
    await blobStore.dispose(sha256).catch(() => leftovers.push(sha256));
  }
  return { ...outcome, leftovers };
}

/**
 * Marks as disposed each object that no record in force refers to any more. An object is shared by
 * content address across agencies, so this check must see every agency's records: the transaction's
 * row-level-security scope is widened to all for these statements only (the caller has already
 * been authorised for the record being disposed of, and nothing is read back to the user).
 */
async function releaseBlobs(tx: Tx, shas: string[]): Promise<string[]> {
  await tx.execute(sql`SELECT set_config('zhifa.scope', 'all', true)`);
  const released: string[] = [];
  for (const sha256 of shas) {
    // Locks the object against a concurrent attach (which takes it FOR SHARE).
    await tx.select({ sha256: blobs.sha256 }).from(blobs).where(eq(blobs.sha256, sha256)).for('update');
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(recordFiles)
      .innerJoin(records, eq(records.id, recordFiles.recordId))
      .where(and(eq(recordFiles.blobSha256, sha256), eq(records.status, 'ACTIVE')));
    if (n > 0) continue;
    await tx.update(blobs).set({ disposedAt: new Date() }).where(eq(blobs.sha256, sha256));
    released.push(sha256);
  }
  return released;
}
