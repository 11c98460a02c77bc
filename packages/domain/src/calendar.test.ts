import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarNotLoadedError,
  calendarYearFromDays,
  InvalidCalendarError,
  validateCalendarYear,
  WorkingCalendar,
} from './calendar.js';
import { OFFICIAL_SCHEDULES, SCHEDULE_2025, SCHEDULE_2026 } from './calendar-data.js';
import { addDays, compareDates, dayOfWeek, fromEpochDay, toEpochDay } from './dates.js';

const cal = new WorkingCalendar([SCHEDULE_2025, SCHEDULE_2026]);

/** Start dates far enough from the end of 2026 that short periods stay inside the loaded years. */
const startDate = fc
  .integer({ min: toEpochDay('2025-01-01'), max: toEpochDay('2026-11-15') })
  .map((n) => fromEpochDay(n));

/** Leaves room for up to 30 days plus 44 pause days and a roll-over inside 2026. */
const earlyStart = fc
  .integer({ min: toEpochDay('2025-01-01'), max: toEpochDay('2026-09-30') })
  .map((n) => fromEpochDay(n));

describe('schedule data (§10.2)', () => {
  it('TIME-WD-DEF: the 2025 and 2026 schedules are internally consistent', () => {
    expect(validateCalendarYear(SCHEDULE_2025)).toEqual([]);
    expect(validateCalendarYear(SCHEDULE_2026)).toEqual([]);
    expect(OFFICIAL_SCHEDULES.map((y) => y.year)).toEqual([2025, 2026]);
  });
  it('HOL: 2025 has 28 holiday dates and 5 make-up days; 2026 has 33 and 6', () => {
    expect([SCHEDULE_2025.holidays.length, SCHEDULE_2025.makeupWorkdays.length]).toEqual([28, 5]);
    expect([SCHEDULE_2026.holidays.length, SCHEDULE_2026.makeupWorkdays.length]).toEqual([33, 6]);
  });
});

describe('dayKind / isWorkingDay (TIME-WD-DEF, TIME-REST-DAYS)', () => {
  it('TIME-WD-DEF: classifies weekdays, weekends, holidays and make-up days', () => {
    expect(cal.dayKind('2026-03-03')).toBe('WORKDAY');
    expect(cal.dayKind('2026-03-07')).toBe('WEEKEND');
    expect(cal.dayKind('2026-02-16')).toBe('HOLIDAY');
    expect(cal.dayKind('2026-02-15')).toBe('HOLIDAY'); // a Sunday inside the Spring Festival break
    expect(cal.dayKind('2026-02-14')).toBe('MAKEUP_WORKDAY');
    expect(cal.dayKind('2025-01-26')).toBe('MAKEUP_WORKDAY');
    expect(cal.dayKind('2025-10-08')).toBe('HOLIDAY');
  });
  it('TIME-REST-DAYS: weekends and holidays are rest days, a make-up Saturday is a working day', () => {
    expect(cal.isRestDay('2026-03-07')).toBe(true);
    expect(cal.isRestDay('2026-10-05')).toBe(true);
    expect(cal.isRestDay('2026-10-10')).toBe(false);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.isWorkingDay('2026-10-09')).toBe(true);
  });
  it('nextWorkingDayOnOrAfter / nextWorkingDayAfter', () => {
    expect(cal.nextWorkingDayOnOrAfter('2026-10-01')).toBe('2026-10-08');
    expect(cal.nextWorkingDayOnOrAfter('2026-10-08')).toBe('2026-10-08');
    expect(cal.nextWorkingDayAfter('2026-10-08')).toBe('2026-10-09');
    expect(cal.nextWorkingDayAfter('2026-10-09')).toBe('2026-10-10');
    expect(cal.nextWorkingDayAfter('2025-12-31')).toBe('2026-01-04');
  });
});

