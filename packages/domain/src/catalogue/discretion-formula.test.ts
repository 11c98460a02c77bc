import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBenchmarkEntry } from './discretion.js';
import {
  DEFAULT_TIER_CONDITION_TEXT,
  GEOMETRIC_RATIO,
  ONLY_MAX_PERCENTS,
  suggestTiersFromStatutory,
} from './discretion-formula.js';
import { PENALTY_TYPES, type PenaltyScale } from './penalty.js';

const fines = (scale: PenaltyScale) => suggestTiersFromStatutory(scale).map((t) => t.fine);
const yuan = (n: number) => n * 100;

describe('suggestTiersFromStatutory (DISC-FORMULA)', () => {
  it('DISC-FORMULA: the DOMAIN numbers — lighter ≤ 20 %, general 40–60 %, heavier 60–100 %, ratio 4', () => {
    expect(ONLY_MAX_PERCENTS).toEqual({ LIGHTER: [0, 20], GENERAL: [40, 60], HEAVIER: [60, 100] });
    expect(GEOMETRIC_RATIO).toBe(4);
  });
  it('DISC-FORMULA: only a maximum → percentages of the maximum', () => {
    const tiers = suggestTiersFromStatutory({ types: ['WARNING', 'FINE'], fineMaxFen: yuan(10_000) });
    expect(tiers.map((t) => t.tier)).toEqual(['LIGHTER', 'GENERAL', 'HEAVIER']);
    expect(tiers.map((t) => t.fine)).toEqual([
      { mode: 'PERCENT_OF_MAX', minPercent: 0, maxPercent: 20 },
      { mode: 'PERCENT_OF_MAX', minPercent: 40, maxPercent: 60 },
      { mode: 'PERCENT_OF_MAX', minPercent: 60, maxPercent: 100 },
    ]);
    expect(tiers[1].penaltyTypes).toEqual(['WARNING', 'FINE']);
    expect(tiers[1].conditions).toEqual({ factors: [], text: DEFAULT_TIER_CONDITION_TEXT.GENERAL });
  });
  it('DISC-FORMULA: a range with max/min < 4 → thirds, boundaries rounded to whole yuan', () => {
    expect(fines({ types: ['FINE'], fineMinFen: yuan(10_000), fineMaxFen: yuan(30_000) })).toEqual([
      { mode: 'RANGE', minFen: yuan(10_000), maxFen: yuan(16_667) },
      { mode: 'RANGE', minFen: yuan(16_667), maxFen: yuan(23_333) },
      { mode: 'RANGE', minFen: yuan(23_333), maxFen: yuan(30_000) },
    ]);
    // ratio 3.99
    expect(fines({ types: ['FINE'], fineMinFen: yuan(1_000), fineMaxFen: yuan(3_990) })[0]).toEqual({
      mode: 'RANGE',
      minFen: yuan(1_000),
      maxFen: yuan(1_997),
    });
  });
  it('DISC-FORMULA: max/min ≥ 4 → divided by multiples (geometric thirds)', () => {
    expect(fines({ types: ['FINE'], fineMinFen: yuan(10_000), fineMaxFen: yuan(1_000_000) })).toEqual([
      { mode: 'RANGE', minFen: yuan(10_000), maxFen: yuan(46_416) },
      { mode: 'RANGE', minFen: yuan(46_416), maxFen: yuan(215_443) },
      { mode: 'RANGE', minFen: yuan(215_443), maxFen: yuan(1_000_000) },
    ]);
    // exactly 4
    expect(fines({ types: ['FINE'], fineMinFen: yuan(5_000), fineMaxFen: yuan(20_000) })).toEqual([
      { mode: 'RANGE', minFen: yuan(5_000), maxFen: yuan(7_937) },
      { mode: 'RANGE', minFen: yuan(7_937), maxFen: yuan(12_599) },
      { mode: 'RANGE', minFen: yuan(12_599), maxFen: yuan(20_000) },
    ]);
  });
  it('DISC-FORMULA / DISC-FINE-TIERS: multiples are split between the minimum and maximum multiple', () => {
    const m = (min: number | undefined, max: number) =>
      fines({
        types: ['FINE'],
        multipleBase: '违法所得',
        ...(min === undefined ? {} : { minMultiple: min }),
        maxMultiple: max,
      }).map((f) => (f && f.mode === 'MULTIPLE' ? [f.minMultiple, f.maxMultiple] : f));
    expect(m(1, 3)).toEqual([
      [1, 1.67],
      [1.67, 2.33],
      [2.33, 3],
    ]);
    expect(m(1, 5)).toEqual([
      [1, 1.71],
      [1.71, 2.92],
      [2.92, 5],
    ]);
    expect(m(undefined, 5)).toEqual([
      [0, 1],
      [2, 3],
      [3, 5],
    ]);
    expect(m(2, 2)).toEqual([
      [2, 2],
      [2, 2],
      [2, 2],
    ]);
  });
  it('DISC-FORMULA: a scale without a fine gets three tiers without fine rules; invalid scales throw', () => {
    const tiers = suggestTiersFromStatutory({ types: ['WARNING', 'SUSPEND_LICENSE'] });
    expect(tiers.map((t) => [t.tier, t.fine])).toEqual([
      ['LIGHTER', undefined],
      ['GENERAL', undefined],
      ['HEAVIER', undefined],
    ]);
    expect(() => suggestTiersFromStatutory({ types: ['FINE'] })).toThrow('处罚种类包括罚款，须设置罚款数额或倍数');
  });
  it('DISC-FORMULA: suggested tiers always form a valid benchmark entry (property)', () => {
    const scaleArb = fc
      .record({
        extra: fc.subarray(PENALTY_TYPES.filter((t) => t !== 'FINE')),
        mult: fc.boolean(),
        min: fc.integer({ min: 0, max: 50_000_000 }),
        span: fc.integer({ min: 0, max: 500_000_000 }),
        mmin: fc.integer({ min: 0, max: 500 }),
        mspan: fc.integer({ min: 0, max: 1000 }),
      })
      .map(({ extra, mult, min, span, mmin, mspan }): PenaltyScale => {
        const types = ['FINE' as const, ...extra];
        return mult
          ? {
              types,
              multipleBase: '违法所得',
              minMultiple: mmin / 100,
              maxMultiple: Math.max(0.01, (mmin + mspan) / 100),
            }
          : { types, fineMinFen: min, fineMaxFen: Math.max(1, min + span) };
      });
    fc.assert(
      fc.property(scaleArb, (statutory) => {
        const entry = { code: 'P-1', violation: '某违法行为', statutory, tiers: suggestTiersFromStatutory(statutory) };
        expect(validateBenchmarkEntry(entry)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
