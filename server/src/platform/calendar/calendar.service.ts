import type { CalendarOverview, CalendarYearInput } from '@zhifa/contracts';
import { type CalendarYear, todayInShanghai, validateCalendarYear, WorkingCalendar, yearOf } from '@zhifa/domain';
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { asc, eq, sql } from 'drizzle-orm';
import { type AuditActor, appendAudit } from '../audit/audit.service';
import type { Database, Tx } from '../db';
import { AppError, notFound } from '../errors';
import { calendarDays, calendarYears } from './calendar.tables';

/** Provenance of the seeded years; chinese-days transcribes the State Council notices. */
const KNOWN_NOTICES: Record<number, string> = {
  2025: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
  2026: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日发布）',
};

export interface CalendarDay {
  date: string;
  kind: 'HOLIDAY' | 'MAKEUP_WORKDAY';
  name: string;
}

/**
 * The working-day calendar kept in the database. Deadlines use this, never a built-in list: a
 * year without a loaded schedule makes working-day arithmetic fail loudly (CalendarNotLoadedError).
 */
export class CalendarService {
  private cache: WorkingCalendar | null = null;

  constructor(private readonly database: Database) {}

  /** Years from chinese-days (2004 onwards), loaded only where the database has none. */
  static bundledYears(): Map<number, CalendarDay[]> {
    const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
    const years = new Map<number, CalendarDay[]>();
    const add = (date: string, kind: CalendarDay['kind'], label: string) => {
      const year = Number(date.slice(0, 4));
      const name = label.split(',')[1] ?? '';
      if (!years.has(year)) years.set(year, []);
      years.get(year)!.push({ date, kind, name });
    };
    for (const [date, label] of Object.entries(data.holidays)) add(date, 'HOLIDAY', label);
    for (const [date, label] of Object.entries(data.workdays)) add(date, 'MAKEUP_WORKDAY', label);
    for (const days of years.values()) days.sort((a, b) => a.date.localeCompare(b.date));
    return years;
  }

  async seedBundled(tx: Tx, actor: AuditActor): Promise<number[]> {
    const existing = new Set((await tx.select({ year: calendarYears.year }).from(calendarYears)).map((r) => r.year));
    const seeded: number[] = [];
    for (const [year, days] of CalendarService.bundledYears()) {
      if (existing.has(year)) continue;
      await this.saveYearIn(
        tx,
        actor,
        year,
        {
          sourceNotice: KNOWN_NOTICES[year] ?? `国务院办公厅关于${year}年部分节假日安排的通知`,
          sourceUrl: '',
          days,
        },
        'SEED',
      );
      seeded.push(year);
    }
    this.cache = null;
    return seeded;
  }

  async calendar(): Promise<WorkingCalendar> {
    if (this.cache) return this.cache;
    const rows = await this.database.tx({ kind: 'all' }, async (tx) => ({
      years: await tx.select({ year: calendarYears.year }).from(calendarYears),
      days: await tx.select().from(calendarDays),
    }));
    const byYear = new Map<number, CalendarYear>(
      rows.years.map((y) => [y.year, { year: y.year, holidays: [], makeupWorkdays: [] }]),
    );
    for (const d of rows.days) {
      const y = byYear.get(d.year)!;
      (d.kind === 'HOLIDAY' ? y.holidays : y.makeupWorkdays).push(d.date);
    }
    this.cache = new WorkingCalendar([...byYear.values()]);
    return this.cache;
  }

  /** Years from last year to next year that have no schedule. */
  async missingYears(now = new Date()): Promise<number[]> {
    const year = yearOf(todayInShanghai(now));
    return (await this.calendar()).missingYears(year - 1, year + 1);
  }

  async overview(canEdit: boolean): Promise<CalendarOverview> {
    const years = await this.database.tx({ kind: 'all' }, (tx) =>
      tx
        .select({
          y: calendarYears,
          holidays: sql<number>`(SELECT count(*)::int FROM ${calendarDays} d WHERE d.year = calendar_years.year AND d.kind = 'HOLIDAY')`,
          makeup: sql<number>`(SELECT count(*)::int FROM ${calendarDays} d WHERE d.year = calendar_years.year AND d.kind = 'MAKEUP_WORKDAY')`,
        })
        .from(calendarYears)
        .orderBy(asc(calendarYears.year)),
    );
    return {
      years: years.map((r) => ({
        year: r.y.year,
        sourceNotice: r.y.sourceNotice,
        sourceUrl: r.y.sourceUrl,
        source: r.y.source,
        loadedAt: r.y.loadedAt.toISOString(),
        holidays: r.holidays,
        makeupWorkdays: r.makeup,
      })),
      missing: await this.missingYears(),
      abilities: { edit: canEdit },
    };
  }

  async year(year: number) {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const [y] = await tx.select().from(calendarYears).where(eq(calendarYears.year, year));
      if (!y) throw notFound(`${year}年节假日安排`);
      const days = await tx
        .select()
        .from(calendarDays)
        .where(eq(calendarDays.year, year))
        .orderBy(asc(calendarDays.date));
      return {
        year,
        sourceNotice: y.sourceNotice,
        sourceUrl: y.sourceUrl,
        source: y.source,
        days: days.map(({ date, kind, name }) => ({ date, kind, name })),
      };
    });
  }

  async saveYear(
    actor: AuditActor,
    year: number,
    input: CalendarYearInput,
    source: 'IMPORT' | 'MANUAL',
  ): Promise<void> {
    await this.database.tx({ kind: 'all' }, (tx) => this.saveYearIn(tx, actor, year, input, source));
    this.cache = null;
  }

  /** Replaces a year's schedule as a whole, after checking it (dates in the year, make-up days on weekends …). */
  private async saveYearIn(
    tx: Tx,
    actor: AuditActor,
    year: number,
    input: CalendarYearInput,
    source: 'SEED' | 'IMPORT' | 'MANUAL',
  ): Promise<void> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new AppError('VALIDATION', '年份应在 2000–2100 之间');
    const schedule: CalendarYear = {
      year,
      holidays: input.days.filter((d) => d.kind === 'HOLIDAY').map((d) => d.date),
      makeupWorkdays: input.days.filter((d) => d.kind === 'MAKEUP_WORKDAY').map((d) => d.date),
    };
    const problems = validateCalendarYear(schedule);
    if (problems.length)
      throw new AppError(
        'VALIDATION',
        problems.join('；'),
        problems.map((m) => ({ path: 'days', message: m })),
      );
    await tx.delete(calendarDays).where(eq(calendarDays.year, year));
    await tx
      .insert(calendarYears)
      .values({
        year,
        sourceNotice: input.sourceNotice,
        sourceUrl: input.sourceUrl || null,
        source,
        loadedBy: actor.userId,
      })
      .onConflictDoUpdate({
        target: calendarYears.year,
        set: {
          sourceNotice: input.sourceNotice,
          sourceUrl: input.sourceUrl || null,
          source,
          loadedAt: new Date(),
          loadedBy: actor.userId,
        },
      });
    await tx
      .insert(calendarDays)
      .values(input.days.map((d) => ({ date: d.date, year, kind: d.kind, name: d.name ?? '' })));
    await appendAudit(tx, actor, {
      type: 'CALENDAR_YEAR_SAVED',
      subjectType: 'calendar',
      subjectId: String(year),
      payload: {
        year,
        notice: input.sourceNotice,
        holidays: schedule.holidays.length,
        makeupWorkdays: schedule.makeupWorkdays.length,
      },
    });
  }
}
