import { describe, expect, it } from 'vitest';
import {
  hearingThreshold,
  NATIONAL_DEFAULTS,
  PROFILE_LEVEL_LABELS,
  ProfileError,
  type ProfileLayer,
  resolveProfile,
  validateProfileOverride,
} from './jurisdiction.js';

const province: ProfileLayer = {
  level: 'PROVINCE',
  name: '某省',
  values: {
    statementWindowWd: 7,
    hearingThresholds: {
      '*': {
        fine: { naturalPersonFen: 500_000, organisationFen: 10_000_000 },
        confiscation: { naturalPersonFen: 500_000, organisationFen: 10_000_000 },
      },
    },
  },
  rules: { hearingThresholds: '某省行政处罚听证程序规定第五条' },
};
const sector: ProfileLayer = {
  level: 'SECTOR',
  name: '某省住房和城乡建设厅',
  values: {
    hearingThresholds: {
      HOUSING: {
        fine: { naturalPersonFen: 300_001, organisationFen: 5_000_001 },
        confiscation: { naturalPersonFen: 300_001, organisationFen: 5_000_001 },
      },
    },
    nightHours: { start: '21:00', end: '07:00' },
  },
};

describe('NATIONAL_DEFAULTS (DOMAIN.md numbers)', () => {
  it('SAMR-5wd, APL-64-1, APL-64-2, PUB-AFTER-7, PUB-AFTER-20, APL-48, REV-TIME: the working-day periods', () => {
    const v = NATIONAL_DEFAULTS.values;
    expect([v.statementWindowWd, v.hearingRequestWd, v.hearingNoticeWd]).toEqual([5, 5, 7]);
    expect([v.penaltyPublicationWd, v.decisionPublicationWd, v.publicationWithdrawalWd, v.legalReviewWd]).toEqual([
      7, 20, 3, 10,
    ]);
  });
  it('TIME-NIGHT, REC-AV-FULL, TIME-ROLL: night 22:00–06:00, AV for sealing/seizure and demolition, no roll-over', () => {
    const v = NATIONAL_DEFAULTS.values;
    expect(v.nightHours).toEqual({ start: '22:00', end: '06:00' });
    expect(v.mandatoryAvActivities).toEqual(['SEAL_SEIZE', 'DEMOLITION']);
    expect(v.rollOverForAgencyDeadlines).toBe(false);
  });
  it('HEAR-THRESH: market regulation ≥ 10,000 yuan (natural person) / ≥ 100,000 yuan (organisation), fines and confiscations', () => {
    expect(NATIONAL_DEFAULTS.values.hearingThresholds).toEqual({
      MARKET: {
        fine: { naturalPersonFen: 1_000_000, organisationFen: 10_000_000 },
        confiscation: { naturalPersonFen: 1_000_000, organisationFen: 10_000_000 },
      },
    });
  });
  it('REDACT, SAMR45-13: redaction profile and no national lower-amount threshold', () => {
    expect(NATIONAL_DEFAULTS.values.redaction).toEqual({
      naturalPersonFields: ['HOME_ADDRESS', 'CONTACT', 'ID_NUMBER', 'BANK_ACCOUNT', 'HEALTH'],
      organisationFields: ['BANK_ACCOUNT'],
      hideThirdPartyNames: true,
      withholdWhen: ['MINOR', 'STATE_SECRET', 'TRADE_SECRET', 'PERSONAL_PRIVACY', 'SECURITY_STABILITY'],
    });
    expect(NATIONAL_DEFAULTS.values.lowerAmountFine).toBeNull();
  });
  it('every national value names its DOMAIN rule and confidence, and passes its own validation', () => {
    for (const k of Object.keys(NATIONAL_DEFAULTS.values)) {
      expect(NATIONAL_DEFAULTS.rules?.[k as keyof typeof NATIONAL_DEFAULTS.values], k).toBeTruthy();
      expect(NATIONAL_DEFAULTS.confidence[k as keyof typeof NATIONAL_DEFAULTS.values], k).toMatch(/^[VSM]$/);
    }
    expect(validateProfileOverride(NATIONAL_DEFAULTS.values)).toEqual([]);
    expect(PROFILE_LEVEL_LABELS.SECTOR).toBe('行业');
  });
});

