/**
 * The working-day calendar (DOMAIN §10).
 *
 * Working days and rest days depend on the State Council's annual holiday notice (TIME-WD-DEF; HOL Arts. 3, 6, 7),
 * which is published around November for the next year. Holidays must be loaded as data, never derived from the
 * lunar calendar. A year that has not been loaded makes every working-day computation touching it fail with
 * `CalendarNotLoadedError`: silently falling back to "weekends only" would produce wrong statutory deadlines.
 */
import {
  addDays,
  compareDates,
  dayOfWeek,
  type IsoDate,
  isValidIsoDate,
  isWeekend,
  maxDate,
  toEpochDay,
  yearOf,
} from './dates.js';

export interface CalendarYear {
  year: number;
  /** Statutory rest days of the State Council schedule, including 调休 rest days that fall on weekdays. */
  holidays: IsoDate[];
  /** Weekend days the schedule designates as working days (调休上班). */
  makeupWorkdays: IsoDate[];
  /** Provenance, e.g. the notice number 国办发明电〔2024〕12号. */
  source?: string;
}

export type DayKind = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'MAKEUP_WORKDAY';

export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export class CalendarNotLoadedError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(`${year}年节假日安排尚未导入，无法计算工作日`);
    this.name = 'CalendarNotLoadedError';
    this.year = year;
  }
}

export class InvalidCalendarError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`节假日安排数据有误：${problems.join('；')}`);
    this.name = 'InvalidCalendarError';
    this.problems = problems;
  }
}

/** Problems (in Chinese) with one year's schedule; empty when it is consistent. */
export function validateCalendarYear(y: CalendarYear): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(y.year) || y.year < 1 || y.year > 9999) {
    problems.push(`年份无效：${y.year}`);
    return problems;
  }
  const check = (dates: IsoDate[], listName: string): Set<IsoDate> => {
    const seen = new Set<IsoDate>();
    for (const d of dates) {
      if (!isValidIsoDate(d)) {
        problems.push(`${listName}中的日期格式无效：${String(d)}`);
        continue;
      }
      if (yearOf(d) !== y.year) problems.push(`${listName}中的日期 ${d} 不在${y.year}年内`);
      if (seen.has(d)) problems.push(`${listName}中的日期 ${d} 重复`);
      seen.add(d);
    }
    return seen;
  };
  const holidays = check(y.holidays, '放假日');
  const makeups = check(y.makeupWorkdays, '调休上班日');
  for (const d of makeups) {
    if (!isWeekend(d)) problems.push(`调休上班日 ${d} 不是周六或周日`);
    if (holidays.has(d)) problems.push(`日期 ${d} 同时出现在放假日和调休上班日中`);
  }
  return problems;
}

/** Builds a CalendarYear from a flat list of special days (e.g. rows of a database table). */
export function calendarYearFromDays(
  year: number,
  days: { date: IsoDate; kind: 'HOLIDAY' | 'MAKEUP_WORKDAY' }[],
): CalendarYear {
  const pick = (kind: 'HOLIDAY' | 'MAKEUP_WORKDAY') =>
    [...new Set(days.filter((d) => d.kind === kind).map((d) => d.date))].sort();
  return { year, holidays: pick('HOLIDAY'), makeupWorkdays: pick('MAKEUP_WORKDAY') };
}

function requirePositiveInteger(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be an integer >= 1: ${n}`);
}

function requireNonNegativeInteger(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be an integer >= 0: ${n}`);
}

export class WorkingCalendar {
  private readonly special = new Map<number, Map<IsoDate, 'HOLIDAY' | 'MAKEUP_WORKDAY'>>();

  /** Throws InvalidCalendarError when a year is inconsistent or given twice. */
  constructor(years: CalendarYear[]) {
    const problems: string[] = [];
    for (const y of years) {
      const p = validateCalendarYear(y);
      if (this.special.has(y.year)) p.push(`${y.year}年的节假日安排重复导入`);
      if (p.length > 0) {
        problems.push(...p);
        continue;
      }
      const days = new Map<IsoDate, 'HOLIDAY' | 'MAKEUP_WORKDAY'>();
      for (const d of y.holidays) days.set(d, 'HOLIDAY');
      for (const d of y.makeupWorkdays) days.set(d, 'MAKEUP_WORKDAY');
      this.special.set(y.year, days);
    }
    if (problems.length > 0) throw new InvalidCalendarError(problems);
  }

  /**
   * A copy in which each given year that is not loaded counts weekends only (no holidays, no make-up days). Only
   * for provisional dates before the State Council publishes the year's schedule: such a date is never final.
   */
  withWeekendOnlyYears(years: readonly number[]): WorkingCalendar {
    const c = new WorkingCalendar([]);
    for (const [y, m] of this.special) c.special.set(y, m);
    for (const y of years) if (!c.special.has(y)) c.special.set(y, new Map());
    return c;
  }

  coveredYears(): number[] {
    return [...this.special.keys()].sort((a, b) => a - b);
  }

  covers(year: number): boolean {
    return this.special.has(year);
  }

  /** Years in [from, to] whose schedule is not loaded. */
  missingYears(from: number, to: number): number[] {
    const missing: number[] = [];
    for (let y = from; y <= to; y++) if (!this.covers(y)) missing.push(y);
    return missing;
  }

