import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BenchmarkEntry, BenchmarkTier } from './discretion.js';
import { validateNarrowing } from './discretion-narrowing.js';
import { cond, entry } from './test-fixtures.js';

const withTier = (e: BenchmarkEntry, tier: BenchmarkTier['tier'], patch: Partial<BenchmarkTier>): BenchmarkEntry => ({
  ...e,
  tiers: e.tiers.map((t) => (t.tier === tier ? { ...t, ...patch } : t)),
});

/** Statute: fine up to 10,000 yuan; the parent's tiers 0–1,000 / 1,000–3,000 / 3,000–10,000 yuan. */
const parent: BenchmarkEntry = {
  code: 'XX-001',
  violation: '占道经营',
  statutory: { types: ['WARNING', 'FINE'], fineMaxFen: 1_000_000 },
  tiers: [
    {
      tier: 'LIGHTER',
      conditions: cond('从轻'),
      penaltyTypes: ['WARNING', 'FINE'],
      fine: { mode: 'RANGE', minFen: 0, maxFen: 100_000 },
    },
    {
      tier: 'GENERAL',
      conditions: cond('一般'),
      penaltyTypes: ['FINE'],
      fine: { mode: 'RANGE', minFen: 100_000, maxFen: 300_000 },
    },
    {
      tier: 'HEAVIER',
      conditions: cond('从重'),
      penaltyTypes: ['FINE'],
      fine: { mode: 'RANGE', minFen: 300_000, maxFen: 1_000_000 },
    },
  ],
};

