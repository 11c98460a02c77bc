import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PENALTY_TYPES, type PenaltyScale } from './penalty.js';
import { comparePenaltySeverity, explainPenaltySeverity } from './severity.js';

const fine = (minYuan: number, maxYuan: number, ...extra: PenaltyScale['types']): PenaltyScale => ({
  types: ['FINE', ...extra],
  fineMinFen: minYuan * 100,
  fineMaxFen: maxYuan * 100,
});
const gains = (min: number, max: number, base = '违法所得'): PenaltyScale => ({
  types: ['FINE'],
  multipleBase: base,
  minMultiple: min,
  maxMultiple: max,
});

describe('comparePenaltySeverity (APL-37 "处罚较轻")', () => {
  it('APL-37: no penalty is lighter than any penalty; two empty scales are equal', () => {
    expect(comparePenaltySeverity(null, fine(0, 100))).toBe(-1);
    expect(comparePenaltySeverity({ types: [] }, { types: ['WARNING'] })).toBe(-1);
    expect(comparePenaltySeverity(fine(0, 100), null)).toBe(1);
    expect(comparePenaltySeverity(null, { types: [] })).toBe(0);
  });
  it('APL-37 / STAT-PEN-RULE: the most severe type decides first, whatever the fines', () => {
    expect(
      comparePenaltySeverity({ types: ['WARNING', 'FINE'], fineMaxFen: 9_999_999 }, fine(0, 10, 'REVOKE_LICENSE')),
    ).toBe(-1);
    expect(comparePenaltySeverity({ types: ['DETENTION'] }, { types: ['ORDER_CLOSE'] })).toBe(1);
    expect(
      explainPenaltySeverity(
        { types: ['FINE'], fineMaxFen: 1 },
        { types: ['REVOKE_LICENSE'] },
        { labels: ['新的规定', '旧的规定'] },
      ).reason,
    ).toBe('最重处罚种类新的规定为"罚款"，旧的规定为"吊销许可证件"');
  });
  it('APL-37: with the same top type, the lower maximum fine is lighter, then the lower minimum', () => {
    expect(comparePenaltySeverity(fine(5000, 30_000), fine(5000, 50_000))).toBe(-1);
    expect(comparePenaltySeverity(fine(2000, 50_000), fine(5000, 50_000))).toBe(-1);
    expect(comparePenaltySeverity(fine(5000, 50_000), fine(5000, 50_000))).toBe(0);
    expect(explainPenaltySeverity(fine(5000, 30_000), fine(5000, 50_000)).reason).toBe(
      '罚款最高数额前者为 30000.00 元，后者为 50000.00 元',
    );
  });
  it('APL-37 ambiguous case: a lower maximum with a higher minimum is lighter (max decides)', () => {
    expect(comparePenaltySeverity(fine(20_000, 40_000), fine(10_000, 50_000))).toBe(-1);
    // … but not when the top type is more severe
    expect(comparePenaltySeverity(fine(20_000, 40_000, 'SUSPEND_LICENSE'), fine(10_000, 50_000))).toBe(1);
  });
  it('APL-37: a scale without a fine is lighter than the same types with a fine', () => {
    expect(comparePenaltySeverity({ types: ['REVOKE_LICENSE'] }, fine(0, 10, 'REVOKE_LICENSE'))).toBe(-1);
    expect(explainPenaltySeverity({ types: ['REVOKE_LICENSE'] }, fine(0, 10, 'REVOKE_LICENSE')).reason).toBe(
      '前者不处罚款，后者可处罚款',
    );
  });
  it('APL-37: multiples compare when the bases are equal (max, then min)', () => {
    expect(comparePenaltySeverity(gains(1, 3), gains(1, 5))).toBe(-1);
    expect(comparePenaltySeverity(gains(2, 5), gains(1, 5))).toBe(1);
    expect(comparePenaltySeverity(gains(1, 5), gains(1, 5))).toBe(0);
    expect(comparePenaltySeverity({ types: ['FINE'], multipleBase: '违法所得', maxMultiple: 5 }, gains(1, 5))).toBe(-1);
  });
  it('APL-37: multiples of different bases, or multiples vs amounts, need the base amount', () => {
    expect(comparePenaltySeverity(gains(1, 3, '货值金额'), gains(1, 5))).toBeNull();
    expect(comparePenaltySeverity(gains(1, 3), fine(10_000, 50_000))).toBeNull();
    expect(explainPenaltySeverity(gains(1, 3), fine(10_000, 50_000)).reason).toBe(
      '罚款计算方式不同（前者：违法所得 1 倍以上 3 倍以下；后者：10000.00 元以上 50000.00 元以下），须提供计算基数的金额后比较',
    );
    // 违法所得 20,000 yuan → 1–3 倍 = 20,000–60,000 yuan, heavier than a 50,000-yuan maximum
    const baseAmountsFen = { 违法所得: 2_000_000 };
    expect(comparePenaltySeverity(gains(1, 3), fine(10_000, 50_000), { baseAmountsFen })).toBe(1);
    expect(comparePenaltySeverity(gains(1, 2), fine(10_000, 50_000), { baseAmountsFen })).toBe(-1);
  });
  it('APL-37: a zero base means "no base" — the fixed range of the scale applies', () => {
    const both = { ...gains(1, 5), fineMaxFen: 1_000_000 };
    expect(comparePenaltySeverity(both, fine(0, 20_000), { baseAmountsFen: { 违法所得: 0 } })).toBe(-1);
    expect(comparePenaltySeverity(gains(1, 5), fine(0, 20_000), { baseAmountsFen: { 违法所得: 0 } })).toBe(-1);
  });
  it('APL-37: equal multiples fall back to the fixed ranges', () => {
    const a = { ...gains(1, 5), fineMaxFen: 1_000_000 };
    const b = { ...gains(1, 5), fineMaxFen: 2_000_000 };
    expect(comparePenaltySeverity(a, b)).toBe(-1);
    expect(comparePenaltySeverity(a, gains(1, 5))).toBeNull();
  });
  it('APL-37: 其他行政处罚 on one side only, or different type sets with the same top and fine, are left to a human', () => {
    expect(comparePenaltySeverity({ types: ['WARNING', 'OTHER_BY_LAW'] }, { types: ['WARNING'] })).toBeNull();
    expect(
      comparePenaltySeverity(
        { types: ['WARNING', 'OTHER_BY_LAW'] },
        { types: ['FINE', 'OTHER_BY_LAW'], fineMaxFen: 1 },
      ),
    ).toBe(-1);
    expect(comparePenaltySeverity(fine(0, 100, 'WARNING'), fine(0, 100))).toBeNull();
    expect(explainPenaltySeverity(fine(0, 100, 'WARNING'), fine(0, 100)).reason).toBe(
      '处罚种类不同（前者：罚款、警告；后者：罚款），但最重种类和罚款幅度相同，轻重须人工判断',
    );
  });
});

