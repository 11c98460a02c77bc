// Audit chains built in memory for new streams, exactly as appendAudit would have appended them one by one:
// seq from 1, prev_hash from the genesis hash, hash = auditEntryHash (@zhifa/ledger), payloads checked by the
// catalogue's Zod schemas in tests (here trusted for speed), and the stream head written last.
import { AUDIT_GENESIS_HASH, auditEntryHash } from '@zhifa/ledger';
import type { AuditEventType, AuditPayload } from '../server/src/platform/audit/audit.catalogue';
import type { Batch } from './generate-copy';

/** Who acted: a user (id, display name) or the system. */
export interface AuditActorLite {
  id: string | null;
  name: string | null;
}

export const SYSTEM: AuditActorLite = { id: null, name: '系统' };

/** One stream (`${subjectType}:${subjectId}`) being appended to inside a batch. */
export class AuditStream {
  readonly stream: string;
  seq = 0;
  hash = AUDIT_GENESIS_HASH;

  constructor(
    private readonly batch: Batch,
    readonly subjectType: string,
    readonly subjectId: string,
  ) {
    this.stream = `${subjectType}:${subjectId}`;
  }

  append<T extends AuditEventType>(
    type: T,
    actor: AuditActorLite,
    agencyId: string | null,
    payload: AuditPayload<T>,
    occurredAt: Date,
  ): void {
    const seq = this.seq + 1;
    const fields = {
      stream: this.stream,
      seq,
      eventType: type,
      actorUserId: actor.id,
      actorName: actor.name,
      agencyId,
      subjectType: this.subjectType,
      subjectId: this.subjectId,
      payload,
      ip: null,
      requestId: null,
      occurredAt,
    };
    const hash = auditEntryHash(this.hash, fields);
    this.batch.add('audit_events', [
      this.stream,
      seq,
      type,
      actor.id,
      actor.name,
      agencyId,
      this.subjectType,
      this.subjectId,
      { json: payload },
      null,
      null,
      occurredAt,
      this.hash,
      hash,
    ]);
    this.seq = seq;
    this.hash = hash;
  }

  /** The chain head (audit_stream_heads), written once the stream's entries are in the batch. */
  close(): void {
    if (this.seq > 0) this.batch.add('audit_stream_heads', [this.stream, this.seq, this.hash]);
  }
}
