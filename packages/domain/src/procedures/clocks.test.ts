import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar.js';
import { SCHEDULE_2025, SCHEDULE_2026 } from '../calendar-data.js';
import { addDays, compareDates, fromEpochDay, toEpochDay } from '../dates.js';
import {
  CLOCK_RULES,
  ClockError,
  type ClockRule,
  clockStatus,
  correctionNoticeDeadline,
  deadline,
  executionAllowedAt,
  licenceDeadlines,
  mustRelease,
  seizureExpiry,
  surcharge,
} from './clocks.js';

const cal = new WorkingCalendar([SCHEDULE_2025, SCHEDULE_2026]);
const R = CLOCK_RULES;

describe('CLOCK_RULES (§10.4 encoding)', () => {
  it('TIME-START: every rule starts the day after its trigger, with a positive whole duration and a source', () => {
    for (const [id, r] of Object.entries(R) as [string, ClockRule][]) {
      expect(r.id).toBe(id);
      expect(r.startDayCounted).toBe(false);
      expect(Number.isInteger(r.duration.amount) && r.duration.amount > 0).toBe(true);
      expect(r.source.length).toBeGreaterThan(0);
      if (r.duration.unit === 'WORKING_DAY' || r.duration.unit === 'HOUR') expect(r.rollOver).toBe('NOT_APPLICABLE');
    }
  });
  it('lists the clocks of issue 5', () => {
    for (const id of [
      'APL-60',
      'SAMR-90',
      'APL-56',
      'APL-61',
      'APL-64-1',
      'APL-64-2',
      'SAMR-5wd',
      'APL-67',
      'APL-71-1',
      'APL-71-2',
      'ACL-19',
      'ACL-25',
      'ACL-31',
      'ACL-53',
      'ACL-54',
      'ALL-32',
      'ALL-42',
      'ALL-44',
      'PUB-AFTER-7',
      'PUB-AFTER-20',
      'APL-48',
      'REMEDY-60D',
      'REMEDY-6M',
      'REMEDY-15D',
    ])
      expect(R).toHaveProperty(id);
  });
});

describe('§10.3 worked examples through deadline()', () => {
  it('PUB-AFTER-7 ex.1: decision 2026-09-30 → publish by 2026-10-15 (make-up Sat 10-10 counts)', () => {
    expect(deadline(R['PUB-AFTER-7'], '2026-09-30', cal).due).toBe('2026-10-15');
  });
  it('APL-67 ex.2: received 2026-02-06 → day 15 is Sat 02-21 in the break → rolls to 2026-02-24', () => {
    const d = deadline(R['APL-67'], '2026-02-06', cal);
    expect(d.lastDayWithoutRollOver).toBe('2026-02-21');
    expect(d.due).toBe('2026-02-24');
  });
  it('APL-64-1 ex.3: notified 2026-04-30 → request by 2026-05-11', () => {
    expect(deadline(R['APL-64-1'], '2026-04-30', cal).due).toBe('2026-05-11');
  });
  it('APL-64-2 ex.4: notice served 2026-05-11 → earliest hearing 2026-05-21 (7 clear wd)', () => {
    const d = deadline(R['APL-64-2'], '2026-05-11', cal);
    expect(d.kind).toBe('EARLIEST');
    expect(d.due).toBe('2026-05-21');
  });
  it('APL-60 ex.5: filed 2026-03-02 → 2026-05-31 by default, 2026-06-01 with rollOverForAgencyDeadlines', () => {
    const d = deadline(R['APL-60'], '2026-03-02', cal);
    expect(d.due).toBe('2026-05-31');
    expect(d.lastDayWithRollOver).toBe('2026-06-01');
    expect(deadline(R['APL-60'], '2026-03-02', cal, { rollOverForAgencyDeadlines: true }).due).toBe('2026-06-01');
  });
  it('ACL-25 ex.6: seized 2026-03-10, testing 03-15..03-24 → 2026-04-19; roll-over → 2026-04-20', () => {
    const pauses = [{ from: '2026-03-15', to: '2026-03-24', kind: 'TESTING' as const }];
    expect(deadline(R['ACL-25'], '2026-03-10', cal).due).toBe('2026-04-09');
    expect(deadline(R['ACL-25'], '2026-03-10', cal, { pauses }).due).toBe('2026-04-19');
    expect(deadline(R['ACL-25'], '2026-03-10', cal, { pauses, rollOverForAgencyDeadlines: true }).due).toBe(
      '2026-04-20',
    );
  });
});

