import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Content-addressed objects (by SHA-256) in the file store, with their SM3 digest. An object is
 * written once and never overwritten; it is removed only by an approved disposal (tombstone kept).
 */
export const blobs = pgTable('blobs', {
  sha256: text('sha256').primaryKey(),
  sm3: text('sm3').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mime: text('mime').notNull(),
  fileKind: text('file_kind', { enum: ['VIDEO', 'AUDIO', 'IMAGE', 'PDF', 'OFD', 'WORD', 'HTML'] }).notNull(),
  storage: text('storage', { enum: ['LOCAL', 'S3'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  lastFixityAt: timestamp('last_fixity_at', { withTimezone: true, mode: 'date' }),
  fixityStatus: text('fixity_status', { enum: ['UNCHECKED', 'OK', 'MISMATCH', 'MISSING'] })
    .notNull()
    .default('UNCHECKED'),
  disposedAt: timestamp('disposed_at', { withTimezone: true, mode: 'date' }),
});

/**
 * Resumable upload sessions (tus). The record is created only after the whole file is stored and
 * its digests are final; an abandoned session expires and its bytes are removed.
 */
export const uploads = pgTable(
  'uploads',
  {
    id: text('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    createdBy: uuid('created_by').notNull(),
    fileKind: text('file_kind').notNull(),
    originalName: text('original_name').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    declaredSha256: text('declared_sha256'),
    declaredSm3: text('declared_sm3'),
    status: text('status', { enum: ['RECEIVING', 'COMPLETE', 'REJECTED', 'EXPIRED'] }).notNull(),
    rejection: text('rejection'),
    blobSha256: text('blob_sha256'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index().on(t.agencyId, t.createdBy), index().on(t.status, t.expiresAt)],
);

/**
 * A record of the full-process recording system: evidence (证据) or an audio-video record (音像记录).
 * It belongs to an owner by id (a case, an inspection, a coercive measure …) so later modules attach
 * to it without changing this one. Metadata lives in versions; the row holds what changes by rule.
 */
export const records = pgTable(
  'records',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    kind: text('kind', { enum: ['EVIDENCE', 'AV_RECORD'] }).notNull(),
    ownerType: text('owner_type').notNull(),
    ownerId: text('owner_id').notNull(),
    title: text('title').notNull(),
    currentVersion: integer('current_version').notNull(),
    retentionClass: text('retention_class').notNull(),
    retainUntil: date('retain_until', { mode: 'string' }),
    legalHold: boolean('legal_hold').notNull().default(false),
    legalHoldReason: text('legal_hold_reason'),
    isPublic: boolean('is_public').notNull().default(false),
    restricted: boolean('restricted').notNull().default(false),
    status: text('status', { enum: ['ACTIVE', 'DISPOSED'] })
      .notNull()
      .default('ACTIVE'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.agencyId, t.createdAt), index().on(t.ownerType, t.ownerId)],
);

/** Every metadata version of a record; an edit adds a version, old versions stay. Append-only. */
export const recordVersions = pgTable(
  'record_versions',
  {
    id: uuid('id').primaryKey(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id),
    agencyId: uuid('agency_id').notNull(),
    version: integer('version').notNull(),
    metadata: jsonb('metadata').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [unique('record_versions_record_version').on(t.recordId, t.version)],
);

/** Files of a record (by content address). The original name is kept only as escaped metadata. */
export const recordFiles = pgTable(
  'record_files',
  {
    id: uuid('id').primaryKey(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id),
    agencyId: uuid('agency_id').notNull(),
    blobSha256: text('blob_sha256')
      .notNull()
      .references(() => blobs.sha256),
    originalName: text('original_name').notNull(),
    addedBy: uuid('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.recordId), index().on(t.blobSha256)],
);

/** Disposal of a record: requested by one person, approved by a different one; a legal hold blocks it. */
export const disposalRequests = pgTable(
  'disposal_requests',
  {
    id: uuid('id').primaryKey(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => records.id),
    agencyId: uuid('agency_id').notNull(),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    status: text('status', { enum: ['PENDING', 'EXECUTED', 'REJECTED'] }).notNull(),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    decisionNote: text('decision_note'),
  },
  (t) => [index().on(t.agencyId, t.status)],
);

/** What remains of a disposed record: digests, who, when, why. Append-only. */
export const recordTombstones = pgTable('record_tombstones', {
  recordId: uuid('record_id')
    .primaryKey()
    .references(() => records.id),
  agencyId: uuid('agency_id').notNull(),
  files: jsonb('files').notNull(),
  reason: text('reason').notNull(),
  requestedBy: uuid('requested_by').notNull(),
  approvedBy: uuid('approved_by').notNull(),
  disposedAt: timestamp('disposed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** 执法记录仪 and other recording equipment. */
export const devices = pgTable(
  'devices',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    type: text('type', { enum: ['BODY_CAM', 'CAMERA', 'AUDIO', 'CCTV', 'VEHICLE_CAM', 'MOBILE_TERMINAL'] }).notNull(),
    serialNo: text('serial_no').notNull().unique(),
    model: text('model').notNull().default(''),
    ownerUnitId: uuid('owner_unit_id'),
    custodianOfficerId: uuid('custodian_officer_id'),
    status: text('status', { enum: ['AVAILABLE', 'CHECKED_OUT', 'REPAIR', 'RETIRED'] })
      .notNull()
      .default('AVAILABLE'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.agencyId)],
);

/** The device use ledger (使用登记): who took it, when, for what, returned when. */
export const deviceLoans = pgTable(
  'device_loans',
  {
    id: uuid('id').primaryKey(),
    deviceId: uuid('device_id')
      .notNull()
      .references(() => devices.id),
    agencyId: uuid('agency_id').notNull(),
    officerId: uuid('officer_id').notNull(),
    purpose: text('purpose').notNull(),
    checkedOutAt: timestamp('checked_out_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    checkedOutBy: uuid('checked_out_by').notNull(),
    returnedAt: timestamp('returned_at', { withTimezone: true, mode: 'date' }),
    returnNote: text('return_note'),
  },
  (t) => [index().on(t.deviceId, t.checkedOutAt)],
);
