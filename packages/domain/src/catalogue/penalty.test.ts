import { describe, expect, it } from 'vitest';
import {
  describePenaltyScale,
  isPartyType,
  isPenaltyType,
  mostSeverePenaltyType,
  PARTY_TYPE_LABELS,
  PENALTY_TYPE_LABELS,
  PENALTY_TYPES,
  penaltySeverityRank,
  statutoryFineBands,
  validatePenaltyScale,
} from './penalty.js';

describe('penalty types (APL-09, STAT-PEN-RULE)', () => {
  it('APL-09: the 13 named types plus 其他, with Chinese labels', () => {
    expect(PENALTY_TYPES).toHaveLength(14);
    expect(
      PENALTY_TYPES.map((t) => PENALTY_TYPE_LABELS[t])
        .slice(0, 13)
        .join('<'),
    ).toBe(
      '警告<通报批评<罚款<没收违法所得<没收非法财物<暂扣许可证件<降低资质等级<吊销许可证件<限制开展生产经营活动<责令停产停业<责令关闭<限制从业<行政拘留',
    );
    expect(isPenaltyType('FINE')).toBe(true);
    expect(isPenaltyType('fine')).toBe(false);
    expect(isPartyType('ORGANISATION')).toBe(true);
    expect(isPartyType('LEGAL_PERSON')).toBe(false);
    expect(PARTY_TYPE_LABELS.NATURAL_PERSON).toBe('自然人');
  });
  it('STAT-PEN-RULE: severity ranks 1 (警告) … 13 (行政拘留); 其他 has no rank', () => {
    expect(penaltySeverityRank('WARNING')).toBe(1);
    expect(penaltySeverityRank('FINE')).toBe(3);
    expect(penaltySeverityRank('DETENTION')).toBe(13);
    expect(penaltySeverityRank('OTHER_BY_LAW')).toBeNull();
  });
  it('STAT-PEN-RULE: the most severe named type of a combination; 其他 never wins', () => {
    expect(mostSeverePenaltyType(['FINE', 'WARNING', 'CONFISCATE_ILLEGAL_GAINS'])).toBe('CONFISCATE_ILLEGAL_GAINS');
    expect(mostSeverePenaltyType(['OTHER_BY_LAW', 'WARNING'])).toBe('WARNING');
    expect(mostSeverePenaltyType(['OTHER_BY_LAW'])).toBeNull();
    expect(mostSeverePenaltyType([])).toBeNull();
  });
});

