/**
 * Enforcement bodies (执法主体) and enforcement categories. DOMAIN §11.1; APL Arts. 18–21.
 */
import { compareDates, type IsoDate, isValidIsoDate } from './dates.js';

export const AGENCY_KINDS = ['ADMIN_ORGAN', 'AUTHORISED_ORG', 'ENTRUSTED_ORG'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  ADMIN_ORGAN: '行政机关',
  AUTHORISED_ORG: '法律法规授权组织',
  ENTRUSTED_ORG: '受委托组织',
};

export function isAgencyKind(s: unknown): s is AgencyKind {
  return typeof s === 'string' && (AGENCY_KINDS as readonly string[]).includes(s);
}

export interface EntrustmentInput {
  kind: string;
  entrustingAgencyId?: string | null;
  scope?: string | null;
  termFrom?: IsoDate | null;
  termUntil?: IsoDate | null;
}

const present = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * APL-20: an agency may entrust an organisation to impose penalties only in writing, naming the entrusted matters,
 * powers and term (委托书应当载明委托的具体事项、权限、期限等内容); the entrusting agency stays responsible.
 * Admin organs and authorised organisations act in their own name and carry no entrustment.
 */
export function validateEntrustment(e: EntrustmentInput): string[] {
  if (!isAgencyKind(e.kind)) return ['执法主体类型无效'];
  const problems: string[] = [];
  if (e.kind !== 'ENTRUSTED_ORG') {
    if (present(e.entrustingAgencyId) || present(e.scope) || present(e.termFrom) || present(e.termUntil)) {
      problems.push(`${AGENCY_KIND_LABELS[e.kind]}以自己的名义执法，不应填写委托机关、委托事项或委托期限`);
    }
    return problems;
  }
  if (!present(e.entrustingAgencyId)) problems.push('受委托组织必须指定委托机关');
  if (!present(e.scope)) problems.push('受委托组织必须写明委托的具体事项和权限');
  if (!present(e.termFrom) || !present(e.termUntil)) {
    problems.push('受委托组织必须写明委托期限（起止日期）');
    return problems;
  }
  if (!isValidIsoDate(e.termFrom) || !isValidIsoDate(e.termUntil)) {
    problems.push('委托期限的日期格式无效');
    return problems;
  }
  if (compareDates(e.termFrom, e.termUntil) > 0) problems.push('委托期限的起始日期不能晚于终止日期');
  return problems;
}

/** Whether an entrustment term covers `date` (inclusive at both ends). */
export function entrustmentActiveOn(term: { termFrom: IsoDate; termUntil: IsoDate }, date: IsoDate): boolean {
  return compareDates(term.termFrom, date) <= 0 && compareDates(date, term.termUntil) <= 0;
}

export const ENFORCEMENT_CATEGORY_CODES = [
  'MARKET',
  'URBAN',
  'ECOLOGY',
  'CULTURE_TOURISM',
  'TRANSPORT',
  'NATURAL_RESOURCES',
  'EMERGENCY',
  'HEALTH',
  'AGRICULTURE',
  'WATER',
  'HOUSING',
  'EDUCATION',
  'JUSTICE',
  'OTHER',
] as const;

export type EnforcementCategoryCode = (typeof ENFORCEMENT_CATEGORY_CODES)[number];

export const ENFORCEMENT_CATEGORY_LABELS: Record<EnforcementCategoryCode, string> = {
  MARKET: '市场监管',
  URBAN: '城市管理',
  ECOLOGY: '生态环境',
  CULTURE_TOURISM: '文化旅游',
  TRANSPORT: '交通运输',
  NATURAL_RESOURCES: '自然资源',
  EMERGENCY: '应急管理',
  HEALTH: '卫生健康',
  AGRICULTURE: '农业农村',
  WATER: '水利',
  HOUSING: '住房城乡建设',
  EDUCATION: '教育',
  JUSTICE: '司法行政',
  OTHER: '其他',
};

export interface EnforcementCategory {
  readonly code: string;
  readonly label: string;
}

/**
 * Common enforcement sectors. Typed with plain strings so that callers can look up user input
 * (`new Set(ENFORCEMENT_CATEGORIES.map((c) => c.code)).has(input)`); use `isEnforcementCategory` to narrow.
 */
export const ENFORCEMENT_CATEGORIES: readonly EnforcementCategory[] = ENFORCEMENT_CATEGORY_CODES.map((code) => ({
  code,
  label: ENFORCEMENT_CATEGORY_LABELS[code],
}));

export function isEnforcementCategory(s: unknown): s is EnforcementCategoryCode {
  return typeof s === 'string' && (ENFORCEMENT_CATEGORY_CODES as readonly string[]).includes(s);
}

/** The Chinese label of a category code; unknown codes are returned unchanged. */
export function enforcementCategoryLabel(code: string): string {
  return isEnforcementCategory(code) ? ENFORCEMENT_CATEGORY_LABELS[code] : code;
}