describe('deadline(): other rules', () => {
  it('APL-56 / APL-61 / SAMR-5wd / ACL-31 / APL-48 / APL-71: working-day periods', () => {
    expect(deadline(R['APL-56'], '2026-09-30', cal).due).toBe('2026-10-15');
    expect(deadline(R['APL-61'], '2026-09-30', cal).due).toBe('2026-10-15');
    expect(deadline(R['SAMR-5wd'], '2026-04-30', cal).due).toBe('2026-05-11');
    expect(deadline(R['ACL-31'], '2026-04-30', cal).due).toBe('2026-05-08');
    expect(deadline(R['APL-48'], '2026-04-30', cal).due).toBe('2026-05-08');
    expect(deadline(R['APL-71-1'], '2026-04-30', cal).due).toBe('2026-05-07');
    expect(deadline(R['APL-71-2'], '2026-05-07', cal).due).toBe('2026-05-09'); // make-up Saturday
    expect(deadline(R['PUB-AFTER-20'], '2025-03-03', cal).due).toBe('2025-03-31');
  });
  it('ACL-54: 催告 served 2025-03-03 → court application allowed from 2025-03-18 (10 clear wd)', () => {
    expect(deadline(R['ACL-54'], '2025-03-03', cal).due).toBe('2025-03-18');
  });
  it('ACL-53: 3 m after the remedy windows expired (TIME-MONTH)', () => {
    expect(deadline(R['ACL-53'], '2026-01-15', cal).due).toBe('2026-04-15');
    expect(deadline(R['ACL-53'], '2025-11-30', cal).due).toBe('2026-02-28');
  });
  it('REMEDY: 60 d and 15 d roll over; 6 m ends on a make-up Saturday without roll-over', () => {
    expect(deadline(R['REMEDY-60D'], '2026-08-03', cal).due).toBe('2026-10-08');
    expect(deadline(R['REMEDY-15D'], '2026-09-16', cal).due).toBe('2026-10-08');
    expect(deadline(R['REMEDY-6M'], '2025-08-31', cal).due).toBe('2026-02-28');
  });
  it('ACL-19 (TIME-HOURS): 24 h from the exact moment, Beijing time', () => {
    const d = deadline(R['ACL-19'], '2026-05-04T23:30:00+08:00', cal);
    expect(d.dueAt).toBe('2026-05-05T23:30:00+08:00');
    expect(d.due).toBe('2026-05-05');
    expect(deadline(R['ACL-19'], '2026-05-04T20:00:00Z', cal).dueAt).toBe('2026-05-06T04:00:00+08:00');
  });
  it('ACL-19: refuses a moment without offset, and pauses on hour clocks', () => {
    expect(() => deadline(R['ACL-19'], '2026-05-04T23:30:00', cal)).toThrow(ClockError);
    expect(() =>
      deadline(R['ACL-19'], '2026-05-04T23:30:00+08:00', cal, {
        extensions: [{ days: 1, approvedBy: 'HEAD', approvedOn: '2026-05-04' }],
      }),
    ).toThrow(ClockError);
  });
  it('a moment trigger of a day clock uses its Beijing date', () => {
    expect(deadline(R['APL-64-1'], '2026-04-29T17:00:00Z', cal).due).toBe('2026-05-11');
  });
  it('SAMR-90: +30 d by the head, further days only by collective discussion', () => {
    const head = { days: 30, approvedBy: 'HEAD' as const, approvedOn: '2026-05-20' };
    const d = deadline(R['SAMR-90'], '2026-03-02', cal, { extensions: [head] });
    expect(d.due).toBe('2026-06-30');
    expect(d.extendedBy).toBe(30);
    const more = { days: 20, approvedBy: 'COLLECTIVE_DISCUSSION' as const, approvedOn: '2026-06-20' };
    expect(deadline(R['SAMR-90'], '2026-03-02', cal, { extensions: [head, more] }).due).toBe('2026-07-20');
  });
  it('SAMR-90: refuses > 30 d by the head and an extension approved after expiry', () => {
    expect(() =>
      deadline(R['SAMR-90'], '2026-03-02', cal, {
        extensions: [{ days: 31, approvedBy: 'HEAD', approvedOn: '2026-05-20' }],
      }),
    ).toThrow(/不得超过30日/);
    expect(() =>
      deadline(R['SAMR-90'], '2026-03-02', cal, {
        extensions: [{ days: 30, approvedBy: 'HEAD', approvedOn: '2026-06-01' }],
      }),
    ).toThrow(/届满前/);
  });
  it('SAMR-90: hearing and public-notice time is excluded', () => {
    const d = deadline(R['SAMR-90'], '2026-03-02', cal, {
      pauses: [
        { from: '2026-04-01', to: '2026-04-10', kind: 'HEARING' },
        { from: '2026-04-20', to: '2026-04-24', kind: 'PUBLIC_NOTICE' },
      ],
    });
    expect(d.due).toBe('2026-06-15');
  });
  it('APL-60 / APL-67: no extension, no pause (refused)', () => {
    expect(() =>
      deadline(R['APL-67'], '2026-02-06', cal, {
        extensions: [{ days: 5, approvedBy: 'HEAD', approvedOn: '2026-02-10' }],
      }),
    ).toThrow(/不得延长/);
    expect(() =>
      deadline(R['APL-60'], '2026-03-02', cal, { pauses: [{ from: '2026-03-05', to: '2026-03-06', kind: 'HEARING' }] }),
    ).toThrow(ClockError);
  });
  it('ACL-25: a hearing pause is not excluded (refused); a reversed pause is refused', () => {
    expect(() =>
      deadline(R['ACL-25'], '2026-03-10', cal, { pauses: [{ from: '2026-03-15', to: '2026-03-16', kind: 'HEARING' }] }),
    ).toThrow(ClockError);
    expect(() =>
      deadline(R['ACL-25'], '2026-03-10', cal, { pauses: [{ from: '2026-03-16', to: '2026-03-15', kind: 'TESTING' }] }),
    ).toThrow(ClockError);
  });
});