describe('validatePenaltyScale', () => {
  it('accepts amount ranges, a maximum only, multiples, and multiples with a fallback range', () => {
    expect(validatePenaltyScale({ types: ['WARNING'] })).toEqual([]);
    expect(validatePenaltyScale({ types: ['FINE'], fineMinFen: 500_000, fineMaxFen: 5_000_000 })).toEqual([]);
    expect(validatePenaltyScale({ types: ['FINE'], fineMaxFen: 1_000_000, fineMinFen: null })).toEqual([]);
    expect(validatePenaltyScale({ types: ['FINE'], multipleBase: '违法所得', minMultiple: 1, maxMultiple: 5 })).toEqual(
      [],
    );
    expect(
      validatePenaltyScale({
        types: ['FINE', 'CONFISCATE_ILLEGAL_GAINS'],
        multipleBase: '违法所得',
        minMultiple: 0.5,
        maxMultiple: 2.25,
        fineMaxFen: 1_000_000,
      }),
    ).toEqual([]);
  });
  it('reports structural problems in Chinese', () => {
    expect(validatePenaltyScale({ types: [] })).toEqual(['处罚种类不能为空']);
    expect(validatePenaltyScale({ types: ['FINE', 'FINE'], fineMaxFen: 100 })).toEqual(['处罚种类重复']);
    expect(validatePenaltyScale({ types: ['X' as never] })).toEqual(['未知的处罚种类：X']);
    expect(validatePenaltyScale({ types: ['WARNING'], fineMaxFen: 100 })).toEqual([
      '处罚种类不包括罚款，不应设置罚款数额或倍数',
    ]);
    expect(validatePenaltyScale({ types: ['FINE'] })).toEqual(['处罚种类包括罚款，须设置罚款数额或倍数']);
    expect(validatePenaltyScale({ types: ['FINE'], fineMinFen: 100 })).toEqual(['罚款须设置最高数额']);
    expect(validatePenaltyScale({ types: ['FINE'], fineMinFen: 200, fineMaxFen: 100 })).toEqual([
      '罚款最低数额高于最高数额',
    ]);
    expect(validatePenaltyScale({ types: ['FINE'], fineMaxFen: 0 })).toEqual(['罚款最高数额须为正整数（分）']);
    expect(validatePenaltyScale({ types: ['FINE'], fineMaxFen: 10.5 })).toEqual(['罚款最高数额须为正整数（分）']);
    expect(validatePenaltyScale({ types: ['FINE'], fineMinFen: -1, fineMaxFen: 10 })).toEqual([
      '罚款最低数额须为非负整数（分）',
    ]);
    expect(validatePenaltyScale({ types: ['FINE'], minMultiple: 1, maxMultiple: 3 })).toEqual([
      '按倍数计算的罚款须写明计算基数（如违法所得、货值金额）',
    ]);
    expect(validatePenaltyScale({ types: ['FINE'], multipleBase: '货值金额', minMultiple: 3, maxMultiple: 1 })).toEqual(
      ['罚款最低倍数高于最高倍数'],
    );
    expect(validatePenaltyScale({ types: ['FINE'], multipleBase: '货值金额', maxMultiple: 1.234 })).toEqual([
      '罚款最高倍数须为正数，最多两位小数',
    ]);
    expect(
      validatePenaltyScale({ types: ['FINE'], multipleBase: '货值金额', minMultiple: -1, maxMultiple: 2 }),
    ).toEqual(['罚款最低倍数须为非负数，最多两位小数']);
  });
});

describe('describePenaltyScale / statutoryFineBands', () => {
  it('describes scales in 以上/以下 language', () => {
    expect(describePenaltyScale(null)).toBe('不予处罚');
    expect(describePenaltyScale({ types: ['WARNING', 'CIRCULATED_CRITICISM'] })).toBe('警告、通报批评');
    expect(describePenaltyScale({ types: ['WARNING', 'FINE'], fineMinFen: 500_000, fineMaxFen: 5_000_000 })).toBe(
      '警告、罚款（罚款 5000.00 元以上 50000.00 元以下）',
    );
    expect(describePenaltyScale({ types: ['FINE'], fineMaxFen: 20_000 })).toBe('罚款（罚款 200.00 元以下）');
    expect(
      describePenaltyScale({
        types: ['CONFISCATE_ILLEGAL_GAINS', 'FINE'],
        multipleBase: '违法所得',
        minMultiple: 1,
        maxMultiple: 5,
        fineMaxFen: 1_000_000,
      }),
    ).toBe('没收违法所得、罚款（罚款 违法所得 1 倍以上 5 倍以下；无计算基数的，10000.00 元以下）');
  });
  it('gives the statutory fine as bands; no FINE type → no bands', () => {
    expect(statutoryFineBands({ types: ['FINE'], fineMaxFen: 100 })).toEqual({
      amount: { unit: 'FEN', min: 0, max: 100 },
      multiple: null,
    });
    expect(statutoryFineBands({ types: ['FINE'], multipleBase: ' 货值金额 ', maxMultiple: 3 })).toEqual({
      amount: null,
      multiple: { unit: 'MULTIPLE', base: '货值金额', min: 0, max: 3 },
    });
    expect(statutoryFineBands({ types: ['WARNING'], fineMaxFen: 100 })).toEqual({ amount: null, multiple: null });
  });
});