describe('resolveProfile (JurisdictionConfig)', () => {
  it('without layers every value comes from the national defaults with its rule', () => {
    const p = resolveProfile([]);
    expect(p.hearingRequestWd).toEqual({
      value: 5,
      source: { level: 'NATIONAL', name: '全国默认值（DOMAIN.md）', rule: 'APL-64-1', confidence: 'V' },
    });
    expect(p.nightHours.source.confidence).toBe('M');
    expect(p.hearingThresholds.MARKET.source.rule).toBe('HEAR-THRESH');
  });
  it('later layers override earlier ones and record where each value came from', () => {
    const p = resolveProfile([province, sector]);
    expect(p.statementWindowWd).toEqual({ value: 7, source: { level: 'PROVINCE', name: '某省' } });
    expect(p.nightHours).toEqual({
      value: { start: '21:00', end: '07:00' },
      source: { level: 'SECTOR', name: '某省住房和城乡建设厅' },
    });
    expect(p.hearingRequestWd.source.level).toBe('NATIONAL');
    // thresholds merge per sector
    expect(Object.keys(p.hearingThresholds).sort()).toEqual(['*', 'HOUSING', 'MARKET']);
    expect(p.hearingThresholds['*'].source).toEqual({
      level: 'PROVINCE',
      name: '某省',
      rule: '某省行政处罚听证程序规定第五条',
    });
    const agency: ProfileLayer = { level: 'AGENCY', name: '某区市场监管局', values: { statementWindowWd: 10 } };
    expect(resolveProfile([province, sector, agency]).statementWindowWd.value).toBe(10);
  });
  it('resolved values are copies: editing them does not change the defaults', () => {
    const p = resolveProfile([]);
    p.mandatoryAvActivities.value.push('HEARING');
    p.hearingThresholds.MARKET.value.fine.naturalPersonFen = 1;
    expect(NATIONAL_DEFAULTS.values.mandatoryAvActivities).toEqual(['SEAL_SEIZE', 'DEMOLITION']);
    expect(NATIONAL_DEFAULTS.values.hearingThresholds.MARKET.fine.naturalPersonFen).toBe(1_000_000);
  });
  it('a layer that breaks a statutory limit is refused, naming the layer', () => {
    const bad: ProfileLayer = { level: 'CITY', name: '某市', values: { hearingRequestWd: 3 } };
    expect(() => resolveProfile([province, bad])).toThrow(ProfileError);
    expect(() => resolveProfile([bad])).toThrow(
      '配置无效：某市：听证申请期限不得少于 5 个工作日（行政处罚法第六十四条第一款第一项）',
    );
  });
});