describe('clockStatus (alerts)', () => {
  it('OVERDUE / DUE_TODAY / DUE_SOON / OK with a 3 wd lead', () => {
    expect(clockStatus('2026-05-11', '2026-05-12', cal)).toBe('OVERDUE');
    expect(clockStatus('2026-05-11', '2026-05-11', cal)).toBe('DUE_TODAY');
    expect(clockStatus('2026-05-11', '2026-05-07', cal)).toBe('DUE_SOON'); // 8, 9 (make-up), 11
    expect(clockStatus('2026-05-11', '2026-05-06', cal)).toBe('OK');
    expect(clockStatus('2026-05-11', '2026-05-06', cal, 4)).toBe('DUE_SOON');
  });
});

describe('surcharge (APL-72-1, APL-73)', () => {
  const fine = 1_000_000; // 10,000 yuan
  it('APL-72-1: 10 days late → 3,000 yuan', () => {
    expect(surcharge(fine, '2026-02-24', '2026-03-06')).toEqual({ days: 10, surchargeFen: 300_000, capped: false });
  });
  it('APL-72-1: 40 days late → capped at the fine', () => {
    expect(surcharge(fine, '2026-02-24', '2026-04-05')).toEqual({ days: 40, surchargeFen: fine, capped: true });
  });
  it('APL-72-1: nothing on or before the due date; accrual starts the day after', () => {
    expect(surcharge(fine, '2026-02-24', '2026-02-24')).toEqual({ days: 0, surchargeFen: 0, capped: false });
    expect(surcharge(fine, '2026-02-24', '2026-02-20').days).toBe(0);
    expect(surcharge(fine, '2026-02-24', '2026-02-25')).toEqual({ days: 1, surchargeFen: 30_000, capped: false });
  });
  it('APL-72-1: the total is rounded down to the fen', () => {
    expect(surcharge(3_333, '2026-02-24', '2026-02-25').surchargeFen).toBe(99);
    expect(surcharge(3_333, '2026-02-24', '2026-02-27').surchargeFen).toBe(299);
  });
  it('APL-73: no accrual during reconsideration or a pending lawsuit', () => {
    expect(
      surcharge(fine, '2026-02-24', '2026-03-06', [{ from: '2026-02-27', to: '2026-03-03', kind: 'RECONSIDERATION' }]),
    ).toEqual({ days: 5, surchargeFen: 150_000, capped: false });
    expect(surcharge(fine, '2026-02-24', '2026-03-06', [{ from: '2026-03-01', kind: 'LITIGATION' }]).days).toBe(4);
    expect(
      surcharge(fine, '2026-02-24', '2026-03-06', [
        { from: '2026-02-27', to: '2026-03-03', kind: 'RECONSIDERATION' },
        { from: '2026-03-02', to: '2026-03-04', kind: 'LITIGATION' },
      ]).days,
    ).toBe(4);
  });
  it('APL-72-1: refuses an invalid fine', () => {
    expect(() => surcharge(-1, '2026-02-24', '2026-03-06')).toThrow(ClockError);
    expect(() => surcharge(1.5, '2026-02-24', '2026-03-06')).toThrow(ClockError);
  });
  it('property: never exceeds the fine and is monotone in asOf', () => {
    const day = fc.integer({ min: toEpochDay('2025-01-01'), max: toEpochDay('2026-12-31') });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        day,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.tuple(fc.integer({ min: -20, max: 120 }), fc.integer({ min: 0, max: 30 })), { maxLength: 3 }),
        (f, due, a, b, ps) => {
          const dueDate = fromEpochDay(due);
          const pauses = ps.map(([o, len]) => ({
            from: addDays(dueDate, o),
            to: addDays(dueDate, o + len),
            kind: 'LITIGATION' as const,
          }));
          const s1 = surcharge(f, dueDate, addDays(dueDate, Math.min(a, b)), pauses);
          const s2 = surcharge(f, dueDate, addDays(dueDate, Math.max(a, b)), pauses);
          expect(s1.surchargeFen).toBeLessThanOrEqual(s2.surchargeFen);
          expect(s2.surchargeFen).toBeLessThanOrEqual(f);
          expect(s2.surchargeFen).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('seizureExpiry / mustRelease (ACL-25, ACL-28)', () => {
  const testing = [{ from: '2026-03-15', to: '2026-03-24', notifiedOn: '2026-03-14' }];
  it('ACL-25: §10.3 ex.6 and roll-over', () => {
    expect(seizureExpiry({ seizedOn: '2026-03-10', testingPauses: testing }, cal).due).toBe('2026-04-19');
    expect(
      seizureExpiry({ seizedOn: '2026-03-10', testingPauses: testing, rollOverForAgencyDeadlines: true }, cal).due,
    ).toBe('2026-04-20');
  });
  it('ACL-25: extension of 30 d allowed, 31 d refused', () => {
    const ok = seizureExpiry(
      { seizedOn: '2026-03-10', testingPauses: testing, extension: { days: 30, approvedOn: '2026-04-15' } },
      cal,
    );
    expect(ok.due).toBe('2026-05-19');
    expect(() =>
      seizureExpiry({ seizedOn: '2026-03-10', extension: { days: 31, approvedOn: '2026-04-01' } }, cal),
    ).toThrow(/不得超过30日/);
  });
  it('ACL-25: a testing period not notified in writing beforehand is refused', () => {
    expect(() =>
      seizureExpiry({ seizedOn: '2026-03-10', testingPauses: [{ ...testing[0], notifiedOn: '' }] }, cal),
    ).toThrow(/书面告知/);
    expect(() =>
      seizureExpiry({ seizedOn: '2026-03-10', testingPauses: [{ ...testing[0], notifiedOn: '2026-03-16' }] }, cal),
    ).toThrow(/事先书面告知/);
  });
  it('ACL-28: release required the day after expiry, not on it, not once released', () => {
    const s = { seizedOn: '2026-03-10', testingPauses: testing };
    expect(mustRelease(s, '2026-04-19', cal).required).toBe(false);
    const r = mustRelease(s, '2026-04-20', cal);
    expect(r.required).toBe(true);
    expect(r.message).toContain('应当立即解除');
    expect(mustRelease({ ...s, rollOverForAgencyDeadlines: true }, '2026-04-20', cal).required).toBe(false);
    expect(mustRelease({ ...s, releasedOn: '2026-04-18' }, '2026-05-01', cal).required).toBe(false);
  });
});

describe('executionAllowedAt (ACL-43, TIME-NIGHT)', () => {
  it('ACL-43: allowed on a working day in daytime; 21:59 allowed, 06:00 allowed', () => {
    expect(executionAllowedAt('2026-05-06T10:00:00+08:00', cal).allowed).toBe(true);
    expect(executionAllowedAt('2026-05-06T21:59:00+08:00', cal).allowed).toBe(true);
    expect(executionAllowedAt('2026-05-07T06:00:00+08:00', cal).allowed).toBe(true);
  });
  it('ACL-43: refused at night (22:00 inclusive to 06:00 exclusive), also when given in UTC', () => {
    const r = executionAllowedAt('2026-05-06T22:00:00+08:00', cal);
    expect(r.allowed).toBe(false);
    expect(r.message).toContain('夜间');
    expect(executionAllowedAt('2026-05-07T05:59:00+08:00', cal).allowed).toBe(false);
    expect(executionAllowedAt('2026-05-06T14:30:00Z', cal).allowed).toBe(false);
  });
  it('ACL-43: refused on a statutory holiday; ordinary weekends refused by default, allowed if configured', () => {
    const h = executionAllowedAt('2026-10-02T10:00:00+08:00', cal);
    expect(h).toEqual({ allowed: false, message: expect.stringContaining('法定节假日') });
    expect(executionAllowedAt('2026-03-07T10:00:00+08:00', cal).allowed).toBe(false);
    expect(executionAllowedAt('2026-03-07T10:00:00+08:00', cal, { restDays: 'STATUTORY_HOLIDAYS_ONLY' }).allowed).toBe(
      true,
    );
    expect(executionAllowedAt('2026-10-02T10:00:00+08:00', cal, { restDays: 'STATUTORY_HOLIDAYS_ONLY' }).allowed).toBe(
      false,
    );
    expect(executionAllowedAt('2026-10-10T10:00:00+08:00', cal).allowed).toBe(true); // make-up Saturday
  });
  it('ACL-43: an emergency with a reason is allowed; an empty reason is not', () => {
    const e = executionAllowedAt('2026-10-02T23:00:00+08:00', cal, { emergency: { reason: '危房即将倒塌' } });
    expect(e.allowed).toBe(true);
    expect(e.message).toContain('危房即将倒塌');
    expect(executionAllowedAt('2026-10-02T23:00:00+08:00', cal, { emergency: { reason: '  ' } }).allowed).toBe(false);
  });
  it('TIME-NIGHT: configurable hours; invalid input refused', () => {
    expect(executionAllowedAt('2026-05-06T21:30:00+08:00', cal, { nightStart: '21:00' }).allowed).toBe(false);
    expect(() => executionAllowedAt('2026-05-06T21:30:00', cal)).toThrow(ClockError);
    expect(() => executionAllowedAt('2026-05-06T21:30:00+08:00', cal, { nightStart: '25:00' })).toThrow(ClockError);
  });
});

describe('licenceDeadlines / correctionNoticeDeadline (ALL-42, ALL-44, ALL-45, ALL-32)', () => {
  it('ALL-42 / ALL-44: 20 wd decision, certificate 10 wd after it', () => {
    expect(licenceDeadlines('2025-03-03', cal)).toEqual({ decisionDue: '2025-03-31', certificateDue: '2025-04-15' });
    expect(licenceDeadlines('2025-03-03', cal, { decidedOn: '2025-03-20' }).certificateDue).toBe('2025-04-03');
  });
  it('ALL-42: extended by 10 wd (Qingming 04-04 skipped)', () => {
    expect(licenceDeadlines('2025-03-03', cal, { extended: { approvedOn: '2025-03-28' } }).decisionDue).toBe(
      '2025-04-15',
    );
    expect(() => licenceDeadlines('2025-03-03', cal, { extended: { approvedOn: '2025-04-01' } })).toThrow(ClockError);
  });
  it('ALL-45: testing time excluded; a suspension is not an ALL-45 exclusion (refused)', () => {
    expect(
      licenceDeadlines('2025-03-03', cal, { pauses: [{ from: '2025-03-10', to: '2025-03-14', kind: 'TESTING' }] })
        .decisionDue,
    ).toBe('2025-04-08');
    expect(() =>
      licenceDeadlines('2025-03-03', cal, { pauses: [{ from: '2025-03-10', to: '2025-03-14', kind: 'SUSPENSION' }] }),
    ).toThrow(ClockError);
  });
  it('ALL-32: notice within 5 wd is on time; later means deemed accepted on the receipt date', () => {
    expect(correctionNoticeDeadline('2026-09-30', cal, { noticeGivenOn: '2026-10-13' })).toEqual({
      due: '2026-10-13',
      deemedAccepted: false,
    });
    expect(correctionNoticeDeadline('2026-09-30', cal, { noticeGivenOn: '2026-10-14' })).toEqual({
      due: '2026-10-13',
      deemedAccepted: true,
      acceptedOn: '2026-09-30',
    });
    expect(correctionNoticeDeadline('2026-09-30', cal, { today: '2026-10-14' }).deemedAccepted).toBe(true);
    expect(correctionNoticeDeadline('2026-09-30', cal, { today: '2026-10-12' }).deemedAccepted).toBe(false);
  });
});

describe('properties', () => {
  const start = fc
    .integer({ min: toEpochDay('2025-01-01'), max: toEpochDay('2026-06-30') })
    .map((n) => fromEpochDay(n));
  it('SAMR-90 / ACL-25 / ALL-42: a pause never shortens a deadline', () => {
    const rules: [ClockRule, 'TESTING' | 'APPRAISAL'][] = [
      [R['SAMR-90'], 'TESTING'],
      [R['ACL-25'], 'APPRAISAL'],
      [R['ALL-42'], 'TESTING'],
    ];
    fc.assert(
      fc.property(
        start,
        fc.constantFrom(...rules),
        fc.integer({ min: -5, max: 100 }),
        fc.integer({ min: 0, max: 20 }),
        fc.boolean(),
        (s, [r, kind], offset, len, roll) => {
          const pauses = [{ from: addDays(s, offset), to: addDays(s, offset + len), kind }];
          const base = deadline(r, s, cal, { rollOverForAgencyDeadlines: roll }).due;
          const paused = deadline(r, s, cal, { pauses, rollOverForAgencyDeadlines: roll }).due;
          expect(compareDates(paused, base)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
