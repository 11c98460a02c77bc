import type { CustodyEventView, RecordFileView, RecordSummary } from '@zhifa/contracts';
import { AUDIT_EVENTS, type AuditEventType } from '../../platform/audit/audit.catalogue';
import type { auditEvents } from '../../platform/audit/audit.tables';
import type { blobs, recordFiles, records } from './records.tables';

export type RecordRow = typeof records.$inferSelect;
export type BlobRow = typeof blobs.$inferSelect;
export type RecordFileRow = typeof recordFiles.$inferSelect;
type AuditRow = typeof auditEvents.$inferSelect;

/** Events that are a look at (or a hand-over of) a record: the access register (调阅记录). */
export const ACCESS_EVENT_TYPES = [
  'RECORD_VIEWED',
  'RECORD_STREAMED',
  'RECORD_DOWNLOADED',
  'RECORD_SHARED',
  'RECORD_EXPORTED',
] as const satisfies readonly AuditEventType[];

const CUSTODY_ACTION: Partial<Record<string, string>> = {
  RECORD_CAPTURED: 'CAPTURE',
  RECORD_CREATED: 'UPLOAD',
  RECORD_VIEWED: 'VIEW',
  RECORD_STREAMED: 'STREAM',
  RECORD_DOWNLOADED: 'DOWNLOAD',
  RECORD_SHARED: 'SHARE',
  RECORD_EXPORTED: 'EXPORT',
  RECORD_METADATA_EDITED: 'METADATA_EDIT',
};

export function eventLabel(type: string): string {
  return (AUDIT_EVENTS as Record<string, { label: string }>)[type]?.label ?? type;
}

/**
 * An original file name as it may be shown: no control or bidirectional-override characters (which
 * can disguise an extension), no path, at most 200 characters. The web app renders it as text.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .trim()
    .slice(0, 200);
  return clean === '.' || clean === '..' ? '' : clean;
}

const EXTENSIONS: Record<string, string[]> = {
  'video/mp4': ['mp4', 'm4v'],
  'video/quicktime': ['mov'],
  'video/x-msvideo': ['avi'],
  'video/x-matroska': ['mkv'],
  'video/webm': ['webm'],
  'audio/mpeg': ['mp3'],
  'audio/wav': ['wav'],
  'audio/x-wav': ['wav'],
  'audio/mp4': ['m4a'],
  'audio/ogg': ['ogg', 'oga'],
  'audio/amr': ['amr'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/tiff': ['tif', 'tiff'],
  'application/pdf': ['pdf'],
  'application/ofd': ['ofd'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
};

/**
 * The name a download is saved under: the original name, with the extension of the type the
 * server sniffed appended when the original one does not match — so a file declared `x.html`
 * whose bytes are a video is saved as `x.html.mp4`, never opened as a web page.
 */
export function downloadName(originalName: string, mime: string, sha256: string): string {
  const name = safeFileName(originalName) || sha256.slice(0, 16);
  const exts = EXTENSIONS[mime];
  if (!exts) return name;
  const ext = name.includes('.') ? name.split('.').pop()!.toLowerCase() : '';
  return exts.includes(ext) ? name : `${name}.${exts[0]}`;
}

/** RFC 6266 / RFC 5987 Content-Disposition: an ASCII fallback and the UTF-8 name percent-encoded. */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_') || 'file';
  const encoded = encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function fileView(recordId: string, f: RecordFileRow, b: BlobRow): RecordFileView {
  const base = `/api/records/${recordId}/files/${f.id}`;
  return {
    id: f.id,
    sha256: b.sha256,
    sm3: b.sm3,
    size: b.size,
    mime: b.mime,
    fileKind: b.fileKind,
    originalName: safeFileName(f.originalName),
    fixityStatus: b.disposedAt ? 'DISPOSED' : b.fixityStatus,
    lastFixityAt: b.lastFixityAt?.toISOString() ?? null,
    contentUrl: `${base}/content`,
    downloadUrl: `${base}/download`,
  };
}

/** The integrity of a record from the fixity status of its (not disposed) files. */
export function integrityOf(statuses: string[]): RecordSummary['integrity'] {
  if (statuses.some((s) => s === 'MISMATCH' || s === 'MISSING')) return 'MISMATCH';
  if (statuses.some((s) => s === 'UNCHECKED')) return 'UNCHECKED';
  return 'OK';
}

function payloadText(payload: unknown, key: string): string | null {
  const v = (payload as Record<string, unknown> | null)?.[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

/** One custody event of the record's audit stream, as shown on the timeline. */
export function custodyView(e: AuditRow): CustodyEventView {
  const reason = payloadText(e.payload, 'reason') ?? payloadText(e.payload, 'note');
  const to = payloadText(e.payload, 'to');
  return {
    id: e.id,
    action: CUSTODY_ACTION[e.eventType] ?? e.eventType.replace(/^RECORD_/, ''),
    label: eventLabel(e.eventType),
    actorName: e.actorName,
    ip: e.ip,
    reason: to ? `共享给：${to}${reason ? `；${reason}` : ''}` : reason,
    occurredAt: e.occurredAt.toISOString(),
    hash: e.hash,
  };
}

export function summaryView(
  r: RecordRow,
  extra: { agencyName: string; fileCount: number; totalSize: number; integrity: RecordSummary['integrity'] },
): RecordSummary {
  return {
    id: r.id,
    agencyId: r.agencyId,
    agencyName: extra.agencyName,
    kind: r.kind,
    title: r.title,
    ownerType: r.ownerType,
    ownerId: r.ownerId,
    fileCount: extra.fileCount,
    totalSize: extra.totalSize,
    retentionClass: r.retentionClass,
    legalHold: r.legalHold,
    restricted: r.restricted,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    integrity: extra.integrity,
  };
}