  /** Throws CalendarNotLoadedError when d's year is not loaded. */
  dayKind(d: IsoDate): DayKind {
    const year = yearOf(d);
    const days = this.special.get(year);
    if (!days) throw new CalendarNotLoadedError(year);
    const kind = days.get(d);
    if (kind) return kind;
    const w = dayOfWeek(d);
    return w === 0 || w === 6 ? 'WEEKEND' : 'WORKDAY';
  }

  /** TIME-WD-DEF: weekdays that are not holidays, plus make-up weekend days. */
  isWorkingDay(d: IsoDate): boolean {
    const k = this.dayKind(d);
    return k === 'WORKDAY' || k === 'MAKEUP_WORKDAY';
  }

  /** TIME-REST-DAYS: ordinary weekends and holidays are rest days; a make-up Saturday is not. */
  isRestDay(d: IsoDate): boolean {
    return !this.isWorkingDay(d);
  }

  nextWorkingDayOnOrAfter(d: IsoDate): IsoDate {
    let cur = d;
    while (!this.isWorkingDay(cur)) cur = addDays(cur, 1);
    return cur;
  }

  nextWorkingDayAfter(d: IsoDate): IsoDate {
    return this.nextWorkingDayOnOrAfter(addDays(d, 1));
  }

  /**
   * TIME-START + TIME-WD-DEF: the start day is not counted; the result is the n-th working day after `start`.
   * Working-day periods end on a working day by construction, so no roll-over applies (§10.4).
   */
  addWorkingDays(start: IsoDate, n: number): IsoDate {
    requirePositiveInteger(n, 'Working days');
    let cur = start;
    for (let i = 0; i < n; i++) cur = this.nextWorkingDayAfter(cur);
    return cur;
  }

  /**
   * TIME-START: day 1 is the day after `start`. TIME-ROLL (CPL Art. 85 para 3; CC Art. 203): when the last day is
   * a rest day and `rollOver` is set, the period ends on the first working day after it. Without roll-over the
   * calendar is not consulted at all.
   */
  addCalendarDays(start: IsoDate, n: number, opts: { rollOver: boolean }): IsoDate {
    requireNonNegativeInteger(n, 'Calendar days');
    const end = addDays(start, n);
    return opts.rollOver ? this.rollOver(end) : end;
  }

  /** TIME-ROLL on an already computed last day. */
  rollOver(lastDay: IsoDate): IsoDate {
    return this.isRestDay(lastDay) ? this.nextWorkingDayAfter(lastDay) : lastDay;
  }

  /** Working days in (from, to]: `from` excluded, `to` included; 0 when to <= from. */
  countWorkingDaysBetween(from: IsoDate, to: IsoDate): number {
    let count = 0;
    for (let cur = addDays(from, 1); compareDates(cur, to) <= 0; cur = addDays(cur, 1)) {
      if (this.isWorkingDay(cur)) count++;
    }
    return count;
  }

  /**
   * ACL Art. 25 / §10.3 ex.6: a calendar-day period that does not run while it is paused (e.g. testing,
   * quarantine or appraisal time during a seizure). Counting starts the day after `start` (TIME-START); every
   * pause day that falls inside the running period is skipped and so extends the deadline by one day. Pause
   * ranges are inclusive, may overlap (a day is skipped once) and days on or before `start` are ignored. A pause
   * beginning after the period has already expired does not revive it.
   */
  calendarDeadlineWithPauses(start: IsoDate, days: number, pauses: DateRange[], opts: { rollOver: boolean }): IsoDate {
    requireNonNegativeInteger(days, 'Calendar days');
    const ranges = mergePauses(start, pauses);
    const startDay = toEpochDay(start);
    let cur = startDay;
    let counted = 0;
    let next = 0; // index of the first pause range that has not ended before `cur`
    while (counted < days) {
      cur++;
      while (next < ranges.length && ranges[next][1] < cur) next++;
      const paused = next < ranges.length && ranges[next][0] <= cur;
      if (!paused) counted++;
    }
    const end = addDays(start, cur - startDay);
    return opts.rollOver ? this.rollOver(end) : end;
  }

  /**
   * APL Art. 64 item 2 / §10.3 ex.4, interpreted as "at least n full working days strictly between the service
   * date and the event, excluding both": the earliest event date is the day after the n-th working day after
   * service (served 2026-05-11, n = 7 → 2026-05-21). The result may itself be a rest day; callers that need the
   * event on a working day apply `nextWorkingDayOnOrAfter`.
   */
  earliestDateAfterClearWorkingDays(served: IsoDate, n: number): IsoDate {
    requireNonNegativeInteger(n, 'Working days');
    if (n === 0) return addDays(served, 1);
    return addDays(this.addWorkingDays(served, n), 1);
  }
}

/** Validates, clips to days after `start` and merges inclusive pause ranges into sorted epoch-day pairs. */
function mergePauses(start: IsoDate, pauses: DateRange[]): [number, number][] {
  const firstDay = toEpochDay(start) + 1;
  const ranges: [number, number][] = [];
  for (const p of pauses) {
    if (compareDates(p.from, p.to) > 0) throw new RangeError(`Pause range ends before it starts: ${p.from}..${p.to}`);
    const to = toEpochDay(p.to);
    if (to < firstDay) continue;
    ranges.push([Math.max(toEpochDay(maxDate(p.from, start)), firstDay), to]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
