import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  fromEpochDay,
  isValidIsoDate,
  isWeekend,
  maxDate,
  minDate,
  monthOf,
  parseIsoDate,
  todayInShanghai,
  toEpochDay,
  yearOf,
} from './dates.js';

const epochDay = fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2100-12-31') });

describe('isValidIsoDate', () => {
  it('accepts real dates in YYYY-MM-DD form', () => {
    for (const d of ['2026-01-01', '2000-02-29', '2024-02-29', '1900-01-01', '9999-12-31', '0001-01-01']) {
      expect(isValidIsoDate(d)).toBe(true);
    }
  });
  it('rejects impossible dates and other formats', () => {
    for (const d of [
      '1900-02-29',
      '2025-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-1',
      '20260101',
      '2026-01-01T00:00:00Z',
      ' 2026-01-01',
      '0000-01-01',
      '',
    ]) {
      expect(isValidIsoDate(d)).toBe(false);
    }
    expect(isValidIsoDate(20260101)).toBe(false);
    expect(isValidIsoDate(null)).toBe(false);
  });
  it('parseIsoDate and formatIsoDate throw on invalid input', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatIsoDate(2026, 2, 30)).toThrow(RangeError);
    expect(parseIsoDate('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 });
  });
});

describe('day arithmetic', () => {
  it('addDays crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-10', 30)).toBe('2026-04-09');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('2026-03-01', 1.5)).toThrow(RangeError);
  });
  it('dayOfWeek: 0 = Sunday … 6 = Saturday', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-02-21')).toBe(6);
    expect(dayOfWeek('2026-05-31')).toBe(0);
    expect(dayOfWeek('2026-09-30')).toBe(3);
    expect(dayOfWeek('1969-12-31')).toBe(3);
    expect(isWeekend('2026-04-19')).toBe(true);
    expect(isWeekend('2026-04-20')).toBe(false);
  });
  it('compareDates, daysBetween, min/max, yearOf, monthOf', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2026-01-03', '2026-01-02')).toBe(1);
    expect(() => compareDates('2026-01-03', 'x')).toThrow(RangeError);
    expect(daysBetween('2026-03-02', '2026-05-31')).toBe(90);
    expect(daysBetween('2026-05-31', '2026-03-02')).toBe(-90);
    expect(minDate('2026-01-01', '2025-01-01')).toBe('2025-01-01');
    expect(maxDate('2026-01-01', '2025-01-01')).toBe('2026-01-01');
    expect(yearOf('2026-07-01')).toBe(2026);
    expect(monthOf('2026-07-01')).toBe(7);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
  it('property: epoch-day conversion round-trips and agrees with Date.UTC', () => {
    fc.assert(
      fc.property(epochDay, (n) => {
        const d = fromEpochDay(n);
        expect(toEpochDay(d)).toBe(n);
        expect(d).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(dayOfWeek(d)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });
  it('property: addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(epochDay, fc.integer({ min: -1000, max: 1000 }), (n, k) => {
        const d = fromEpochDay(n);
        expect(daysBetween(d, addDays(d, k))).toBe(k);
        expect(compareDates(d, addDays(d, k))).toBe(k === 0 ? 0 : k > 0 ? -1 : 1);
      }),
    );
  });
});

describe('TIME-MONTH (CC Art. 202)', () => {
  it('TIME-MONTH: a month period ends on the corresponding date', () => {
    expect(addMonths('2026-03-15', 1)).toBe('2026-04-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
    expect(addMonths('2026-01-15', 0)).toBe('2026-01-15');
  });
  it('TIME-MONTH: without a corresponding date the period ends on the last day of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 6)).toBe('2026-09-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
  it('TIME-MONTH: years — 29 Feb + 1 year is 28 Feb; + 4 years is 29 Feb', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-06-30', 5)).toBe('2031-06-30');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
  });
  it('rejects non-integer counts and out-of-range results', () => {
    expect(() => addMonths('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addYears('9999-01-01', 1)).toThrow(RangeError);
  });
  it('property: addMonths keeps the day unless the month is too short, and lands in the right month', () => {
    fc.assert(
      fc.property(epochDay, fc.integer({ min: -240, max: 240 }), (n, k) => {
        const d = fromEpochDay(n);
        const r = addMonths(d, k);
        const a = parseIsoDate(d);
        const b = parseIsoDate(r);
        expect(b.year * 12 + b.month - (a.year * 12 + a.month)).toBe(k);
        expect(b.day).toBe(Math.min(a.day, daysInMonth(b.year, b.month)));
      }),
    );
  });
});

describe('todayInShanghai', () => {
  it('uses UTC+8: 16:00 UTC is already the next day in China', () => {
    expect(todayInShanghai(new Date('2026-02-06T15:59:59.999Z'))).toBe('2026-02-06');
    expect(todayInShanghai(new Date('2026-02-06T16:00:00Z'))).toBe('2026-02-07');
    expect(todayInShanghai(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(todayInShanghai(new Date('2026-07-01T00:00:00+08:00'))).toBe('2026-07-01');
  });
  it('throws on an invalid Date', () => {
    expect(() => todayInShanghai(new Date('nope'))).toThrow(RangeError);
  });
});
