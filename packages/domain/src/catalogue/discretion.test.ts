import { describe, expect, it } from 'vitest';
import {
  type BenchmarkEntry,
  type BenchmarkTier,
  DISCRETION_TIER_LABELS,
  DISCRETION_TIERS,
  fineRuleProblems,
  isDiscretionTier,
  tierFineBand,
  validateBenchmarkEntry,
} from './discretion.js';
import { cond, entry } from './test-fixtures.js';

const withTier = (e: BenchmarkEntry, tier: BenchmarkTier['tier'], patch: Partial<BenchmarkTier>): BenchmarkEntry => ({
  ...e,
  tiers: e.tiers.map((t) => (t.tier === tier ? { ...t, ...patch } : t)),
});

describe('discretion tiers (DISC-TIERS)', () => {
  it('DISC-TIERS: five tiers from lightest to heaviest with Chinese labels', () => {
    expect(DISCRETION_TIERS.map((t) => DISCRETION_TIER_LABELS[t])).toEqual([
      '不予处罚',
      '减轻处罚',
      '从轻处罚',
      '一般处罚',
      '从重处罚',
    ]);
    expect(isDiscretionTier('GENERAL')).toBe(true);
    expect(isDiscretionTier('SEVERE')).toBe(false);
  });
});

describe('fine rules', () => {
  it('DISC-FINE-TIERS: fine rules are structurally checked', () => {
    expect(fineRuleProblems({ mode: 'RANGE', minFen: 2, maxFen: 1 })).toEqual(['罚款下限高于上限']);
    expect(fineRuleProblems({ mode: 'RANGE', minFen: -1, maxFen: 1 })).toEqual(['罚款数额须为非负整数（分）']);
    expect(fineRuleProblems({ mode: 'MULTIPLE', base: ' ', minMultiple: 1, maxMultiple: 2 })).toEqual([
      '按倍数计算的罚款须写明计算基数',
    ]);
    expect(fineRuleProblems({ mode: 'MULTIPLE', base: '违法所得', minMultiple: 3, maxMultiple: 2 })).toEqual([
      '罚款倍数下限高于上限',
    ]);
    expect(fineRuleProblems({ mode: 'MULTIPLE', base: '违法所得', minMultiple: 1.005, maxMultiple: 2 })).toEqual([
      '罚款倍数须为非负数，最多两位小数',
    ]);
    expect(fineRuleProblems({ mode: 'PERCENT_OF_MAX', minPercent: 0, maxPercent: 120 })).toEqual([
      '罚款百分比须在 0 至 100 之间，最多两位小数',
    ]);
    expect(fineRuleProblems({ mode: 'PERCENT_OF_MAX', minPercent: 60, maxPercent: 40 })).toEqual([
      '罚款百分比下限高于上限',
    ]);
    expect(fineRuleProblems({ mode: 'X' } as never)).toEqual(['罚款计算方式无效']);
  });
  it('DISC-FORMULA: PERCENT_OF_MAX resolves against the statutory maximum (min up, max down) or the maximum multiple', () => {
    expect(
      tierFineBand(
        { types: ['FINE'], fineMaxFen: 1_000_001 },
        { mode: 'PERCENT_OF_MAX', minPercent: 40, maxPercent: 60 },
      ),
    ).toEqual({
      unit: 'FEN',
      min: 400_001,
      max: 600_000,
    });
    expect(
      tierFineBand(
        { types: ['FINE'], multipleBase: '货值金额', maxMultiple: 5 },
        { mode: 'PERCENT_OF_MAX', minPercent: 0, maxPercent: 20 },
      ),
    ).toEqual({ unit: 'MULTIPLE', base: '货值金额', min: 0, max: 1 });
    expect(tierFineBand({ types: ['WARNING'] }, { mode: 'PERCENT_OF_MAX', minPercent: 0, maxPercent: 20 })).toBeNull();
  });
});

