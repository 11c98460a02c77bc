import { sm3Hex } from './sm3.js';

/**
 * The audit chain hash, move-compatible with server/src/platform/audit/audit.service.ts `entryHash`
 * (the server is to import it from here): every stored field of an audit entry but its id, as
 * canonical JSON, chained to the previous entry of the same stream (stream = `${subjectType}:${subjectId}`).
 *
 *   hash = SM3_hex(prevHash ‖ "\n" ‖ canonicalJson({stream, seq, eventType, actorUserId, actorName,
 *                   agencyId, subjectType, subjectId, payload, ip, requestId, occurredAt: ISO-8601}))
 *
 * The first entry of a stream has seq 1 and prevHash = 64 zeros.
 */

export const AUDIT_GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryFields {
  stream: string;
  seq: number;
  eventType: string;
  actorUserId: string | null;
  actorName: string | null;
  agencyId: string | null;
  subjectType: string;
  subjectId: string;
  payload: unknown;
  ip: string | null;
  requestId: string | null;
  occurredAt: Date | string;
}

/** A stored audit entry as exported in an evidence package's custody.json. */
export interface AuditEntry extends AuditEntryFields {
  id: number;
  occurredAt: string;
  prevHash: string;
  hash: string;
}

/** Canonical JSON: object keys sorted at every level, undefined members dropped, so a hash never depends on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The text an entry's hash covers (exposed so a verifier can show it). */
export function auditEntryHashInput(prevHash: string, e: AuditEntryFields): string {
  return `${prevHash}\n${canonicalJson({
    stream: e.stream,
    seq: e.seq,
    eventType: e.eventType,
    actorUserId: e.actorUserId,
    actorName: e.actorName,
    agencyId: e.agencyId,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    payload: e.payload,
    ip: e.ip,
    requestId: e.requestId,
    occurredAt: new Date(e.occurredAt).toISOString(),
  })}`;
}

export function auditEntryHash(prevHash: string, e: AuditEntryFields): string {
  return sm3Hex(auditEntryHashInput(prevHash, e));
}