describe('validateNarrowing (DISC-FINE-TIERS: a lower agency may only narrow)', () => {
  it('DISC-FINE-TIERS: an identical or narrower child is accepted; dropping a tier is allowed', () => {
    expect(validateNarrowing(parent, parent)).toEqual([]);
    expect(
      validateNarrowing(
        parent,
        withTier(parent, 'GENERAL', { fine: { mode: 'RANGE', minFen: 150_000, maxFen: 250_000 } }),
      ),
    ).toEqual([]);
    expect(validateNarrowing(parent, withTier(parent, 'LIGHTER', { penaltyTypes: ['WARNING'], fine: null }))).toEqual(
      [],
    );
    expect(validateNarrowing(parent, { ...parent, tiers: parent.tiers.slice(1) })).toEqual([]);
  });
  it('DISC-FINE-TIERS: a wider maximum names the entry, the tier and the bound', () => {
    const child = withTier(parent, 'GENERAL', { fine: { mode: 'RANGE', minFen: 100_000, maxFen: 500_000 } });
    expect(validateNarrowing(parent, child)).toEqual([
      '裁量基准"XX-001"的"一般"阶次罚款上限 5000.00 元超出上级基准上限 3000.00 元',
    ]);
  });
  it('DISC-FINE-TIERS: a lower minimum is reported', () => {
    const child = withTier(parent, 'HEAVIER', { fine: { mode: 'RANGE', minFen: 250_000, maxFen: 1_000_000 } });
    expect(validateNarrowing(parent, child)).toEqual([
      '裁量基准"XX-001"的"从重"阶次罚款下限 2500.00 元低于上级基准下限 3000.00 元',
    ]);
  });
  it('DISC-FINE-TIERS: a tier the parent lacks, extra penalty types, or a fine the parent tier does not impose', () => {
    expect(validateNarrowing({ ...entry, tiers: entry.tiers.filter((t) => t.tier !== 'REDUCED') }, entry)).toEqual([
      '裁量基准"XX-001"设置了上级基准没有的"减轻"阶次',
    ]);
    expect(validateNarrowing(parent, withTier(parent, 'GENERAL', { penaltyTypes: ['WARNING', 'FINE'] }))).toEqual([
      '裁量基准"XX-001"的"一般"阶次的处罚种类"警告"超出上级基准',
    ]);
    const p2 = withTier(parent, 'LIGHTER', { penaltyTypes: ['WARNING'], fine: null });
    expect(validateNarrowing(p2, parent)).toEqual([
      '裁量基准"XX-001"的"从轻"阶次的处罚种类"罚款"超出上级基准',
      '裁量基准"XX-001"的"从轻"阶次设定了罚款，上级基准该阶次不处罚款',
    ]);
  });
  it('DISC-FINE-TIERS: the statutory scale and party types must match the parent', () => {
    expect(
      validateNarrowing(parent, { ...parent, statutory: { types: ['WARNING', 'FINE'], fineMaxFen: 2_000_000 } }),
    ).toContain('裁量基准"XX-001"的法定处罚与上级基准"XX-001"不一致');
    // null and undefined mean the same (no minimum)
    expect(
      validateNarrowing(parent, { ...parent, statutory: { ...parent.statutory, fineMinFen: null, maxMultiple: null } }),
    ).toEqual([]);
    const orgOnly: BenchmarkEntry = { ...parent, partyTypes: ['ORGANISATION'] };
    expect(validateNarrowing(orgOnly, parent)).toEqual(['裁量基准"XX-001"的适用对象"自然人"超出上级基准']);
    expect(validateNarrowing(orgOnly, orgOnly)).toEqual([]);
  });
  it('DISC-FINE-TIERS: percentages are compared as amounts; other unit mismatches are reported', () => {
    const pct = withTier(parent, 'GENERAL', { fine: { mode: 'PERCENT_OF_MAX', minPercent: 10, maxPercent: 30 } });
    expect(validateNarrowing(parent, pct)).toEqual([]);
    const wider = withTier(parent, 'GENERAL', { fine: { mode: 'PERCENT_OF_MAX', minPercent: 5, maxPercent: 30 } });
    expect(validateNarrowing(parent, wider)).toEqual([
      '裁量基准"XX-001"的"一般"阶次罚款下限 500.00 元低于上级基准下限 1000.00 元',
    ]);
    const multiple = withTier(parent, 'GENERAL', {
      fine: { mode: 'MULTIPLE', base: '违法所得', minMultiple: 1, maxMultiple: 2 },
    });
    expect(validateNarrowing(parent, multiple)).toEqual([
      '裁量基准"XX-001"的"一般"阶次的罚款计算方式与上级基准不同，无法确认是否在上级基准幅度之内',
    ]);
    const broken = withTier(parent, 'GENERAL', { fine: { mode: 'RANGE', minFen: 5, maxFen: 1 } });
    expect(validateNarrowing(parent, broken)).toEqual(['裁量基准"XX-001"的"一般"阶次：罚款下限高于上限']);
  });
  it('DISC-FINE-TIERS: multiples are compared in multiples', () => {
    const m: BenchmarkEntry = {
      code: 'XX-002',
      violation: '销售不合格产品',
      statutory: { types: ['FINE'], multipleBase: '货值金额', minMultiple: 1, maxMultiple: 3 },
      tiers: [
        {
          tier: 'GENERAL',
          conditions: cond('一般'),
          penaltyTypes: ['FINE'],
          fine: { mode: 'MULTIPLE', base: '货值金额', minMultiple: 1.5, maxMultiple: 2 },
        },
      ],
    };
    const child = withTier(m, 'GENERAL', {
      fine: { mode: 'MULTIPLE', base: '货值金额', minMultiple: 1.5, maxMultiple: 2.5 },
    });
    expect(validateNarrowing(m, child)).toEqual([
      '裁量基准"XX-002"的"一般"阶次罚款倍数上限 2.5 倍超出上级基准上限 2 倍',
    ]);
  });
  it('DISC-FINE-TIERS: every sub-range with a subset of types is a valid narrowing; any widening is not (property)', () => {
    const tierArb = fc.constantFrom(...parent.tiers);
    fc.assert(
      fc.property(
        tierArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        (t, x, y, widen) => {
          if (t.fine?.mode !== 'RANGE') return;
          const { minFen, maxFen } = t.fine;
          const [a, b] = [x, y].sort((p, q) => p - q).map((r) => minFen + Math.floor(r * (maxFen - minFen)));
          const narrow = withTier(parent, t.tier, {
            fine: { mode: 'RANGE', minFen: a, maxFen: b },
            penaltyTypes: t.penaltyTypes.slice(0, 1),
          });
          expect(validateNarrowing(parent, narrow)).toEqual([]);
          const wide = withTier(parent, t.tier, { fine: { mode: 'RANGE', minFen: a, maxFen: maxFen + widen } });
          expect(validateNarrowing(parent, wide)).toHaveLength(1);
        },
      ),
    );
  });
});
