import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  criterionMatches,
  ITEM_KIND_LABELS,
  ITEM_KINDS,
  isItemKind,
  type ProposedDecision,
  type ReviewCriterion,
  reviewRequired,
  validateReviewCatalogue,
} from './review-catalogue.js';

const decision: ProposedDecision = {
  itemKind: 'PENALTY',
  penaltyTypes: ['FINE'],
  fineFen: 500_000,
  confiscationFen: 0,
  partyType: 'NATURAL_PERSON',
  hearingHeld: false,
  complex: false,
  publicInterest: false,
  multipleLegalRelationships: false,
};
const bigFine: ReviewCriterion = {
  code: 'SH-01',
  name: '较大数额罚款的行政处罚决定',
  itemKinds: ['PENALTY'],
  amountThresholds: { naturalPersonFen: 1_000_000, organisationFen: 10_000_000 },
};
const revocation: ReviewCriterion = {
  code: 'SH-02',
  name: '吊销许可证件、责令关闭',
  penaltyTypes: ['REVOKE_LICENSE', 'ORDER_CLOSE'],
};

describe('item kinds (DOMAIN §11.1)', () => {
  it('twelve kinds with Chinese labels', () => {
    expect(ITEM_KINDS).toHaveLength(12);
    expect(ITEM_KIND_LABELS.COERCIVE_MEASURE).toBe('行政强制措施');
    expect(ITEM_KIND_LABELS.LEVY).toBe('行政征收');
    expect(ITEM_KIND_LABELS.BENEFIT).toBe('行政给付');
    expect(isItemKind('LICENSE')).toBe(true);
    expect(isItemKind('CASE')).toBe(false);
  });
});

