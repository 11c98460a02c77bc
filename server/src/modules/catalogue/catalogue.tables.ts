import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/** The law library: laws, regulations and rules (public data, not agency-scoped). */
export const laws = pgTable('laws', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull().unique(),
  shortName: text('short_name').notNull(),
  level: text('level').notNull(),
  issuer: text('issuer').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** One version of a law with its effective period (APL-37 picks between versions). Append-only. */
export const lawVersions = pgTable(
  'law_versions',
  {
    id: uuid('id').primaryKey(),
    lawId: uuid('law_id')
      .notNull()
      .references(() => laws.id),
    label: text('label').notNull(),
    issuingDocument: text('issuing_document').notNull(),
    promulgatedOn: date('promulgated_on', { mode: 'string' }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveUntil: date('effective_until', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [unique('law_versions_law_from').on(t.lawId, t.effectiveFrom)],
);

/** Articles (paragraph, item) of a law version. Append-only: corrections come as a new version. */
export const lawProvisions = pgTable(
  'law_provisions',
  {
    id: uuid('id').primaryKey(),
    lawVersionId: uuid('law_version_id')
      .notNull()
      .references(() => lawVersions.id),
    article: integer('article').notNull(),
    paragraph: integer('paragraph'),
    item: integer('item'),
    text: text('text').notNull(),
  },
  (t) => [unique('law_provisions_position').on(t.lawVersionId, t.article, t.paragraph, t.item).nullsNotDistinct()],
);

/**
 * One version of one list of one agency (执法事项清单, 裁量基准, 服务指南 …). Entries are JSON validated
 * by the list type's schema. Published versions are immutable (trigger); a correction is a new version.
 */
export const catalogueLists = pgTable(
  'catalogue_lists',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    listType: text('list_type').notNull(),
    version: integer('version').notNull(),
    status: text('status', {
      enum: ['DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED', 'PUBLISHED', 'SUPERSEDED'],
    }).notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    entries: jsonb('entries').notNull(),
    entryCount: integer('entry_count').notNull(),
    contentHash: text('content_hash'),
    changeReason: text('change_reason').notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    reviewedBy: uuid('reviewed_by'),
    reviewedByName: text('reviewed_by_name'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    publishedBy: uuid('published_by'),
    publishedByName: text('published_by_name'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    supersededAt: timestamp('superseded_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [unique('catalogue_lists_version').on(t.agencyId, t.listType, t.version), index().on(t.listType, t.status)],
);

/** Workflow comments (submit, return, approve, publish). Append-only. */
export const catalogueComments = pgTable(
  'catalogue_comments',
  {
    id: uuid('id').primaryKey(),
    listId: uuid('list_id')
      .notNull()
      .references(() => catalogueLists.id),
    agencyId: uuid('agency_id').notNull(),
    action: text('action').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.listId)],
);

/** Search index over the published entries (Chinese tokenised with jieba, space-joined). */
export const catalogueSearch = pgTable(
  'catalogue_search',
  {
    listId: uuid('list_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    listType: text('list_type').notNull(),
    entryCode: text('entry_code').notNull(),
    title: text('title').notNull(),
    tokens: text('tokens').notNull(),
  },
  (t) => [unique('catalogue_search_entry').on(t.listId, t.entryCode), index().on(t.agencyId, t.listType)],
);

/** A list import checked row by row before it is applied to a draft (progress for large files). */
export const catalogueImports = pgTable('catalogue_imports', {
  id: uuid('id').primaryKey(),
  agencyId: uuid('agency_id').notNull(),
  listType: text('list_type').notNull(),
  createdBy: uuid('created_by').notNull(),
  status: text('status', { enum: ['CHECKING', 'CHECKED', 'APPLIED', 'FAILED'] }).notNull(),
  fileName: text('file_name').notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  checkedRows: integer('checked_rows').notNull().default(0),
  entries: jsonb('entries').notNull().default([]),
  errors: jsonb('errors').notNull().default([]),
  failure: text('failure'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  appliedAt: timestamp('applied_at', { withTimezone: true, mode: 'date' }),
});
