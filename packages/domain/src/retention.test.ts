import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, fromEpochDay, toEpochDay } from './dates.js';
import {
  isRetentionClass,
  mayDispose,
  RETENTION_CLASSES,
  RETENTION_LABELS,
  RETENTION_MONTHS,
  type RetentionFacts,
  retainUntil,
} from './retention.js';

const day = fc.integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2060-12-31') }).map(fromEpochDay);
const active = (over: Partial<RetentionFacts> = {}): RetentionFacts => ({
  retentionClass: 'ROUTINE_6M',
  retainUntil: '2026-07-31',
  legalHold: false,
  status: 'ACTIVE',
  ...over,
});

describe('retention classes (REC-AV-MGMT: retention per local list)', () => {
  it('labels every class in Chinese', () => {
    expect(RETENTION_CLASSES.map((c) => RETENTION_LABELS[c])).toEqual([
      '随案卷保存',
      '永久保存',
      '保存 30 年',
      '保存 6 个月',
    ]);
    expect(isRetentionClass('LONG_30Y')).toBe(true);
    expect(isRetentionClass('FOREVER')).toBe(false);
  });

  it('case evidence is kept with the case file and permanent records have no automatic end', () => {
    expect(retainUntil('CASE_EVIDENCE', '2026-01-31')).toBeNull();
    expect(retainUntil('PERMANENT', '2026-01-31')).toBeNull();
    expect(RETENTION_MONTHS.CASE_EVIDENCE).toBeNull();
  });

  it('periods end on the corresponding date (Civil Code Art. 202, TIME-MONTH)', () => {
    expect(retainUntil('ROUTINE_6M', '2026-01-15')).toBe('2026-07-15');
    // 31 August + 6 months: February has no 31st → its last day
    expect(retainUntil('ROUTINE_6M', '2025-08-31')).toBe('2026-02-28');
    expect(retainUntil('LONG_30Y', '2026-03-01')).toBe('2056-03-01');
    // 29 February + 30 years → 28 February
    expect(retainUntil('LONG_30Y', '2024-02-29')).toBe('2054-02-28');
  });

  it('a period always ends after the day it starts', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('LONG_30Y' as const, 'ROUTINE_6M' as const), (d, c) => {
        const end = retainUntil(c, d);
        expect(end).not.toBeNull();
        expect(compareDates(end as string, d)).toBe(1);
      }),
    );
  });
});

describe('mayDispose (issue 3 §5: legal hold, minimum period, two-person disposal)', () => {
  it('allows disposal from the day after the period ends', () => {
    expect(mayDispose(active(), '2026-08-01')).toEqual({ ok: true });
  });

  it('refuses on and before the last day of the period', () => {
    for (const today of ['2026-07-31', '2026-01-01']) {
      const r = mayDispose(active(), today);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.refusals.map((x) => x.code)).toEqual(['RETENTION_NOT_REACHED']);
    }
  });

  it('refuses under a legal hold whatever the date', () => {
    fc.assert(
      fc.property(day, (today) => {
        const r = mayDispose(active({ legalHold: true, retainUntil: '2000-01-01' }), addDays(today, 1));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.refusals.map((x) => x.code)).toContain('LEGAL_HOLD');
      }),
    );
  });

  it('refuses permanent records and records kept with the case file', () => {
    const p = mayDispose(active({ retentionClass: 'PERMANENT', retainUntil: null }), '2099-01-01');
    const c = mayDispose(active({ retentionClass: 'CASE_EVIDENCE', retainUntil: null }), '2099-01-01');
    expect(p.ok || p.refusals[0].code).toBe('PERMANENT');
    expect(c.ok || c.refusals[0].code).toBe('KEPT_WITH_CASE_FILE');
    expect(c.ok || c.refusals[0].message).toMatch(/随案卷保存/);
  });

  it('refuses a record that is already disposed and lists every reason', () => {
    const r = mayDispose(active({ status: 'DISPOSED', legalHold: true }), '2026-01-01');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.refusals.map((x) => x.code)).toEqual(['ALREADY_DISPOSED', 'LEGAL_HOLD', 'RETENTION_NOT_REACHED']);
      for (const x of r.refusals) expect(x.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
