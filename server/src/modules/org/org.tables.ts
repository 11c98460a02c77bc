import { boolean, date, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** GB/T 2260 administrative divisions used by the deployment. */
export const regions = pgTable('regions', {
  code: varchar('code', { length: 6 }).primaryKey(),
  name: text('name').notNull(),
  parentCode: varchar('parent_code', { length: 6 }),
  level: integer('level').notNull(),
});

/** 执法主体: an agency that enforces in its own name, or an entrusted organisation (APL Art. 20). */
export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull().unique(),
    shortName: text('short_name').notNull(),
    creditCode: varchar('credit_code', { length: 18 }),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    kind: text('kind', { enum: ['ADMIN_ORGAN', 'AUTHORISED_ORG', 'ENTRUSTED_ORG'] }).notNull(),
    sector: text('sector').notNull(),
    isSupervisor: boolean('is_supervisor').notNull().default(false),
    parentId: uuid('parent_id'),
    entrustingAgencyId: uuid('entrusting_agency_id'),
    entrustmentScope: text('entrustment_scope'),
    entrustmentFrom: date('entrustment_from', { mode: 'string' }),
    entrustmentUntil: date('entrustment_until', { mode: 'string' }),
    legalReviewUnitId: uuid('legal_review_unit_id'),
    address: text('address').notNull().default(''),
    postcode: text('postcode').notNull().default(''),
    phone: text('phone').notNull().default(''),
    website: text('website').notNull().default(''),
    supervisionPhone: text('supervision_phone').notNull().default(''),
    complaintChannel: text('complaint_channel').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.regionCode), index().on(t.parentId)],
);

/** Internal units (内设机构) of an agency, including its legal-review unit. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['ENFORCEMENT', 'LEGAL_REVIEW', 'OFFICE', 'OTHER'] }).notNull(),
    phone: text('phone').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index().on(t.agencyId)],
);
