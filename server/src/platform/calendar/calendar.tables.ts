import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One row per year whose State Council schedule is loaded, with its provenance. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  sourceNotice: text('source_notice').notNull(),
  sourceUrl: text('source_url'),
  source: text('source', { enum: ['SEED', 'IMPORT', 'MANUAL'] }).notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  loadedBy: uuid('loaded_by'),
});

/** Only exceptions are stored: statutory rest days and make-up working days. */
export const calendarDays = pgTable(
  'calendar_days',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    year: integer('year')
      .notNull()
      .references(() => calendarYears.year),
    kind: text('kind', { enum: ['HOLIDAY', 'MAKEUP_WORKDAY'] }).notNull(),
    name: text('name').notNull().default(''),
  },
  (t) => [index().on(t.year)],
);
