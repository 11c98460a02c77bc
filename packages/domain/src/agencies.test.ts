import { describe, expect, it } from 'vitest';
import {
  AGENCY_KIND_LABELS,
  AGENCY_KINDS,
  ENFORCEMENT_CATEGORIES,
  ENFORCEMENT_CATEGORY_CODES,
  enforcementCategoryLabel,
  entrustmentActiveOn,
  isAgencyKind,
  isEnforcementCategory,
  validateEntrustment,
} from './agencies.js';

const entrusted = {
  kind: 'ENTRUSTED_ORG',
  entrustingAgencyId: 'agency-1',
  scope: '城市道路违法占道经营的行政处罚',
  termFrom: '2026-01-01',
  termUntil: '2026-12-31',
};

describe('agency kinds', () => {
  it('have Chinese labels', () => {
    expect(AGENCY_KINDS.map((k) => AGENCY_KIND_LABELS[k])).toEqual(['行政机关', '法律法规授权组织', '受委托组织']);
    expect(isAgencyKind('ADMIN_ORGAN')).toBe(true);
    expect(isAgencyKind('COMPANY')).toBe(false);
  });
});

describe('validateEntrustment (APL-20)', () => {
  it('APL-20: a complete entrustment is accepted; a one-day term is fine', () => {
    expect(validateEntrustment(entrusted)).toEqual([]);
    expect(validateEntrustment({ ...entrusted, termUntil: '2026-01-01' })).toEqual([]);
  });
  it('APL-20: an entrusted organisation needs the entrusting agency, the scope and the term', () => {
    expect(validateEntrustment({ kind: 'ENTRUSTED_ORG' })).toEqual([
      '受委托组织必须指定委托机关',
      '受委托组织必须写明委托的具体事项和权限',
      '受委托组织必须写明委托期限（起止日期）',
    ]);
    expect(validateEntrustment({ ...entrusted, scope: '  ' })).toEqual(['受委托组织必须写明委托的具体事项和权限']);
    expect(validateEntrustment({ ...entrusted, termUntil: null })).toEqual(['受委托组织必须写明委托期限（起止日期）']);
  });
  it('APL-20: the term must run forwards and use valid dates', () => {
    expect(validateEntrustment({ ...entrusted, termFrom: '2027-01-01' })).toEqual([
      '委托期限的起始日期不能晚于终止日期',
    ]);
    expect(validateEntrustment({ ...entrusted, termUntil: '2026-02-30' })).toEqual(['委托期限的日期格式无效']);
  });
  it('APL-18/19: admin organs and authorised organisations must not carry an entrustment', () => {
    expect(validateEntrustment({ kind: 'ADMIN_ORGAN' })).toEqual([]);
    expect(validateEntrustment({ kind: 'AUTHORISED_ORG', entrustingAgencyId: null, scope: '' })).toEqual([]);
    expect(validateEntrustment({ ...entrusted, kind: 'AUTHORISED_ORG' })).toEqual([
      '法律法规授权组织以自己的名义执法，不应填写委托机关、委托事项或委托期限',
    ]);
    expect(validateEntrustment({ kind: 'ADMIN_ORGAN', scope: 'x' })).toHaveLength(1);
  });
  it('rejects an unknown kind', () => {
    expect(validateEntrustment({ kind: 'X' })).toEqual(['执法主体类型无效']);
  });
  it('entrustmentActiveOn is inclusive at both ends', () => {
    expect(entrustmentActiveOn(entrusted, '2026-01-01')).toBe(true);
    expect(entrustmentActiveOn(entrusted, '2026-12-31')).toBe(true);
    expect(entrustmentActiveOn(entrusted, '2027-01-01')).toBe(false);
    expect(entrustmentActiveOn(entrusted, '2025-12-31')).toBe(false);
  });
});

describe('enforcement categories', () => {
  it('lists 14 sectors with unique codes and labels', () => {
    expect(ENFORCEMENT_CATEGORIES).toHaveLength(14);
    expect(new Set(ENFORCEMENT_CATEGORY_CODES).size).toBe(14);
    expect(new Set(ENFORCEMENT_CATEGORIES.map((c) => c.label)).size).toBe(14);
    expect(enforcementCategoryLabel('MARKET')).toBe('市场监管');
    expect(enforcementCategoryLabel('HOUSING')).toBe('住房城乡建设');
    expect(enforcementCategoryLabel('UNKNOWN')).toBe('UNKNOWN');
    expect(isEnforcementCategory('OTHER')).toBe(true);
    expect(isEnforcementCategory('other')).toBe(false);
  });
});
