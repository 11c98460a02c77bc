import { open } from 'node:fs/promises';
import type { UploadView } from '@zhifa/contracts';
import { checkDeclaredFile, isFileKind, SNIFF_BYTES, sniffFileType } from '@zhifa/domain';
import { type AuditActor, appendAudit } from '../../../platform/audit/audit.service';
import type { Database, Scope } from '../../../platform/db';
import { AppError, conflict } from '../../../platform/errors';
import type { BlobStore } from '../storage/blob-store';
import type { DigestSession } from './digest-pool';
import { type BlobRow, findBlob, finishUpload, recordBlob, type UploadRow } from './ingest.repository';

/** What the creator of an upload sees of it (GET /api/uploads/:id and the simple upload's answer). */
export type { UploadView };

export function uploadView(row: UploadRow, blob: BlobRow | null, offset: number): UploadView {
  return {
    id: row.id,
    agencyId: row.agencyId,
    status: row.status,
    fileKind: row.fileKind,
    originalName: row.originalName,
    size: row.size,
    offset: row.status === 'COMPLETE' ? row.size : row.status === 'RECEIVING' ? offset : 0,
    sha256: row.status === 'COMPLETE' ? (blob?.sha256 ?? row.blobSha256) : null,
    sm3: row.status === 'COMPLETE' ? (blob?.sm3 ?? null) : null,
    mime: row.status === 'COMPLETE' ? (blob?.mime ?? null) : null,
    rejection: row.rejection,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

/** A rejected file: the reason is shown to the uploader (HTTP 400, code VALIDATION). */
export class UploadRejected extends AppError {
  constructor(reason: string) {
    super('VALIDATION', `文件未被接收：${reason}`);
  }
}

export interface FinishDeps {
  database: Database;
  blobStore: BlobStore;
  maxFileBytes: number;
}

const scopeOf = (row: UploadRow): Scope => ({ kind: 'agencies', agencyIds: [row.agencyId] });

async function readHead(file: string): Promise<Uint8Array> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Turns a fully received file into a stored object — only now, with the whole file on disk and
 * its digests final: the content must match the declared kind (magic bytes) and the client's
 * declared digests; then the object is put into the file store, and the `blobs` row, the COMPLETE
 * upload and UPLOAD_COMPLETED are written in one transaction. Any problem rejects the upload
 * (bytes deleted, REJECTED with the reason, UPLOAD_REJECTED) and throws UploadRejected.
 * `removeBytes` deletes the received file (and its tus info); it runs after either outcome.
 */
export async function ingestReceivedFile(
  deps: FinishDeps,
  actor: AuditActor,
  row: UploadRow,
  file: string,
  session: DigestSession,
  removeBytes: () => Promise<void>,
): Promise<UploadView> {
  const { sm3, sha256, bytes } = await session.digests();
  if (bytes !== row.size) throw new Error(`upload ${row.id}: hashed ${bytes} of ${row.size} bytes`);
  const sniffed = sniffFileType(await readHead(file));
  const kind = isFileKind(row.fileKind) ? row.fileKind : null;
  let problem = kind ? checkDeclaredFile(kind, row.size, sniffed, deps.maxFileBytes) : '文件类别无效';
  if (!problem && row.declaredSha256 && row.declaredSha256 !== sha256) {
    problem = '文件的 SHA-256 摘要与上传时声明的不一致（文件在传输中损坏或被改动）';
  }
  if (!problem && row.declaredSm3 && row.declaredSm3 !== sm3) {
    problem = '文件的 SM3 摘要与上传时声明的不一致（文件在传输中损坏或被改动）';
  }
  if (problem || !sniffed || !kind) {
    const reason = problem ?? '无法识别文件类型';
    await rejectUpload(deps.database, actor, row, reason, removeBytes);
    throw new UploadRejected(reason);
  }
  // Object first, rows second: a row never points at a missing object. If the transaction fails,
  // the received file is still there and the next HEAD/PATCH finishes again (the put is idempotent).
  await deps.blobStore.putFile(file, sha256, row.size);
  const completedAt = new Date();
  const blob = await deps.database.tx(scopeOf(row), async (tx) => {
    await recordBlob(tx, {
      sha256,
      sm3,
      size: row.size,
      mime: sniffed.mime,
      fileKind: kind,
      storage: deps.blobStore.kind,
    });
    if (!(await finishUpload(tx, row.id, { status: 'COMPLETE', blobSha256: sha256, completedAt }))) {
      throw conflict('该上传的状态已被其他请求改变');
    }
    await appendAudit(tx, actor, {
      type: 'UPLOAD_COMPLETED',
      subjectType: 'upload',
      subjectId: row.id,
      agencyId: row.agencyId,
      payload: { uploadId: row.id, sha256, sm3, size: row.size },
    });
    return findBlob(tx, sha256);
  });
  await removeBytes();
  return uploadView({ ...row, status: 'COMPLETE', blobSha256: sha256, completedAt }, blob, row.size);
}

/** Deletes the received bytes first, then marks the upload REJECTED with the reason (audited). */
export async function rejectUpload(
  database: Database,
  actor: AuditActor,
  row: UploadRow,
  reason: string,
  removeBytes: () => Promise<void>,
): Promise<void> {
  await removeBytes();
  await database.tx(scopeOf(row), async (tx) => {
    if (!(await finishUpload(tx, row.id, { status: 'REJECTED', rejection: reason }))) return;
    await appendAudit(tx, actor, {
      type: 'UPLOAD_REJECTED',
      subjectType: 'upload',
      subjectId: row.id,
      agencyId: row.agencyId,
      payload: { uploadId: row.id, reason },
    });
  });
}
