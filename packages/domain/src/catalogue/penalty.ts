/**
 * Penalty types (APL-09, APL Art. 9) in the severity order of the statistics counting rule (STAT-PEN-RULE), the
 * penalty scale a provision sets, and party types. DOMAIN §1.1, §6, §11.2.
 */
import { hasAtMostDecimals, isBlank, isNonNegativeFen, multipleText, unique, yuan } from './internal.js';

/** APL-09 codes, the 13 named types in STAT-PEN-RULE severity order (警告 lightest … 行政拘留 heaviest), then 其他. */
export const PENALTY_TYPES = [
  'WARNING',
  'CIRCULATED_CRITICISM',
  'FINE',
  'CONFISCATE_ILLEGAL_GAINS',
  'CONFISCATE_ILLEGAL_PROPERTY',
  'SUSPEND_LICENSE',
  'DOWNGRADE_QUALIFICATION',
  'REVOKE_LICENSE',
  'RESTRICT_BUSINESS',
  'ORDER_SUSPEND_PRODUCTION',
  'ORDER_CLOSE',
  'RESTRICT_EMPLOYMENT',
  'DETENTION',
  'OTHER_BY_LAW',
] as const;
export type PenaltyType = (typeof PENALTY_TYPES)[number];

export const PENALTY_TYPE_LABELS: Record<PenaltyType, string> = {
  WARNING: '警告',
  CIRCULATED_CRITICISM: '通报批评',
  FINE: '罚款',
  CONFISCATE_ILLEGAL_GAINS: '没收违法所得',
  CONFISCATE_ILLEGAL_PROPERTY: '没收非法财物',
  SUSPEND_LICENSE: '暂扣许可证件',
  DOWNGRADE_QUALIFICATION: '降低资质等级',
  REVOKE_LICENSE: '吊销许可证件',
  RESTRICT_BUSINESS: '限制开展生产经营活动',
  ORDER_SUSPEND_PRODUCTION: '责令停产停业',
  ORDER_CLOSE: '责令关闭',
  RESTRICT_EMPLOYMENT: '限制从业',
  DETENTION: '行政拘留',
  OTHER_BY_LAW: '法律、行政法规规定的其他行政处罚',
};

export function isPenaltyType(s: unknown): s is PenaltyType {
  return typeof s === 'string' && (PENALTY_TYPES as readonly string[]).includes(s);
}

/**
 * STAT-PEN-RULE severity: 1 = 警告 … 13 = 行政拘留. `OTHER_BY_LAW` has no place in the order (null): its severity
 * depends on what the other law provides.
 */
export function penaltySeverityRank(type: PenaltyType): number | null {
  return type === 'OTHER_BY_LAW' ? null : PENALTY_TYPES.indexOf(type) + 1;
}

/** The most severe named type (STAT-PEN-RULE counts a combination once, under its most severe named type). */
export function mostSeverePenaltyType(types: readonly PenaltyType[]): PenaltyType | null {
  let best: PenaltyType | null = null;
  for (const t of types) {
    const r = penaltySeverityRank(t);
    if (r !== null && (best === null || r > (penaltySeverityRank(best) ?? 0))) best = t;
  }
  return best;
}