describe('reviewRequired (APL-58, REV-SCOPE)', () => {
  it('APL-58: an ordinary decision outside the catalogue needs no review', () => {
    expect(reviewRequired([bigFine, revocation], decision)).toEqual({ required: false, reasons: [] });
  });
  it('APL-58 item 1: major public interest', () => {
    expect(reviewRequired([], { ...decision, publicInterest: true }).reasons).toEqual([
      { code: 'APL58_1', text: '涉及重大公共利益（行政处罚法第五十八条第一款第一项）' },
    ]);
  });
  it('APL-58 item 2: major rights AND a hearing — a hearing presumes major rights unless stated otherwise', () => {
    expect(reviewRequired([], { ...decision, hearingHeld: true }).reasons).toEqual([
      { code: 'APL58_2', text: '直接关系当事人或者第三人重大权益，经过听证程序（行政处罚法第五十八条第一款第二项）' },
    ]);
    expect(reviewRequired([], { ...decision, hearingHeld: true, affectsMajorRights: false }).required).toBe(false);
    expect(reviewRequired([], { ...decision, affectsMajorRights: true }).required).toBe(false);
  });
  it('APL-58 item 3: complex, or several legal relationships', () => {
    expect(reviewRequired([], { ...decision, complex: true, multipleLegalRelationships: true }).reasons).toEqual([
      { code: 'APL58_3', text: '案件情况疑难复杂、涉及多个法律关系（行政处罚法第五十八条第一款第三项）' },
    ]);
    expect(reviewRequired([], { ...decision, multipleLegalRelationships: true }).reasons[0].text).toBe(
      '涉及多个法律关系（行政处罚法第五十八条第一款第三项）',
    );
  });
  it('APL-58 item 4: required by a law or regulation', () => {
    expect(reviewRequired([], { ...decision, requiredByLaw: '《某省行政执法条例》第二十条' }).reasons).toEqual([
      { code: 'APL58_4', text: '《某省行政执法条例》第二十条规定应当进行法制审核（行政处罚法第五十八条第一款第四项）' },
    ]);
    expect(reviewRequired([], { ...decision, requiredByLaw: '  ' }).required).toBe(false);
  });
  it('REV-SCOPE: catalogue thresholds by party type are inclusive', () => {
    expect(reviewRequired([bigFine], { ...decision, fineFen: 999_999 }).required).toBe(false);
    expect(reviewRequired([bigFine], { ...decision, fineFen: 1_000_000 }).reasons).toEqual([
      { code: 'LOCAL_CATALOGUE:SH-01', text: '属于本机关重大执法决定法制审核目录清单所列"较大数额罚款的行政处罚决定"' },
    ]);
    expect(reviewRequired([bigFine], { ...decision, fineFen: 1_000_000, partyType: 'ORGANISATION' }).required).toBe(
      false,
    );
    expect(reviewRequired([bigFine], { ...decision, fineFen: 10_000_000, partyType: 'ORGANISATION' }).required).toBe(
      true,
    );
    // ALL by default: the amount alone is not enough for a licence decision
    expect(reviewRequired([bigFine], { ...decision, itemKind: 'LICENSE', fineFen: 10_000_000 }).required).toBe(false);
  });
  it('REV-SCOPE: amounts compare the fine or the confiscation by default; FINE, CONFISCATION and SUM on request', () => {
    const d = { ...decision, fineFen: 600_000, confiscationFen: 600_000 };
    expect(criterionMatches(bigFine, d)).toBe(false);
    expect(criterionMatches({ ...bigFine, amountBasis: 'SUM' }, d)).toBe(true);
    expect(criterionMatches(bigFine, { ...d, confiscationFen: 1_200_000 })).toBe(true);
    expect(criterionMatches({ ...bigFine, amountBasis: 'FINE' }, { ...d, confiscationFen: 1_200_000 })).toBe(false);
    expect(criterionMatches({ ...bigFine, amountBasis: 'CONFISCATION' }, { ...d, confiscationFen: 1_200_000 })).toBe(
      true,
    );
    // a party type without a threshold never meets it
    expect(criterionMatches({ ...bigFine, amountThresholds: { organisationFen: 1 } }, { ...d, fineFen: 9e9 })).toBe(
      false,
    );
  });
  it('REV-SCOPE: penalty types, flags, ANY and ALL', () => {
    expect(criterionMatches(revocation, { ...decision, penaltyTypes: ['FINE', 'ORDER_CLOSE'] })).toBe(true);
    expect(criterionMatches(revocation, decision)).toBe(false);
    const afterHearing: ReviewCriterion = {
      code: 'SH-03',
      name: '经过听证的决定',
      hearingHeld: true,
      complex: true,
      mode: 'ANY',
    };
    expect(criterionMatches(afterHearing, { ...decision, hearingHeld: true })).toBe(true);
    expect(criterionMatches(afterHearing, { ...decision, multipleLegalRelationships: true })).toBe(true);
    expect(criterionMatches({ ...afterHearing, mode: 'ALL' }, { ...decision, hearingHeld: true })).toBe(false);
    expect(
      criterionMatches(
        { code: 'SH-04', name: '公共利益', publicInterest: true },
        { ...decision, publicInterest: true },
      ),
    ).toBe(true);
  });
  it('REV-SCOPE: false flags and empty lists are not conditions; a line without conditions never matches', () => {
    const stored: ReviewCriterion = {
      code: 'SH-05',
      name: '从存储读取的条目',
      itemKinds: [],
      penaltyTypes: null,
      amountThresholds: null,
      hearingHeld: false,
      complex: false,
      publicInterest: false,
      mode: 'ANY',
    };
    expect(criterionMatches(stored, decision)).toBe(false);
    expect(criterionMatches({ ...stored, penaltyTypes: ['FINE'] }, decision)).toBe(true);
  });
  it('APL-58 / REV-SCOPE: statutory and catalogue reasons are combined in order', () => {
    const r = reviewRequired([bigFine, revocation], {
      ...decision,
      publicInterest: true,
      hearingHeld: true,
      penaltyTypes: ['FINE', 'REVOKE_LICENSE'],
      fineFen: 2_000_000,
    });
    expect(r.reasons.map((x) => x.code)).toEqual([
      'APL58_1',
      'APL58_2',
      'LOCAL_CATALOGUE:SH-01',
      'LOCAL_CATALOGUE:SH-02',
    ]);
  });
  it('APL-58: review is required exactly when a statutory flag is set or a catalogue line matches (property)', () => {
    const dArb = fc.record({
      publicInterest: fc.boolean(),
      hearingHeld: fc.boolean(),
      complex: fc.boolean(),
      multipleLegalRelationships: fc.boolean(),
      fineFen: fc.integer({ min: 0, max: 20_000_000 }),
    });
    fc.assert(
      fc.property(dArb, (flags) => {
        const d = { ...decision, ...flags };
        const statutory = d.publicInterest || d.hearingHeld || d.complex || d.multipleLegalRelationships;
        expect(reviewRequired([bigFine], d).required).toBe(statutory || d.fineFen >= 1_000_000);
      }),
    );
  });
});

describe('validateReviewCatalogue', () => {
  it('REV-SCOPE: a published catalogue has unique codes, names and at least one condition per line', () => {
    expect(validateReviewCatalogue([bigFine, revocation])).toEqual([]);
    expect(
      validateReviewCatalogue([
        bigFine,
        { ...revocation, code: 'SH-01' },
        { code: 'SH-06', name: '', hearingHeld: false },
        { code: 'SH-07', name: '数额', amountThresholds: { naturalPersonFen: -5 } },
        { code: 'SH-08', name: '数额', amountThresholds: {} },
        { code: 'SH-09', name: '类型', itemKinds: ['CASE' as never], penaltyTypes: ['BAN' as never] },
      ]),
    ).toEqual([
      '目录清单中有重复的编码',
      '目录清单事项"SH-06"未填写名称',
      '目录清单事项"SH-06"未设置任何审核条件',
      '目录清单事项"SH-07"的数额标准须为非负整数（分）',
      '目录清单事项"SH-08"的数额标准未填写',
      '目录清单事项"SH-09"的事项类型无效：CASE',
      '目录清单事项"SH-09"的处罚种类无效：BAN',
    ]);
  });
});
