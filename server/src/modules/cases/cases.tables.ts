import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * A case (案件) of any procedure: penalty (general / on-the-spot), coercive measure, coercive execution, licence,
 * inspection, criminal transfer. `state` changes only through CasesService.act, which compares-and-sets `version`.
 * `facts` holds the structured facts the procedure's guards read (violation dates, notices, hearing, decision …);
 * dates the law computes (deadlines) live in case_clocks, never in facts supplied by a client.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    unitId: uuid('unit_id'),
    procedure: text('procedure').notNull(),
    state: text('state').notNull(),
    version: integer('version').notNull().default(1),
    /** 案件编号, assigned at registration, gapless per agency, year and procedure kind. */
    caseNumber: text('case_number').notNull(),
    /** 案由 */
    cause: text('cause').notNull(),
    source: text('source').notNull(),
    sourceDetail: text('source_detail').notNull().default(''),
    clueReceivedOn: date('clue_received_on', { mode: 'string' }).notNull(),
    matterCode: text('matter_code'),
    category: text('category').notNull(),
    region: text('region').notNull(),
    facts: jsonb('facts').notNull().default({}),
    /** Names of the parties (natural persons masked) for lists and search. */
    partySummary: text('party_summary').notNull().default(''),
    /** The earliest running deadline, kept with the clocks, for "my cases by urgency". */
    nextDueOn: date('next_due_on', { mode: 'string' }),
    nextDueRule: text('next_due_rule'),
    closedOn: date('closed_on', { mode: 'string' }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex().on(t.agencyId, t.caseNumber),
    index().on(t.agencyId, t.updatedAt),
    index().on(t.agencyId, t.nextDueOn),
    index().on(t.unitId, t.nextDueOn),
  ],
);

/** 当事人 and their agents. Identity numbers and phones are SM4-encrypted with a keyed blind index (as officers). */
export const caseParties = pgTable(
  'case_parties',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    agencyId: uuid('agency_id').notNull(),
    kind: text('kind').notNull(),
    /** An agent (委托代理人) names the party they act for. */
    agentFor: uuid('agent_for'),
    /** 授权委托书: what the agent may do (一般代理 / 特别授权 …). */
    agentScope: text('agent_scope'),
    name: text('name').notNull(),
    gender: text('gender'),
    birthDate: date('birth_date', { mode: 'string' }),
    idType: text('id_type'),
    idNumberEnc: text('id_number_enc'),
    idNumberIndex: text('id_number_index'),
    idNumberMasked: text('id_number_masked'),
    /** 统一社会信用代码: public register data, stored plain. */
    creditCode: text('credit_code'),
    legalRepresentative: text('legal_representative'),
    address: text('address').notNull().default(''),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    /** 送达地址确认书: address, channels, e-service consent, signed on. */
    serviceAddress: jsonb('service_address'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId), index().on(t.agencyId, t.idNumberIndex), index().on(t.agencyId, t.creditCode)],
);

/** Officers on a case with their role (承办, 协办, 听证主持人, 记录人). */
export const caseOfficers = pgTable(
  'case_officers',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    officerId: uuid('officer_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    role: text('role').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.officerId, t.role] }), index().on(t.officerId)],
);

/** The case timeline: every action that changed (or kept) the state. Append-only; `seq` is gapless per case. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    agencyId: uuid('agency_id').notNull(),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    payload: jsonb('payload').notNull().default({}),
  },
  (t) => [
    uniqueIndex().on(t.caseId, t.seq),
    // A reviewer's earlier approvals, counted on every action they take (cases.snapshot.ts actorOfficerOf).
    index('case_events_review_approved_by').on(t.actorUserId).where(sql`action = 'review_approved'`),
  ],
);

/** A legal clock of a case, named by its rule ID (CLOCK_RULES), with its pauses and approved extensions. */
export const caseClocks = pgTable(
  'case_clocks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    agencyId: uuid('agency_id').notNull(),
    rule: text('rule').notNull(),
    trigger: text('trigger').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Null for clocks without a fixed due date (APL-72-1 surcharge). */
    dueOn: date('due_on', { mode: 'string' }),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }),
    kind: text('kind', { enum: ['DEADLINE', 'EARLIEST'] }).notNull(),
    status: text('status', { enum: ['RUNNING', 'PAUSED', 'STOPPED'] }).notNull(),
    pauses: jsonb('pauses').notNull().default([]),
    extensions: jsonb('extensions').notNull().default([]),
    stoppedOn: date('stopped_on', { mode: 'string' }),
    /**
     * The due date crosses a year whose holiday schedule is not loaded yet: computed with weekends only and
     * recomputed by the clock job once the State Council notice is loaded (TIME-CAL).
     */
    provisional: boolean('provisional').notNull().default(false),
    /** The highest alert level raised so far (so a level is raised once). */
    alertLevel: text('alert_level', { enum: ['OK', 'DUE_SOON', 'DUE_TODAY', 'OVERDUE'] })
      .notNull()
      .default('OK'),
  },
  (t) => [index().on(t.caseId), index('case_clocks_running_due').on(t.dueOn).where(sql`status = 'RUNNING'`)],
);

/** Alerts raised by the clock job (lead time and expiry), shown to the case's officers and unit head. */
export const caseAlerts = pgTable(
  'case_alerts',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    agencyId: uuid('agency_id').notNull(),
    unitId: uuid('unit_id'),
    clockId: uuid('clock_id').notNull(),
    rule: text('rule').notNull(),
    level: text('level', { enum: ['DUE_SOON', 'DUE_TODAY', 'OVERDUE'] }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.clockId, t.level), index().on(t.agencyId, t.raisedAt)],
);

/** Evidence and audio-video records linked to a case, with the activity they document. */
export const caseRecordLinks = pgTable(
  'case_record_links',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    recordId: uuid('record_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    activity: text('activity').notNull(),
    linkedBy: uuid('linked_by').notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.recordId, t.activity] })],
);

/** A recorded reason why a mandatory-AV activity has no recording, approved by a head (REC-AV-FULL). */
export const caseAvExemptions = pgTable(
  'case_av_exemptions',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    agencyId: uuid('agency_id').notNull(),
    activity: text('activity').notNull(),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    approvedBy: uuid('approved_by'),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index().on(t.caseId)],
);

/**
 * Gapless counters: case numbers and document numbers (文号) per agency, year and kind. A number is taken under
 * the row's lock inside the transaction that uses it, so a rollback returns it and no two transactions share one.
 */
export const numberSequences = pgTable(
  'number_sequences',
  {
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.year, t.kind] })],
);

/** Marks a case flagged for legal review (APL-58 / review catalogue) and why. */
export const caseReviewFlags = pgTable('case_review_flags', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  agencyId: uuid('agency_id').notNull(),
  reasons: jsonb('reasons').notNull(),
  flaggedAt: timestamp('flagged_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  acknowledged: boolean('acknowledged').notNull().default(false),
});
