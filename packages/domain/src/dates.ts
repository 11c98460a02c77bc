/**
 * Calendar dates as ISO strings ('YYYY-MM-DD').
 *
 * Legal periods are counted in whole days (CC Art. 200–204, CPL Art. 85), so the domain never needs a time of
 * day or a time zone: every date here is a civil date and all arithmetic is plain day counting. The only place a
 * clock enters is `todayInShanghai`, which turns an instant into the civil date in China (UTC+8, no DST since 1991).
 *
 * The conversion between civil dates and day numbers uses Howard Hinnant's proleptic-Gregorian algorithms rather
 * than `Date`, so years below 100 are not silently mapped to 19xx and no host time zone can leak in.
 */

export type IsoDate = string;

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai has been UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseParts(s: string): CivilDate | null {
  const m = ISO_DATE_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when `s` is a real calendar date written exactly as 'YYYY-MM-DD' (years 0001–9999). */
export function isValidIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && parseParts(s) !== null;
}

/** Parses an ISO date; throws RangeError on anything that is not a real 'YYYY-MM-DD' date. */
export function parseIsoDate(d: IsoDate): CivilDate {
  const parts = typeof d === 'string' ? parseParts(d) : null;
  if (!parts) throw new RangeError(`Invalid ISO date: ${String(d)}`);
  return parts;
}

export function assertIsoDate(d: IsoDate): void {
  parseIsoDate(d);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || parseParts(s) === null) {
    throw new RangeError(`Invalid calendar date: ${year}-${month}-${day}`);
  }
  return s;
}

/** Days since 1970-01-01 (may be negative). */
export function toEpochDay(d: IsoDate): number {
  const { year, month, day } = parseIsoDate(d);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Inverse of `toEpochDay`. */
export function fromEpochDay(n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Epoch day must be an integer: ${n}`);
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate(year, month, day);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Number of days must be an integer: ${n}`);
  return fromEpochDay(toEpochDay(d) + n);
}

/** 0 = Sunday … 6 = Saturday (like Date#getUTCDay). 1970-01-01 was a Thursday. */
export function dayOfWeek(d: IsoDate): number {
  return (((toEpochDay(d) + 4) % 7) + 7) % 7;
}

export function isWeekend(d: IsoDate): boolean {
  const w = dayOfWeek(d);
  return w === 0 || w === 6;
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  assertIsoDate(a);
  assertIsoDate(b);
  // Fixed-width ISO strings order lexicographically exactly as the dates do.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** b − a in days (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * TIME-MONTH (CC Art. 202): a period of months ends on the corresponding date of the final month; when that
 * month has no such date (31st, or 29/30 Feb) it ends on the month's last day. Negative n counts backwards.
 */
export function addMonths(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Number of months must be an integer: ${n}`);
  const { year, month, day } = parseIsoDate(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < MIN_YEAR || y > MAX_YEAR) throw new RangeError(`Date out of range: ${d} + ${n} months`);
  return formatIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** TIME-MONTH for years (CC Art. 202): 29 Feb + 1 year → 28 Feb. */
export function addYears(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Number of years must be an integer: ${n}`);
  return addMonths(d, n * 12);
}

/** The civil date in China at instant `now` (Asia/Shanghai = UTC+8, no DST). */
export function todayInShanghai(now: Date): IsoDate {
  const t = now.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  return fromEpochDay(Math.floor((t + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

export function yearOf(d: IsoDate): number {
  return parseIsoDate(d).year;
}

export function monthOf(d: IsoDate): number {
  return parseIsoDate(d).month;
}