describe('validateProfileOverride', () => {
  it('APL-64-1 / APL-64-2: hearing request ≥ 5 wd and notice ≥ 7 wd (longer is allowed)', () => {
    expect(validateProfileOverride({ hearingRequestWd: 4, hearingNoticeWd: 6 })).toEqual([
      '听证申请期限不得少于 5 个工作日（行政处罚法第六十四条第一款第一项）',
      '听证通知期限不得少于 7 个工作日（行政处罚法第六十四条第一款第二项）',
    ]);
    expect(validateProfileOverride({ hearingRequestWd: 10, hearingNoticeWd: 7 })).toEqual([]);
  });
  it('APL-48 / PUB-AFTER-20: withdrawal ≤ 3 wd, publication ≤ 20 wd (SAMR45-9 uses 20)', () => {
    expect(
      validateProfileOverride({ publicationWithdrawalWd: 5, penaltyPublicationWd: 21, decisionPublicationWd: 30 }),
    ).toEqual([
      '行政许可、行政处罚决定公示期限不得超过 20 个工作日',
      '执法决定公示期限不得超过 20 个工作日',
      '撤回公示信息期限不得超过 3 个工作日（行政处罚法第四十八条）',
    ]);
    expect(validateProfileOverride({ penaltyPublicationWd: 20, publicationWithdrawalWd: 1 })).toEqual([]);
  });
  it('periods are positive whole working days', () => {
    expect(validateProfileOverride({ statementWindowWd: 0, legalReviewWd: 2.5 })).toEqual([
      '陈述申辩期限须为正整数（工作日）',
      '法制审核期限须为正整数（工作日）',
    ]);
  });
  it('TIME-NIGHT: HH:MM, start ≠ end', () => {
    expect(validateProfileOverride({ nightHours: { start: '24:00', end: '06:00' } })).toEqual([
      '夜间时段须为 HH:MM 格式',
    ]);
    expect(validateProfileOverride({ nightHours: { start: '22:00', end: '22:00' } })).toEqual([
      '夜间时段的开始和结束时间不能相同',
    ]);
  });
  it('REC-AV-FULL: activities may be added, never removed', () => {
    expect(validateProfileOverride({ mandatoryAvActivities: ['SEAL_SEIZE', 'DEMOLITION', 'HEARING'] })).toEqual([]);
    expect(validateProfileOverride({ mandatoryAvActivities: ['SEAL_SEIZE'] })).toEqual([
      '全程音像记录事项不得删除查封扣押、强制拆除等法定事项（缺少DEMOLITION）',
    ]);
  });
  it('HEAR-THRESH: sector codes and amounts are checked', () => {
    expect(
      validateProfileOverride({
        hearingThresholds: {
          SPACE: {
            fine: { naturalPersonFen: 1, organisationFen: 2 },
            confiscation: { naturalPersonFen: -1, organisationFen: 2 },
          },
        },
      }),
    ).toEqual([
      '听证数额标准的行业编码无效：SPACE',
      '行业"SPACE"的听证数额标准须为非负整数（分），区分自然人和法人或者其他组织',
    ]);
  });
  it('REDACT / APL-50: redaction may be extended but not reduced', () => {
    const r = NATIONAL_DEFAULTS.values.redaction;
    expect(
      validateProfileOverride({ redaction: { ...r, naturalPersonFields: [...r.naturalPersonFields, 'EMPLOYER'] } }),
    ).toEqual([]);
    expect(
      validateProfileOverride({ redaction: { ...r, naturalPersonFields: ['ID_NUMBER'], hideThirdPartyNames: false } }),
    ).toEqual([
      '公示隐去规则不得删除默认项目（缺少HOME_ADDRESS、CONTACT、BANK_ACCOUNT、HEALTH）',
      '公示时应当隐去当事人以外的自然人姓名',
    ]);
  });
  it('SAMR45-13 and unknown keys', () => {
    expect(
      validateProfileOverride({ lowerAmountFine: { naturalPersonFen: 1_000_000, organisationFen: 10_000_000 } }),
    ).toEqual([]);
    expect(validateProfileOverride({ lowerAmountFine: { naturalPersonFen: -1, organisationFen: 0 } })).toEqual([
      '较低数额罚款标准须为非负整数（分），区分自然人和法人或者其他组织',
    ]);
    expect(validateProfileOverride({ foo: 1 } as never)).toEqual(['未知的配置项：foo']);
    expect(validateProfileOverride({ rollOverForAgencyDeadlines: 'yes' as never })).toEqual([
      '机关期限顺延设置须为是或否',
    ]);
  });
});

describe('hearingThreshold (HEAR-THRESH)', () => {
  it('HEAR-THRESH: per sector and party type, falling back to the "*" entry, with the source', () => {
    const national = resolveProfile([]);
    expect(hearingThreshold(national, 'MARKET', 'NATURAL_PERSON')).toMatchObject({
      fineFen: 1_000_000,
      confiscationFen: 1_000_000,
    });
    expect(hearingThreshold(national, 'MARKET', 'ORGANISATION')).toMatchObject({ fineFen: 10_000_000 });
    expect(hearingThreshold(national, 'HOUSING', 'ORGANISATION')).toBeNull();
    const p = resolveProfile([province, sector]);
    expect(hearingThreshold(p, 'HOUSING', 'NATURAL_PERSON')).toEqual({
      fineFen: 300_001,
      confiscationFen: 300_001,
      source: { level: 'SECTOR', name: '某省住房和城乡建设厅' },
    });
    expect(hearingThreshold(p, 'TRANSPORT', 'NATURAL_PERSON')?.fineFen).toBe(500_000);
    expect(hearingThreshold(p, 'MARKET', 'NATURAL_PERSON')?.source.level).toBe('NATIONAL');
  });
});
