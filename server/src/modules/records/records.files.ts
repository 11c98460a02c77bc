import type { Readable } from 'node:stream';
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.service';
import { auditEvents } from '../../platform/audit/audit.tables';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, agenciesFor } from '../../platform/auth/permissions';
import type { Database, Tx } from '../../platform/db';
import { AppError, invalid, notFound } from '../../platform/errors';
import { downloadName, type RecordRow } from './records.presenters';
import { loadRecord } from './records.queries';
import { blobs, recordFiles } from './records.tables';
import type { BlobStore } from './storage/blob-store';

export interface ByteRange {
  start: number;
  end: number;
}

/**
 * An HTTP Range header (RFC 9110 §14) against a resource of `size` bytes: one range
 * (`bytes=a-b`, `bytes=a-`, `bytes=-n`) → that range clipped to the resource; a range that starts
 * at or after the end, or an empty suffix → 'unsatisfiable' (416). A header with bad syntax or
 * several ranges is ignored (the whole resource is sent), as the RFC allows.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const last = m[2] === '' ? Number.MAX_SAFE_INTEGER : Number(m[2]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(last) || last < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(last, size - 1) };
}

export type OpenedFile =
  | { kind: 'gone'; message: string }
  | { kind: 'unsatisfiable'; size: number }
  | {
      kind: 'ok';
      body: Readable;
      size: number;
      range: ByteRange | null;
      mime: string;
      fileName: string;
      sha256: string;
    };

export const RESTRICTED_REASON = '查看受限记录须说明调阅理由';

/** A restricted record may be looked at only with a stated reason, which goes into the register. */
export function requireReason(r: RecordRow, reason: string | undefined): string | null {
  const given = reason?.trim() || null;
  if (r.restricted && !given) throw invalid(RESTRICTED_REASON, [{ path: 'reason', message: RESTRICTED_REASON }]);
  return given;
}

/**
 * Opens a file of a record for the player (`stream`, with ranges) or for saving (`download`). The
 * access record is written before any byte leaves. A player asks for many ranges of the same
 * file, so a stream is recorded at most once per minute per user, file and reason; every download
 * is recorded. Bytes missing from the store mark the object MISSING (a fixity fact) and answer 404.
 */
export async function openRecordFile(
  database: Database,
  blobStore: BlobStore,
  actor: Actor,
  recordId: string,
  fileId: string,
  opts: { mode: 'stream' | 'download'; range?: string; reason?: string },
): Promise<OpenedFile> {
  const scope = { kind: 'agencies' as const, agencyIds: agenciesFor(actor, 'record.read') };
  const found = await database.tx(scope, async (tx) => {
    const r = await loadRecord(tx, actor, recordId, 'record.read');
    const [row] = await tx
      .select({ f: recordFiles, b: blobs })
      .from(recordFiles)
      .innerJoin(blobs, eq(blobs.sha256, recordFiles.blobSha256))
      .where(and(eq(recordFiles.id, fileId), eq(recordFiles.recordId, recordId)));
    if (!row) throw notFound('文件');
    const reason = requireReason(r, opts.reason);
    return { r, f: row.f, b: row.b, reason };
  });
  const { r, f, b, reason } = found;
  if (r.status === 'DISPOSED' || b.disposedAt) {
    return { kind: 'gone', message: '该记录已按规定处置（销毁），文件内容不再保存' };
  }
  const stat = await blobStore.stat(b.sha256);
  if (!stat) {
    await markMissing(database, b.sha256);
    throw new AppError('NOT_FOUND', '文件内容在存储中缺失，已标记为“缺失”，请联系系统管理员核查');
  }
  const range = parseRange(opts.range, stat.size);
  if (range === 'unsatisfiable') return { kind: 'unsatisfiable', size: stat.size };
  await database.tx(scope, async (tx) => {
    const audit = { subjectType: 'record', subjectId: recordId, agencyId: r.agencyId } as const;
    if (opts.mode === 'download') {
      await appendAudit(tx, actorOf(actor), {
        type: 'RECORD_DOWNLOADED',
        ...audit,
        payload: { fileId, sha256: b.sha256, reason },
      });
    } else if (!(await streamedRecently(tx, actor, recordId, fileId, reason))) {
      await appendAudit(tx, actorOf(actor), {
        type: 'RECORD_STREAMED',
        ...audit,
        payload: { fileId, range: opts.range ?? null, reason },
      });
    }
  });
  return {
    kind: 'ok',
    body: await blobStore.get(b.sha256, range ?? undefined),
    size: stat.size,
    range,
    mime: b.mime,
    fileName: downloadName(f.originalName, b.mime, b.sha256),
    sha256: b.sha256,
  };
}

async function streamedRecently(
  tx: Tx,
  actor: Actor,
  recordId: string,
  fileId: string,
  reason: string | null,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.stream, `record:${recordId}`),
        eq(auditEvents.eventType, 'RECORD_STREAMED'),
        eq(auditEvents.actorUserId, actor.userId),
        sql`${auditEvents.payload}->>'fileId' = ${fileId}`,
        sql`${auditEvents.payload}->>'reason' IS NOT DISTINCT FROM ${reason}`,
        sql`${auditEvents.occurredAt} > now() - interval '1 minute'`,
      ),
    )
    .limit(1);
  return !!row;
}

/** Records that an object's bytes are gone from the store; audited when the status changes. */
export async function markMissing(database: Database, sha256: string): Promise<void> {
  await database.tx({ kind: 'all' }, async (tx) => {
    const [before] = await tx
      .select({ status: blobs.fixityStatus })
      .from(blobs)
      .where(eq(blobs.sha256, sha256))
      .for('update');
    await tx
      .update(blobs)
      .set({ fixityStatus: 'MISSING', lastFixityAt: new Date() })
      .where(and(eq(blobs.sha256, sha256), sql`${blobs.disposedAt} IS NULL`));
    if (before && before.status !== 'MISSING') {
      await appendAudit(tx, SYSTEM_ACTOR, {
        type: 'FIXITY_CHECKED',
        subjectType: 'blob',
        subjectId: sha256,
        payload: { sha256, status: 'MISSING' },
      });
    }
  });
}
