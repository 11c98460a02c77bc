import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * 执法人员. The ID and phone numbers are stored SM4-encrypted with a keyed SM3 blind index for exact
 * lookup; the masked form is stored beside them so that lists never decrypt.
 * Row-level security scopes every row to the agencies the current user may see.
 */
export const officers = pgTable(
  'officers',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    unitId: uuid('unit_id'),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['M', 'F'] }).notNull(),
    idNumberEnc: text('id_number_enc').notNull(),
    idNumberIndex: text('id_number_index').notNull().unique(),
    idNumberMasked: text('id_number_masked').notNull(),
    phoneEnc: text('phone_enc'),
    phoneMasked: text('phone_masked'),
    post: text('post').notNull().default(''),
    isLegalReviewer: boolean('is_legal_reviewer').notNull().default(false),
    legalQualificationNo: text('legal_qualification_no'),
    employmentStatus: text('employment_status', { enum: ['ACTIVE', 'LEFT'] })
      .notNull()
      .default('ACTIVE'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.agencyId, t.name), index().on(t.unitId)],
);

/** 行政执法证. The status changes only through certificate_events, which keep every step. */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    agencyId: uuid('agency_id').notNull(),
    number: text('number').notNull().unique(),
    type: text('type', { enum: ['NATIONAL_UNIFORM', 'MINISTRY_SECTOR'] }).notNull(),
    issuer: text('issuer').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    categories: text('categories').array().notNull(),
    regions: text('regions').array().notNull(),
    status: text('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.officerId), index().on(t.agencyId, t.status)],
);

/** Full history of a certificate: issue and every status change, each with its reason. Append-only. */
export const certificateEvents = pgTable(
  'certificate_events',
  {
    id: uuid('id').primaryKey(),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    agencyId: uuid('agency_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.certificateId, t.occurredAt)],
);

/** Training hours (TRAIN-60: 60 class hours a year). */
export const trainingRecords = pgTable(
  'training_records',
  {
    id: uuid('id').primaryKey(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => officers.id),
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    course: text('course').notNull(),
    hours: numeric('hours', { precision: 5, scale: 1 }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    provider: text('provider').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.officerId, t.year), index().on(t.agencyId, t.year)],
);

/** A roster import checked but not yet confirmed: nothing reaches `officers` until confirmation. */
export const rosterImports = pgTable('roster_imports', {
  id: uuid('id').primaryKey(),
  agencyId: uuid('agency_id').notNull(),
  createdBy: uuid('created_by').notNull(),
  status: text('status', { enum: ['CHECKING', 'CHECKED', 'CONFIRMED', 'FAILED'] }).notNull(),
  fileName: text('file_name').notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  checkedRows: integer('checked_rows').notNull().default(0),
  validRows: jsonb('valid_rows').notNull().default([]),
  errors: jsonb('errors').notNull().default([]),
  failure: text('failure'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
});