describe('validateBenchmarkEntry (DISC-TIERS, DISC-FINE-TIERS, DISC-FORMULA)', () => {
  it('DISC-STRUCT: a complete five-tier entry is valid', () => {
    expect(validateBenchmarkEntry(entry)).toEqual([]);
  });
  it('DISC-STRUCT: code, violation, conditions and a valid statutory scale are required', () => {
    expect(validateBenchmarkEntry({ ...entry, code: ' ', violation: '' })).toEqual([
      '裁量基准编码不能为空',
      '裁量基准" "未填写违法行为',
    ]);
    expect(validateBenchmarkEntry({ ...entry, statutory: { types: ['FINE'] }, tiers: [] })).toEqual([
      '裁量基准"XX-001"的法定处罚：处罚种类包括罚款，须设置罚款数额或倍数',
      '裁量基准"XX-001"未设置裁量阶次',
    ]);
    expect(validateBenchmarkEntry(withTier(entry, 'GENERAL', { conditions: { factors: [], text: ' ' } }))).toEqual([
      '裁量基准"XX-001"的"一般"阶次未填写适用条件',
    ]);
    expect(validateBenchmarkEntry({ ...entry, tiers: [...entry.tiers, entry.tiers[3]] })).toEqual([
      '裁量基准"XX-001"的"一般"阶次重复',
    ]);
    expect(validateBenchmarkEntry({ ...entry, partyTypes: ['COMPANY' as never] })).toEqual([
      '裁量基准"XX-001"的当事人类型无效：COMPANY',
    ]);
  });
  it('DISC-TIERS: NO_PENALTY has no penalty types and no fine', () => {
    expect(validateBenchmarkEntry(withTier(entry, 'NO_PENALTY', { penaltyTypes: ['WARNING'] }))).toEqual([
      '裁量基准"XX-001"的"不予处罚"阶次不应设定处罚种类或罚款',
    ]);
  });
  it('DISC-FINE-TIERS: LIGHTER/GENERAL/HEAVIER lie within the statutory range and types', () => {
    expect(
      validateBenchmarkEntry(
        withTier(entry, 'LIGHTER', { fine: { mode: 'RANGE', minFen: 500_000, maxFen: 3_000_000 } }),
      ),
    ).toEqual(['裁量基准"XX-001"的"从轻"阶次罚款下限 5000.00 元低于法定最低限额 10000.00 元']);
    expect(validateBenchmarkEntry(withTier(entry, 'GENERAL', { penaltyTypes: ['FINE', 'REVOKE_LICENSE'] }))).toEqual([
      '裁量基准"XX-001"的"一般"阶次的处罚种类"吊销许可证件"不在法定处罚种类之内',
    ]);
    expect(validateBenchmarkEntry(withTier(entry, 'GENERAL', { penaltyTypes: [] }))).toContain(
      '裁量基准"XX-001"的"一般"阶次未设定处罚种类',
    );
  });
  it('DISC-TIERS: HEAVIER is never above the statutory maximum', () => {
    expect(
      validateBenchmarkEntry(
        withTier(entry, 'HEAVIER', { fine: { mode: 'RANGE', minFen: 7_000_000, maxFen: 12_000_000 } }),
      ),
    ).toEqual([
      '裁量基准"XX-001"的"从重"阶次罚款上限 120000.00 元超过法定最高限额 100000.00 元（从重处罚不得超过法定最高限额）',
    ]);
    expect(
      validateBenchmarkEntry(
        withTier(entry, 'HEAVIER', { fine: { mode: 'PERCENT_OF_MAX', minPercent: 70, maxPercent: 100 } }),
      ),
    ).toEqual([]);
  });
  it('DISC-TIERS/APL-28: REDUCED is below the statutory minimum or a lighter type', () => {
    expect(
      validateBenchmarkEntry(withTier(entry, 'REDUCED', { fine: { mode: 'RANGE', minFen: 100_000, maxFen: 999_999 } })),
    ).toEqual([]);
    expect(
      validateBenchmarkEntry(
        withTier(entry, 'REDUCED', { fine: { mode: 'RANGE', minFen: 100_000, maxFen: 1_000_000 } }),
      ),
    ).toEqual(['裁量基准"XX-001"的"减轻"阶次应低于法定最低罚款或者适用较轻的处罚种类']);
    // a warning instead of the fine: a lighter type
    expect(validateBenchmarkEntry(withTier(entry, 'REDUCED', { penaltyTypes: ['WARNING'], fine: null }))).toEqual([]);
    // APL-28: leaving out the confiscation of illegal gains is no reduction (illegal gains are always confiscated)
    expect(
      validateBenchmarkEntry(
        withTier(entry, 'REDUCED', { fine: { mode: 'RANGE', minFen: 1_000_000, maxFen: 2_000_000 } }),
      ),
    ).toEqual(['裁量基准"XX-001"的"减轻"阶次应低于法定最低罚款或者适用较轻的处罚种类']);
    // … but leaving out a heavier type (licence suspension) is: a fine within the range, without the suspension
    const withSuspension: BenchmarkEntry = {
      ...entry,
      statutory: { ...entry.statutory, types: [...entry.statutory.types, 'SUSPEND_LICENSE'] },
    };
    expect(
      validateBenchmarkEntry(
        withTier(withSuspension, 'REDUCED', { fine: { mode: 'RANGE', minFen: 1_000_000, maxFen: 2_000_000 } }),
      ),
    ).toEqual([]);
    // a type the provision does not list is allowed for REDUCED only if lighter
    const fineOnly: BenchmarkEntry = {
      ...entry,
      statutory: { types: ['FINE'], fineMinFen: 1_000_000, fineMaxFen: 10_000_000 },
      tiers: entry.tiers.map((t) => ({ ...t, penaltyTypes: t.penaltyTypes.filter((p) => p === 'FINE') })),
    };
    expect(validateBenchmarkEntry(withTier(fineOnly, 'REDUCED', { penaltyTypes: ['WARNING'], fine: null }))).toEqual(
      [],
    );
    expect(
      validateBenchmarkEntry(withTier(fineOnly, 'REDUCED', { penaltyTypes: ['SUSPEND_LICENSE'], fine: null })),
    ).toEqual([
      '裁量基准"XX-001"的"减轻"阶次的处罚种类"暂扣许可证件"不在法定处罚种类之内',
      '裁量基准"XX-001"的"减轻"阶次应低于法定最低罚款或者适用较轻的处罚种类',
    ]);
    expect(
      validateBenchmarkEntry(withTier(fineOnly, 'REDUCED', { fine: { mode: 'RANGE', minFen: 0, maxFen: 1_000_000 } })),
    ).toEqual(['裁量基准"XX-001"的"减轻"阶次应低于法定最低罚款或者适用较轻的处罚种类']);
    // with no statutory minimum a fine cannot be reduced below it: only a lighter type reduces
    const onlyMax: BenchmarkEntry = { ...fineOnly, statutory: { types: ['FINE'], fineMaxFen: 10_000_000 } };
    expect(
      validateBenchmarkEntry(withTier(onlyMax, 'REDUCED', { fine: { mode: 'RANGE', minFen: 0, maxFen: 100 } })),
    ).toEqual(['裁量基准"XX-001"的"减轻"阶次应低于法定最低罚款或者适用较轻的处罚种类']);
  });
  it('DISC-FINE-TIERS: fine type and fine rule go together', () => {
    expect(validateBenchmarkEntry(withTier(entry, 'LIGHTER', { penaltyTypes: ['WARNING'] }))).toEqual([
      '裁量基准"XX-001"的"从轻"阶次设定了罚款幅度，但处罚种类不包括罚款',
    ]);
    expect(validateBenchmarkEntry(withTier(entry, 'LIGHTER', { fine: undefined }))).toEqual([
      '裁量基准"XX-001"的"从轻"阶次的处罚种类包括罚款，但未设定罚款幅度',
    ]);
    expect(
      validateBenchmarkEntry(withTier(entry, 'LIGHTER', { fine: { mode: 'RANGE', minFen: 3, maxFen: 1 } })),
    ).toEqual(['裁量基准"XX-001"的"从轻"阶次：罚款下限高于上限']);
  });
  it('DISC-FINE-TIERS: a tier fine in other units than the statute cannot be checked', () => {
    expect(
      validateBenchmarkEntry(
        withTier(entry, 'GENERAL', { fine: { mode: 'MULTIPLE', base: '违法所得', minMultiple: 1, maxMultiple: 2 } }),
      ),
    ).toEqual(['裁量基准"XX-001"的"一般"阶次的罚款计算方式与法定罚款幅度不一致，无法比较']);
  });
  it('DISC-FINE-TIERS: multiple-based tiers are checked in multiples of the same base', () => {
    const m: BenchmarkEntry = {
      code: 'XX-002',
      violation: '销售不合格产品',
      statutory: {
        types: ['FINE', 'CONFISCATE_ILLEGAL_GAINS'],
        multipleBase: '货值金额',
        minMultiple: 1,
        maxMultiple: 3,
      },
      tiers: [
        {
          tier: 'LIGHTER',
          conditions: cond('从轻'),
          penaltyTypes: ['FINE'],
          fine: { mode: 'MULTIPLE', base: '货值金额', minMultiple: 1, maxMultiple: 1.5 },
        },
        {
          tier: 'GENERAL',
          conditions: cond('一般'),
          penaltyTypes: ['FINE'],
          fine: { mode: 'MULTIPLE', base: '货值金额', minMultiple: 1.5, maxMultiple: 2.5 },
        },
        {
          tier: 'HEAVIER',
          conditions: cond('从重'),
          penaltyTypes: ['FINE'],
          fine: { mode: 'MULTIPLE', base: '货值金额', minMultiple: 2.5, maxMultiple: 3.5 },
        },
      ],
    };
    expect(validateBenchmarkEntry(m)).toEqual([
      '裁量基准"XX-002"的"从重"阶次罚款倍数上限 3.5 倍超过法定最高限额 3 倍（从重处罚不得超过法定最高限额）',
    ]);
  });
  it('DISC-FINE-TIERS: tiers are ordered lighter ≤ general ≤ heavier, touching allowed, no overlap', () => {
    expect(
      validateBenchmarkEntry(
        withTier(entry, 'LIGHTER', { fine: { mode: 'RANGE', minFen: 1_000_000, maxFen: 3_500_000 } }),
      ),
    ).toEqual(['裁量基准"XX-001"的"从轻"阶次罚款幅度（至 35000.00 元）与"一般"阶次（自 30000.00 元）重叠或者顺序颠倒']);
    expect(
      validateBenchmarkEntry(
        withTier(entry, 'HEAVIER', { fine: { mode: 'RANGE', minFen: 2_000_000, maxFen: 2_500_000 } }),
      ),
    ).toEqual(['裁量基准"XX-001"的"一般"阶次罚款幅度（至 70000.00 元）与"从重"阶次（自 20000.00 元）重叠或者顺序颠倒']);
    // a gap between tiers is allowed (DISC-FORMULA leaves 20–40 % unassigned)
    expect(
      validateBenchmarkEntry(
        withTier(entry, 'LIGHTER', { fine: { mode: 'RANGE', minFen: 1_000_000, maxFen: 2_000_000 } }),
      ),
    ).toEqual([]);
  });
  it('DISC-FORMULA: a fine range is divided into at least LIGHTER, GENERAL and HEAVIER', () => {
    expect(
      validateBenchmarkEntry({
        ...entry,
        tiers: entry.tiers.filter((t) => t.tier !== 'HEAVIER' && t.tier !== 'LIGHTER'),
      }),
    ).toEqual(['裁量基准"XX-001"的罚款应至少划分从轻、一般、从重三个阶次（缺少"从轻"、"从重"）']);
    const noFine: BenchmarkEntry = {
      code: 'XX-003',
      violation: '某违法行为',
      statutory: { types: ['WARNING', 'CIRCULATED_CRITICISM'] },
      tiers: [{ tier: 'GENERAL', conditions: cond('一般'), penaltyTypes: ['WARNING'] }],
    };
    expect(validateBenchmarkEntry(noFine)).toEqual([]);
  });
  it('rejects unknown tiers', () => {
    expect(
      validateBenchmarkEntry({ ...entry, tiers: [...entry.tiers, { ...entry.tiers[2], tier: 'SEVERE' as never }] }),
    ).toEqual(['裁量基准"XX-001"的裁量阶次无效：SEVERE']);
  });
});
