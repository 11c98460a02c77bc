import { bigserial, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit ledger. Each row is chained to the previous row of the same stream by SM3.
 * The application role has no UPDATE/DELETE/TRUNCATE on it and a trigger refuses both anyway.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    stream: text('stream').notNull(),
    seq: integer('seq').notNull(),
    eventType: text('event_type').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    agencyId: uuid('agency_id'),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    payload: jsonb('payload').notNull(),
    ip: text('ip'),
    requestId: text('request_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    unique('audit_events_stream_seq').on(t.stream, t.seq),
    index('audit_events_occurred_idx').on(t.occurredAt),
    index('audit_events_type_idx').on(t.eventType, t.occurredAt),
    index('audit_events_actor_idx').on(t.actorUserId, t.occurredAt),
    index('audit_events_subject_idx').on(t.subjectType, t.subjectId),
  ],
);

/** The head of each chain, locked while appending so that two writers never fork a stream. */
export const auditStreamHeads = pgTable('audit_stream_heads', {
  stream: text('stream').primaryKey(),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
});