describe('uncovered years', () => {
  it('TIME-WD-DEF: a date in a year without a loaded schedule throws CalendarNotLoadedError, never weekends-only', () => {
    const err = (() => {
      try {
        cal.isWorkingDay('2027-01-04');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(CalendarNotLoadedError);
    expect((err as CalendarNotLoadedError).year).toBe(2027);
    expect((err as Error).message).toBe('2027年节假日安排尚未导入，无法计算工作日');
    expect(() => cal.dayKind('2024-06-03')).toThrow(CalendarNotLoadedError);
  });
  it('TIME-WD-DEF: a working-day period running into an unloaded year throws', () => {
    expect(() => cal.addWorkingDays('2026-12-28', 5)).toThrow(CalendarNotLoadedError);
    expect(() => cal.addCalendarDays('2026-12-20', 15, { rollOver: true })).toThrow(CalendarNotLoadedError);
    expect(() => cal.countWorkingDaysBetween('2026-12-30', '2027-01-05')).toThrow(CalendarNotLoadedError);
  });
  it('a calendar-day period without roll-over needs no schedule', () => {
    expect(cal.addCalendarDays('2026-12-20', 15, { rollOver: false })).toBe('2027-01-04');
  });
  it('coveredYears, covers, missingYears', () => {
    expect(cal.coveredYears()).toEqual([2025, 2026]);
    expect(cal.covers(2026)).toBe(true);
    expect(cal.covers(2027)).toBe(false);
    expect(cal.missingYears(2024, 2028)).toEqual([2024, 2027, 2028]);
    expect(cal.missingYears(2025, 2026)).toEqual([]);
    expect(new WorkingCalendar([]).coveredYears()).toEqual([]);
  });
});

describe('§10.3 worked examples', () => {
  it('TIME-WD-LAWS: 7 wd to publish a decision dated 2026-09-30 is due 2026-10-15, counting the make-up Saturday (§10.3 ex.1)', () => {
    expect(cal.addWorkingDays('2026-09-30', 7)).toBe('2026-10-15');
    expect(cal.addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
  });
  it('TIME-ROLL: 15-day payment period ending inside Spring Festival rolls to 2026-02-24 (§10.3 ex.2)', () => {
    expect(cal.addCalendarDays('2026-02-06', 15, { rollOver: false })).toBe('2026-02-21');
    expect(cal.addCalendarDays('2026-02-06', 15, { rollOver: true })).toBe('2026-02-24');
  });
  it('APL-64-1: 5 wd hearing request after service on 2026-04-30 ends 2026-05-11 (§10.3 ex.3)', () => {
    expect(cal.addWorkingDays('2026-04-30', 4)).toBe('2026-05-09');
    expect(cal.addWorkingDays('2026-04-30', 5)).toBe('2026-05-11');
  });
  it('APL-64-2: hearing notice served 2026-05-11 with 7 clear wd → earliest hearing 2026-05-21 (§10.3 ex.4)', () => {
    expect(cal.earliestDateAfterClearWorkingDays('2026-05-11', 7)).toBe('2026-05-21');
    expect(cal.countWorkingDaysBetween('2026-05-11', '2026-05-20')).toBe(7);
  });
  it('APL-64-2: the earliest date may be a rest day; callers wanting a working day move forward (§10.3 ex.4)', () => {
    // Served Mon 2026-03-02: 7 clear working days are 3–6 and 9–11 March, so Thu 12 March.
    expect(cal.earliestDateAfterClearWorkingDays('2026-03-02', 7)).toBe('2026-03-12');
    // Served Mon 2026-03-02 with 5 clear days: 3–6 and 9 March → Tue 10 March.
    expect(cal.earliestDateAfterClearWorkingDays('2026-03-02', 5)).toBe('2026-03-10');
    // Served Fri 2026-03-06 with 5 clear days: 9–13 March → Sat 14 March, a rest day.
    const earliest = cal.earliestDateAfterClearWorkingDays('2026-03-06', 5);
    expect(earliest).toBe('2026-03-14');
    expect(cal.nextWorkingDayOnOrAfter(earliest)).toBe('2026-03-16');
    expect(cal.earliestDateAfterClearWorkingDays('2026-03-06', 0)).toBe('2026-03-07');
  });
  it('TIME-ROLL: 90-day case limit filed 2026-03-02 ends Sun 2026-05-31, 2026-06-01 with roll-over (§10.3 ex.5, rollOver true)', () => {
    expect(cal.addCalendarDays('2026-03-02', 90, { rollOver: true })).toBe('2026-06-01');
  });
  it('TIME-ROLL: 90-day case limit without roll-over for agency deadlines stays 2026-05-31 (§10.3 ex.5, rollOver false)', () => {
    expect(cal.addCalendarDays('2026-03-02', 90, { rollOver: false })).toBe('2026-05-31');
  });
  it('ACL-25: 30-day seizure from 2026-03-10 paused for testing 15–24 March ends 2026-04-19, 04-20 with roll-over (§10.3 ex.6)', () => {
    const pauses = [{ from: '2026-03-15', to: '2026-03-24' }];
    expect(cal.calendarDeadlineWithPauses('2026-03-10', 30, [], { rollOver: false })).toBe('2026-04-09');
    expect(cal.calendarDeadlineWithPauses('2026-03-10', 30, pauses, { rollOver: false })).toBe('2026-04-19');
    expect(cal.calendarDeadlineWithPauses('2026-03-10', 30, pauses, { rollOver: true })).toBe('2026-04-20');
  });
});

describe('TIME-ROLL details', () => {
  it('TIME-REST-DAYS: a period ending on a make-up Saturday does not roll', () => {
    expect(cal.addCalendarDays('2026-02-04', 10, { rollOver: true })).toBe('2026-02-14');
  });
  it('TIME-ROLL: a period ending on an ordinary Saturday rolls to Monday', () => {
    expect(cal.addCalendarDays('2026-03-04', 10, { rollOver: true })).toBe('2026-03-16');
  });
  it('TIME-ROLL: a period ending on the first day of National Day rolls past the whole break', () => {
    expect(cal.addCalendarDays('2025-09-16', 15, { rollOver: true })).toBe('2025-10-09');
  });
  it('TIME-START: a zero-day period ends on the start day itself', () => {
    expect(cal.addCalendarDays('2026-03-04', 0, { rollOver: true })).toBe('2026-03-04');
  });
  it('rejects invalid counts', () => {
    expect(() => cal.addWorkingDays('2026-03-04', 0)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-03-04', 1.5)).toThrow(RangeError);
    expect(() => cal.addCalendarDays('2026-03-04', -1, { rollOver: false })).toThrow(RangeError);
  });
});

describe('ACL-25 pauses', () => {
  it('ACL-25: overlapping and adjacent pauses count each day once', () => {
    const pauses = [
      { from: '2026-03-15', to: '2026-03-20' },
      { from: '2026-03-18', to: '2026-03-24' },
      { from: '2026-03-25', to: '2026-03-25' },
    ];
    expect(cal.calendarDeadlineWithPauses('2026-03-10', 30, pauses, { rollOver: false })).toBe('2026-04-20');
  });
  it('ACL-25: pause days on or before the start day are ignored; a range straddling the start counts its later part', () => {
    const pauses = [
      { from: '2026-03-01', to: '2026-03-10' },
      { from: '2026-03-08', to: '2026-03-12' },
    ];
    expect(cal.calendarDeadlineWithPauses('2026-03-10', 30, pauses, { rollOver: false })).toBe('2026-04-11');
  });
  it('ACL-25: a pause starting after the period expired does not revive it', () => {
    const pauses = [{ from: '2026-04-15', to: '2026-04-30' }];
    expect(cal.calendarDeadlineWithPauses('2026-03-10', 30, pauses, { rollOver: false })).toBe('2026-04-09');
  });
  it('ACL-25: a pause covering the last day pushes the end past the pause', () => {
    const pauses = [{ from: '2026-04-09', to: '2026-04-10' }];
    expect(cal.calendarDeadlineWithPauses('2026-03-10', 30, pauses, { rollOver: false })).toBe('2026-04-11');
  });
  it('rejects a pause that ends before it starts', () => {
    expect(() =>
      cal.calendarDeadlineWithPauses('2026-03-10', 30, [{ from: '2026-03-20', to: '2026-03-15' }], {
        rollOver: false,
      }),
    ).toThrow(RangeError);
  });
});

describe('countWorkingDaysBetween', () => {
  it('counts (from, to]: excludes from, includes to', () => {
    expect(cal.countWorkingDaysBetween('2026-09-30', '2026-10-15')).toBe(7);
    expect(cal.countWorkingDaysBetween('2026-03-02', '2026-03-03')).toBe(1);
    expect(cal.countWorkingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(cal.countWorkingDaysBetween('2026-03-05', '2026-03-02')).toBe(0);
    expect(cal.countWorkingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
  });
});

describe('validateCalendarYear / calendarYearFromDays / constructor', () => {
  it('reports dates outside the year, non-weekend make-up days, dates in both lists, duplicates and bad dates', () => {
    const problems = validateCalendarYear({
      year: 2026,
      holidays: ['2026-01-01', '2026-01-01', '2025-12-31', '2026-02-30', '2026-02-14'],
      makeupWorkdays: ['2026-02-14', '2026-03-04'],
    });
    expect(problems).toEqual([
      '放假日中的日期 2026-01-01 重复',
      '放假日中的日期 2025-12-31 不在2026年内',
      '放假日中的日期格式无效：2026-02-30',
      '日期 2026-02-14 同时出现在放假日和调休上班日中',
      '调休上班日 2026-03-04 不是周六或周日',
    ]);
    expect(validateCalendarYear({ year: 20.5, holidays: [], makeupWorkdays: [] })).toEqual(['年份无效：20.5']);
  });
  it('calendarYearFromDays splits, sorts and de-duplicates rows', () => {
    const y = calendarYearFromDays(2026, [
      { date: '2026-10-02', kind: 'HOLIDAY' },
      { date: '2026-10-01', kind: 'HOLIDAY' },
      { date: '2026-10-10', kind: 'MAKEUP_WORKDAY' },
      { date: '2026-10-01', kind: 'HOLIDAY' },
    ]);
    expect(y).toEqual({ year: 2026, holidays: ['2026-10-01', '2026-10-02'], makeupWorkdays: ['2026-10-10'] });
  });
  it('the constructor rejects inconsistent or duplicated years', () => {
    expect(() => new WorkingCalendar([SCHEDULE_2026, SCHEDULE_2026])).toThrow(InvalidCalendarError);
    try {
      new WorkingCalendar([{ year: 2026, holidays: [], makeupWorkdays: ['2026-03-04'] }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidCalendarError);
      expect((e as InvalidCalendarError).problems).toEqual(['调休上班日 2026-03-04 不是周六或周日']);
    }
  });
});

describe('properties', () => {
  const n = fc.integer({ min: 1, max: 20 });

  it('TIME-WD-DEF: addWorkingDays returns a working day strictly after the start', () => {
    fc.assert(
      fc.property(startDate, n, (start, k) => {
        const end = cal.addWorkingDays(start, k);
        expect(cal.isWorkingDay(end)).toBe(true);
        expect(compareDates(end, start)).toBe(1);
      }),
    );
  });
  it('TIME-START: countWorkingDaysBetween(start, addWorkingDays(start, n)) === n', () => {
    fc.assert(
      fc.property(startDate, n, (start, k) => {
        expect(cal.countWorkingDaysBetween(start, cal.addWorkingDays(start, k))).toBe(k);
      }),
    );
  });
  it('addWorkingDays is strictly monotone in n', () => {
    fc.assert(
      fc.property(startDate, n, (start, k) => {
        expect(compareDates(cal.addWorkingDays(start, k), cal.addWorkingDays(start, k + 1))).toBe(-1);
      }),
    );
  });
  it('TIME-ROLL: with roll-over the end is never a rest day and never before the unrolled end', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 0, max: 30 }), (start, k) => {
        const plain = cal.addCalendarDays(start, k, { rollOver: false });
        const rolled = cal.addCalendarDays(start, k, { rollOver: true });
        expect(cal.isRestDay(rolled)).toBe(false);
        expect(compareDates(rolled, plain)).toBeGreaterThanOrEqual(0);
        if (cal.isWorkingDay(plain)) expect(rolled).toBe(plain);
        // Every day between the unrolled and the rolled end is a rest day.
        for (let d = plain; d < rolled; d = addDays(d, 1)) expect(cal.isRestDay(d)).toBe(true);
      }),
    );
  });
  it('ACL-25: pauses never shorten a deadline and extend it by at most the number of pause days', () => {
    const pause = fc
      .tuple(fc.integer({ min: -10, max: 40 }), fc.integer({ min: 0, max: 10 }))
      .map(([offset, len]) => ({ offset, len }));
    fc.assert(
      fc.property(earlyStart, fc.integer({ min: 0, max: 30 }), fc.array(pause, { maxLength: 4 }), (start, k, ps) => {
        const pauses = ps.map((p) => ({ from: addDays(start, p.offset), to: addDays(start, p.offset + p.len) }));
        const plain = cal.calendarDeadlineWithPauses(start, k, [], { rollOver: false });
        const paused = cal.calendarDeadlineWithPauses(start, k, pauses, { rollOver: false });
        expect(plain).toBe(addDays(start, k));
        expect(compareDates(paused, plain)).toBeGreaterThanOrEqual(0);
        const pauseDays = new Set(pauses.flatMap((p) => daysOf(p.from, p.to)));
        expect(toEpochDay(paused) - toEpochDay(plain)).toBeLessThanOrEqual(pauseDays.size);
        expect(pauseDays.has(paused) && k > 0).toBe(false);
        const rolled = cal.calendarDeadlineWithPauses(start, k, pauses, { rollOver: true });
        expect(compareDates(rolled, paused)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it('APL-64-2: exactly n working days lie strictly between service and the earliest date, and one day fewer the day before', () => {
    fc.assert(
      fc.property(startDate, n, (served, k) => {
        const earliest = cal.earliestDateAfterClearWorkingDays(served, k);
        const dayBefore = addDays(earliest, -1);
        expect(cal.countWorkingDaysBetween(served, dayBefore)).toBe(k);
        expect(cal.countWorkingDaysBetween(served, addDays(dayBefore, -1))).toBe(k - 1);
      }),
    );
  });
  it('every date of 2025–2026 has exactly one kind, consistent with the weekday', () => {
    for (let d = '2025-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      const kind = cal.dayKind(d);
      const weekend = dayOfWeek(d) === 0 || dayOfWeek(d) === 6;
      if (kind === 'WEEKEND' || kind === 'MAKEUP_WORKDAY') expect(weekend).toBe(true);
      if (kind === 'WORKDAY') expect(weekend).toBe(false);
    }
  });
});

function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('withWeekendOnlyYears (provisional dates)', () => {
  it('counts weekends only in a year whose schedule is not loaded, and keeps loaded years', () => {
    const cal = new WorkingCalendar([SCHEDULE_2026]);
    expect(() => cal.addWorkingDays('2026-12-30', 3)).toThrow(CalendarNotLoadedError);
    const p = cal.withWeekendOnlyYears([2027]);
    // 2026-12-31 (Thu), 2027-01-01 (Fri: a holiday in reality, not known yet), 2027-01-04 (Mon)
    expect(p.addWorkingDays('2026-12-30', 3)).toBe('2027-01-04');
    expect(p.isWorkingDay('2026-10-01')).toBe(false);
    expect(p.coveredYears()).toEqual([2026, 2027]);
  });
});
