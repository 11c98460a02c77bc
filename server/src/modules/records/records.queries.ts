import type { Paged, RecordDetail, RecordSummary, recordListQuery } from '@zhifa/contracts';
import { mayDispose, todayInShanghai } from '@zhifa/domain';
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditEvents } from '../../platform/audit/audit.tables';
import { type Actor, can } from '../../platform/auth/permissions';
import type { Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { officers } from '../officers/officers.tables';
import { agencies } from '../org/org.tables';
import { custodyView, fileView, integrityOf, type RecordRow, summaryView } from './records.presenters';
import { blobs, disposalRequests, recordFiles, records, recordTombstones, recordVersions } from './records.tables';

export type RecordListQuery = z.output<typeof recordListQuery>;

/** No agency at all must match nothing (an empty IN list is not valid SQL). */
export const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** `%` and `_` typed by a user are searched for literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const integritySql = sql<string>`(SELECT CASE
    WHEN bool_or(b.fixity_status IN ('MISMATCH', 'MISSING')) THEN 'MISMATCH'
    WHEN bool_or(b.fixity_status = 'UNCHECKED') THEN 'UNCHECKED'
    ELSE 'OK' END
  FROM ${recordFiles} f JOIN ${blobs} b ON b.sha256 = f.blob_sha256
  WHERE f.record_id = ${records.id} AND b.disposed_at IS NULL)`;
const fileCountSql = sql<number>`(SELECT count(*)::int FROM ${recordFiles} f WHERE f.record_id = ${records.id})`;
const totalSizeSql = sql<number>`(SELECT coalesce(sum(b.size), 0)::bigint FROM ${recordFiles} f
  JOIN ${blobs} b ON b.sha256 = f.blob_sha256 WHERE f.record_id = ${records.id})`;

/** Records in the given agencies, filtered, searched (title or owner id) and paged, newest first. */
export async function listRecords(tx: Tx, agencyIds: string[], q: RecordListQuery): Promise<Paged<RecordSummary>> {
  const conds: SQL[] = [inArray(records.agencyId, agencyIds.length ? agencyIds : [NO_AGENCY])];
  if (q.agencyId) conds.push(eq(records.agencyId, q.agencyId));
  if (q.kind) conds.push(eq(records.kind, q.kind));
  if (q.ownerType) conds.push(eq(records.ownerType, q.ownerType));
  if (q.ownerId) conds.push(eq(records.ownerId, q.ownerId));
  if (q.q) conds.push(or(ilike(records.title, likePattern(q.q)), ilike(records.ownerId, likePattern(q.q)))!);
  const where = and(...conds);
  const [{ total }] = await tx.select({ total: sql<number>`count(*)::int` }).from(records).where(where);
  const rows = await tx
    .select({
      r: records,
      agencyName: agencies.name,
      fileCount: fileCountSql,
      totalSize: totalSizeSql,
      integrity: integritySql,
    })
    .from(records)
    .innerJoin(agencies, eq(agencies.id, records.agencyId))
    .where(where)
    .orderBy(desc(records.createdAt), desc(records.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map((x) =>
      summaryView(x.r, {
        agencyName: x.agencyName,
        fileCount: Number(x.fileCount),
        totalSize: Number(x.totalSize),
        integrity: x.integrity as RecordSummary['integrity'],
      }),
    ),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * The record if it exists and the actor holds `ability` in its agency. Row-level security already
 * hides other agencies' rows; the check here is the service-layer twin. Not allowed = not found.
 */
export async function loadRecord(
  tx: Tx,
  actor: Actor,
  id: string,
  ability: 'record.read' | 'record.create' | 'record.manage',
  opts: { lock?: boolean } = {},
): Promise<RecordRow> {
  const query = tx.select().from(records).where(eq(records.id, id));
  const [row] = opts.lock ? await query.for('update') : await query;
  if (!row || !can(actor, ability, { agencyId: row.agencyId })) throw notFound('记录');
  return row;
}

export async function filesOf(tx: Tx, recordId: string) {
  return tx
    .select({ f: recordFiles, b: blobs })
    .from(recordFiles)
    .innerJoin(blobs, eq(blobs.sha256, recordFiles.blobSha256))
    .where(eq(recordFiles.recordId, recordId))
    .orderBy(asc(recordFiles.addedAt), asc(recordFiles.id));
}

/**
 * Ids among `ids` that are officers of the agency. Cross-module read of the officers table (the
 * officers module owns it): to be moved behind an exported officers-service function.
 */
export async function officersOfAgency(tx: Tx, agencyId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await tx
    .select({ id: officers.id })
    .from(officers)
    .where(and(eq(officers.agencyId, agencyId), inArray(officers.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** The record page: metadata and its versions, files with digests and fixity, custody, disposal. */
export async function recordDetail(tx: Tx, actor: Actor, r: RecordRow): Promise<RecordDetail> {
  const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, r.agencyId));
  const files = await filesOf(tx, r.id);
  const versions = await tx
    .select()
    .from(recordVersions)
    .where(eq(recordVersions.recordId, r.id))
    .orderBy(asc(recordVersions.version));
  const custody = await tx
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.stream, `record:${r.id}`))
    .orderBy(asc(auditEvents.seq));
  const [disposal] = await tx
    .select()
    .from(disposalRequests)
    .where(eq(disposalRequests.recordId, r.id))
    .orderBy(desc(disposalRequests.requestedAt), desc(disposalRequests.id))
    .limit(1);
  const [tombstone] = await tx.select().from(recordTombstones).where(eq(recordTombstones.recordId, r.id));
  const current = versions.find((v) => v.version === r.currentVersion) ?? versions[versions.length - 1];
  const active = r.status === 'ACTIVE';
  const manage = can(actor, 'record.manage', { agencyId: r.agencyId });
  const pending = disposal?.status === 'PENDING' ? disposal : null;
  const disposable = mayDispose(r, todayInShanghai(new Date())).ok;
  return {
    ...summaryView(r, {
      agencyName: agency?.name ?? '',
      fileCount: files.length,
      totalSize: files.reduce((s, x) => s + x.b.size, 0),
      integrity: integrityOf(files.filter((x) => !x.b.disposedAt).map((x) => x.b.fixityStatus)),
    }),
    currentVersion: r.currentVersion,
    metadata: current?.metadata ?? null,
    retainUntil: r.retainUntil,
    legalHoldReason: r.legalHoldReason,
    isPublic: r.isPublic,
    files: files.map((x) => fileView(r.id, x.f, x.b)),
    versions: versions.map((v) => ({
      version: v.version,
      metadata: v.metadata,
      reason: v.reason,
      createdByName: v.createdByName,
      createdAt: v.createdAt.toISOString(),
    })),
    custody: custody.map(custodyView),
    disposal: disposal
      ? {
          id: disposal.id,
          status: disposal.status,
          reason: disposal.reason,
          requestedByName: disposal.requestedByName,
          requestedAt: disposal.requestedAt.toISOString(),
        }
      : null,
    tombstone: tombstone
      ? {
          reason: tombstone.reason,
          disposedAt: tombstone.disposedAt.toISOString(),
          files: tombstone.files as { sha256: string; sm3: string; size: number }[],
        }
      : null,
    abilities: {
      editMetadata: active && can(actor, 'record.create', { agencyId: r.agencyId }),
      setLegalHold: active && manage,
      requestDisposal: active && manage && !pending && disposable,
      approveDisposal: active && manage && !!pending && pending.requestedBy !== actor.userId,
      exportPackage: active && can(actor, 'record.read', { agencyId: r.agencyId }),
    },
  };
}
