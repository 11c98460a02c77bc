import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BenchmarkEntry, DiscretionTier } from './discretion.js';
import { validateBenchmarkEntry } from './discretion.js';
import { applyBenchmark, BenchmarkError } from './discretion-apply.js';
import { suggestTiersFromStatutory } from './discretion-formula.js';
import { cond, entry } from './test-fixtures.js';

const org = { factors: [] as string[], partyType: 'ORGANISATION' as const };

describe('applyBenchmark (DISC-EXPLAIN)', () => {
  it('DISC-EXPLAIN: a GENERAL tier with an amount range prints benchmark, basis, tier, conditions, types and range', () => {
    const r = applyBenchmark(entry, 'GENERAL', org);
    expect(r).toMatchObject({
      tier: 'GENERAL',
      allowedPenaltyTypes: ['FINE', 'CONFISCATE_ILLEGAL_GAINS'],
      fineMinFen: 3_000_000,
      fineMaxFen: 7_000_000,
      matchedFactors: [],
      warnings: [],
    });
    expect(r.reasoning).toEqual([
      '适用裁量基准"XX-001"：未按规定亮照经营',
      '违反的规定：《某条例》第十条；处罚依据：《某条例》第三十条',
      '法定处罚：警告、罚款、没收违法所得（罚款 10000.00 元以上 100000.00 元以下）',
      '裁量阶次：一般处罚（适用条件：不具有从轻、从重情节）',
      '本阶次未列明具体情节，依据适用条件认定',
      '可以给予的处罚种类：罚款、没收违法所得',
      '罚款幅度为 30000.00 元至 70000.00 元',
    ]);
  });
  it('DISC-EXPLAIN: matched factors are printed; factors of other tiers are flagged for review', () => {
    const r = applyBenchmark(entry, 'HEAVIER', { ...org, factors: ['拒不改正', ' 配合调查 ', '拒不改正'] });
    expect(r.matchedFactors).toEqual(['拒不改正']);
    expect(r.reasoning).toContain('当事人具有本阶次列明的情节：拒不改正');
    expect(r.warnings).toEqual(['当事人还具有"从轻"阶次列明的情节：配合调查']);
    expect([r.fineMinFen, r.fineMaxFen]).toEqual([7_000_000, 10_000_000]);
  });
  it('DISC-EXPLAIN: choosing a tier whose listed factors are absent asks for reasons', () => {
    const r = applyBenchmark(entry, 'LIGHTER', org);
    expect(r.reasoning).toContain('当事人不具有本阶次列明的情节，选择本阶次的理由须另行说明');
    expect(r.warnings).toEqual(['当事人情节与"从轻"阶次列明的情节均不匹配']);
  });
  it('DISC-TIERS/APL-33-4: NO_PENALTY allows nothing and requires education', () => {
    const r = applyBenchmark(entry, 'NO_PENALTY', { ...org, factors: ['初次违法', '及时改正'] });
    expect(r).toMatchObject({
      allowedPenaltyTypes: [],
      fineMinFen: null,
      fineMaxFen: null,
      matchedFactors: ['初次违法', '及时改正'],
    });
    expect(r.reasoning.at(-1)).toBe('依法不予行政处罚，应当对当事人进行教育（行政处罚法第三十三条第三款）');
  });
  it('DISC-TIERS: a tier without a fine returns null amounts', () => {
    const e: BenchmarkEntry = {
      ...entry,
      tiers: entry.tiers.map((t) => (t.tier === 'REDUCED' ? { ...t, penaltyTypes: ['WARNING'], fine: null } : t)),
    };
    const r = applyBenchmark(e, 'REDUCED', org);
    expect([r.fineMinFen, r.fineMaxFen]).toEqual([null, null]);
    expect(r.reasoning.at(-1)).toBe('可以给予的处罚种类：警告');
  });
  it('DISC-FINE-TIERS: MULTIPLE needs the base amount; min rounds up and max down to whole fen', () => {
    const m: BenchmarkEntry = {
      code: 'XX-002',
      violation: '销售不合格产品',
      statutory: { types: ['FINE'], multipleBase: '货值金额', minMultiple: 1, maxMultiple: 3 },
      tiers: (
        [
          ['LIGHTER', 1, 1.5],
          ['GENERAL', 1.5, 2.5],
          ['HEAVIER', 2.5, 3],
        ] as const
      ).map(([tier, lo, hi]) => ({
        tier,
        conditions: cond(tier),
        penaltyTypes: ['FINE'],
        fine: { mode: 'MULTIPLE', base: '货值金额', minMultiple: lo, maxMultiple: hi },
      })),
    };
    expect(validateBenchmarkEntry(m)).toEqual([]);
    const r = applyBenchmark(m, 'GENERAL', { ...org, baseAmountFen: 1_234_567 });
    expect([r.fineMinFen, r.fineMaxFen]).toEqual([1_851_851, 3_086_417]);
    expect(r.reasoning.at(-1)).toBe(
      '罚款按货值金额（12345.67 元）的 1.5 倍至 2.5 倍计算，幅度为 18518.51 元至 30864.17 元',
    );
    expect(() => applyBenchmark(m, 'GENERAL', org)).toThrow(
      new BenchmarkError('按货值金额的倍数计算罚款，须提供货值金额的金额'),
    );
    expect(() => applyBenchmark(m, 'GENERAL', { ...org, baseAmountFen: -1 })).toThrow(
      '货值金额的金额须为非负整数（分）',
    );
    const zero = applyBenchmark(m, 'GENERAL', { ...org, baseAmountFen: 0 });
    expect([zero.fineMinFen, zero.fineMaxFen]).toEqual([0, 0]);
    expect(zero.warnings).toEqual(['货值金额为零，按倍数计算的罚款为零；没有货值金额的，应适用规定的定额罚款幅度']);
  });
  it('DISC-FORMULA: only a maximum — lighter ≤ 20 %, general 40–60 %, heavier 60–100 % of the maximum', () => {
    const statutory = { types: ['WARNING', 'FINE'] as const, fineMaxFen: 1_000_000 };
    const e: BenchmarkEntry = {
      code: 'XX-004',
      violation: '占道经营',
      statutory: { ...statutory, types: [...statutory.types] },
      tiers: suggestTiersFromStatutory({ ...statutory, types: [...statutory.types] }),
    };
    const range = (t: DiscretionTier) => {
      const r = applyBenchmark(e, t, org);
      return [r.fineMinFen, r.fineMaxFen];
    };
    expect(range('LIGHTER')).toEqual([0, 200_000]);
    expect(range('GENERAL')).toEqual([400_000, 600_000]);
    expect(range('HEAVIER')).toEqual([600_000, 1_000_000]);
    expect(applyBenchmark(e, 'GENERAL', org).reasoning.at(-1)).toBe(
      '罚款按法定最高罚款 10000.00 元的 40%至 60%计算，幅度为 4000.00 元至 6000.00 元',
    );
  });
  it('DISC-FORMULA: a percentage of a multiple-only maximum needs the base amount', () => {
    const statutory = { types: ['FINE' as const], multipleBase: '违法所得', maxMultiple: 5 };
    const e: BenchmarkEntry = {
      code: 'XX-005',
      violation: '某违法行为',
      statutory,
      tiers: [
        {
          tier: 'LIGHTER',
          conditions: cond('从轻'),
          penaltyTypes: ['FINE'],
          fine: { mode: 'PERCENT_OF_MAX', minPercent: 0, maxPercent: 20 },
        },
        {
          tier: 'GENERAL',
          conditions: cond('一般'),
          penaltyTypes: ['FINE'],
          fine: { mode: 'PERCENT_OF_MAX', minPercent: 40, maxPercent: 60 },
        },
        {
          tier: 'HEAVIER',
          conditions: cond('从重'),
          penaltyTypes: ['FINE'],
          fine: { mode: 'PERCENT_OF_MAX', minPercent: 60, maxPercent: 100 },
        },
      ],
    };
    const r = applyBenchmark(e, 'LIGHTER', { ...org, baseAmountFen: 1_000_000 });
    expect([r.fineMinFen, r.fineMaxFen]).toEqual([0, 1_000_000]);
    expect(r.reasoning.slice(-2)).toEqual([
      '罚款按法定最高倍数（违法所得 5 倍）的 0%至 20%，即 0 倍至 1 倍计算',
      '罚款按违法所得（10000.00 元）的 0 倍至 1 倍计算，幅度为 0.00 元至 10000.00 元',
    ]);
  });
  it('refuses an invalid entry, a party type the entry does not cover, and a missing tier', () => {
    const bad = {
      ...entry,
      tiers: entry.tiers.map((t) =>
        t.tier === 'HEAVIER' ? { ...t, fine: { mode: 'RANGE' as const, minFen: 7_000_000, maxFen: 20_000_000 } } : t,
      ),
    };
    expect(() => applyBenchmark(bad, 'GENERAL', org)).toThrow(BenchmarkError);
    try {
      applyBenchmark(bad, 'GENERAL', org);
    } catch (e) {
      expect((e as BenchmarkError).problems).toEqual([
        '裁量基准"XX-001"的"从重"阶次罚款上限 200000.00 元超过法定最高限额 100000.00 元（从重处罚不得超过法定最高限额）',
      ]);
    }
    expect(() =>
      applyBenchmark({ ...entry, partyTypes: ['ORGANISATION'] }, 'GENERAL', { ...org, partyType: 'NATURAL_PERSON' }),
    ).toThrow('裁量基准"XX-001"不适用于自然人');
    expect(() =>
      applyBenchmark({ ...entry, tiers: entry.tiers.filter((t) => t.tier !== 'REDUCED') }, 'REDUCED', org),
    ).toThrow('裁量基准"XX-001"没有"减轻"阶次');
    expect(() => applyBenchmark(entry, 'GENERAL', { ...org, partyType: 'X' as never })).toThrow('当事人类型无效');
  });
  it('DISC-TIERS: applied ranges stay within the statute and in tier order (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 100_000_000 }), (min, span) => {
        const statutory = { types: ['FINE' as const], fineMinFen: min, fineMaxFen: min + span };
        const e: BenchmarkEntry = {
          code: 'P-1',
          violation: '某违法行为',
          statutory,
          tiers: suggestTiersFromStatutory(statutory),
        };
        const [l, g, h] = (['LIGHTER', 'GENERAL', 'HEAVIER'] as const).map((t) => applyBenchmark(e, t, org));
        for (const r of [l, g, h]) {
          expect(r.fineMinFen).toBeGreaterThanOrEqual(min === 0 ? 0 : min);
          expect(r.fineMaxFen).toBeLessThanOrEqual(min + span);
          expect(r.fineMinFen).toBeLessThanOrEqual(r.fineMaxFen as number);
        }
        expect(l.fineMaxFen).toBeLessThanOrEqual(g.fineMinFen as number);
        expect(g.fineMaxFen).toBeLessThanOrEqual(h.fineMinFen as number);
        expect(h.fineMaxFen).toBe(min + span);
      }),
    );
  });
});