export const PARTY_TYPES = ['NATURAL_PERSON', 'ORGANISATION'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
export const PARTY_TYPE_LABELS: Record<PartyType, string> = {
  NATURAL_PERSON: '自然人',
  ORGANISATION: '法人或者其他组织',
};
export function isPartyType(s: unknown): s is PartyType {
  return typeof s === 'string' && (PARTY_TYPES as readonly string[]).includes(s);
}

/**
 * The penalties a provision makes available. `types` lists every type the provision allows (alone or together);
 * a fine is either an amount range (`fineMinFen` optional = no statutory minimum) or a multiple of a base such as
 * 违法所得 or 货值金额 (`minMultiple` optional = 0), or both ("有违法所得的按倍数，没有的处定额罚款"). Absent
 * fields may be undefined or null (stored rows use null).
 */
export interface PenaltyScale {
  types: PenaltyType[];
  fineMinFen?: number | null;
  fineMaxFen?: number | null;
  multipleBase?: string | null;
  minMultiple?: number | null;
  maxMultiple?: number | null;
}

/** A fine range in one unit: whole fen, or multiples of a named base. */
export type FineBand =
  | { unit: 'FEN'; min: number; max: number }
  | { unit: 'MULTIPLE'; base: string; min: number; max: number };

/** The statutory fine as an amount band and/or a multiple band (null when the scale sets no such fine). */
export function statutoryFineBands(scale: PenaltyScale): { amount: FineBand | null; multiple: FineBand | null } {
  const hasFine = scale.types.includes('FINE');
  const amount: FineBand | null =
    hasFine && scale.fineMaxFen != null ? { unit: 'FEN', min: scale.fineMinFen ?? 0, max: scale.fineMaxFen } : null;
  const multiple: FineBand | null =
    hasFine && scale.multipleBase != null && scale.maxMultiple != null
      ? { unit: 'MULTIPLE', base: scale.multipleBase.trim(), min: scale.minMultiple ?? 0, max: scale.maxMultiple }
      : null;
  return { amount, multiple };
}

/** Multiples may have at most two decimals (0.5 倍, 1.25 倍); amounts are whole fen. */
const MULTIPLE_DECIMALS = 2;

/** Structural problems of a penalty scale, in Chinese. A valid scale has at least one type. */
export function validatePenaltyScale(scale: PenaltyScale): string[] {
  const problems: string[] = [];
  const types = Array.isArray(scale.types) ? scale.types : [];
  if (types.length === 0) problems.push('处罚种类不能为空');
  for (const t of types) if (!isPenaltyType(t)) problems.push(`未知的处罚种类：${String(t)}`);
  if (unique(types).length !== types.length) problems.push('处罚种类重复');
  const hasFine = types.includes('FINE');
  const amountSet = scale.fineMinFen != null || scale.fineMaxFen != null;
  const multipleSet = scale.multipleBase != null || scale.minMultiple != null || scale.maxMultiple != null;
  if (!hasFine) {
    if (amountSet || multipleSet) problems.push('处罚种类不包括罚款，不应设置罚款数额或倍数');
    return problems;
  }
  if (!amountSet && !multipleSet) problems.push('处罚种类包括罚款，须设置罚款数额或倍数');
  if (amountSet) {
    const { fineMinFen: min, fineMaxFen: max } = scale;
    if (max == null) problems.push('罚款须设置最高数额');
    else if (!isNonNegativeFen(max) || max === 0) problems.push('罚款最高数额须为正整数（分）');
    if (min != null && !isNonNegativeFen(min)) problems.push('罚款最低数额须为非负整数（分）');
    if (isNonNegativeFen(min) && isNonNegativeFen(max) && min > max) problems.push('罚款最低数额高于最高数额');
  }
  if (multipleSet) {
    const { multipleBase: base, minMultiple: min, maxMultiple: max } = scale;
    if (isBlank(base)) problems.push('按倍数计算的罚款须写明计算基数（如违法所得、货值金额）');
    const okMax = hasAtMostDecimals(max, MULTIPLE_DECIMALS) && max > 0;
    const okMin = min == null || (hasAtMostDecimals(min, MULTIPLE_DECIMALS) && min >= 0);
    if (!okMax) problems.push('罚款最高倍数须为正数，最多两位小数');
    if (!okMin) problems.push('罚款最低倍数须为非负数，最多两位小数');
    if (okMax && okMin && min != null && min > (max as number)) problems.push('罚款最低倍数高于最高倍数');
  }
  return problems;
}

/** A fine band in words: '5000.00 元以上 50000.00 元以下', '违法所得 1 倍以上 5 倍以下', '10000.00 元以下'. */
export function describeFineBand(band: FineBand): string {
  if (band.unit === 'FEN') {
    return band.min > 0 ? `${yuan(band.min)}以上 ${yuan(band.max)}以下` : `${yuan(band.max)}以下`;
  }
  return band.min > 0
    ? `${band.base} ${multipleText(band.min)}以上 ${multipleText(band.max)}以下`
    : `${band.base} ${multipleText(band.max)}以下`;
}

/** '警告、罚款（5000.00 元以上 50000.00 元以下）'; a null scale or no types reads '不予处罚'. */
export function describePenaltyScale(scale: PenaltyScale | null): string {
  if (scale === null || scale.types.length === 0) return '不予处罚';
  const types = scale.types.map((t) => PENALTY_TYPE_LABELS[t] ?? t).join('、');
  const { amount, multiple } = statutoryFineBands(scale);
  const fines = [multiple, amount].filter((b): b is FineBand => b !== null).map(describeFineBand);
  if (fines.length === 0) return types;
  return `${types}（罚款 ${fines.join('；无计算基数的，')}）`;
}