const scaleArb: fc.Arbitrary<PenaltyScale | null> = fc.option(
  fc
    .record({
      types: fc.subarray([...PENALTY_TYPES], { minLength: 1 }),
      min: fc.integer({ min: 0, max: 5 }),
      span: fc.integer({ min: 1, max: 5 }),
      mult: fc.boolean(),
      base: fc.constantFrom('违法所得', '货值金额'),
    })
    .map(({ types, min, span, mult, base }): PenaltyScale => {
      if (!types.includes('FINE')) return { types };
      return mult
        ? { types, multipleBase: base, minMultiple: min, maxMultiple: min + span }
        : { types, fineMinFen: min * 100_000, fineMaxFen: (min + span) * 100_000 };
    }),
  { nil: null },
);
const neg = (x: -1 | 0 | 1 | null) => (x === null ? null : x === 0 ? 0 : -x);

describe('comparePenaltySeverity algebra (property)', () => {
  it('APL-37: reflexive and antisymmetric', () => {
    fc.assert(
      fc.property(scaleArb, scaleArb, (a, b) => {
        expect(comparePenaltySeverity(a, a)).toBe(0);
        expect(comparePenaltySeverity(b, a)).toBe(neg(comparePenaltySeverity(a, b)));
      }),
    );
  });
  it('APL-37: transitive wherever decided', () => {
    fc.assert(
      fc.property(scaleArb, scaleArb, scaleArb, (a, b, c) => {
        const ab = comparePenaltySeverity(a, b);
        const bc = comparePenaltySeverity(b, c);
        const ac = comparePenaltySeverity(a, c);
        if (ab === null || bc === null || ac === null) return;
        if (ab <= 0 && bc <= 0) expect(ac).toBeLessThanOrEqual(0);
        if (ab < 0 && bc <= 0) expect(ac).toBe(-1);
      }),
      { numRuns: 500 },
    );
  });
  it('APL-37: lowering the maximum fine never makes a scale heavier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 0, max: 1e8 }), (max, cut) => {
        const a: PenaltyScale = { types: ['WARNING', 'FINE'], fineMaxFen: max };
        const b: PenaltyScale = { types: ['WARNING', 'FINE'], fineMaxFen: Math.max(1, max - cut) };
        expect(comparePenaltySeverity(b, a)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
