/**
 * Discretion benchmark entries (裁量基准, APL-34, DISC-STRUCT, DISC-TIERS, DISC-FINE-TIERS, DISC-FORMULA; 国办发
 * 〔2022〕27号): structure, validation against the statutory scale, and the "a lower agency may only narrow" rule.
 */
import { decimalText, hasAtMostDecimals, isBlank, isNonNegativeFen, multipleText, scaleFen, yuan } from './internal.js';
import {
  type FineBand,
  isPartyType,
  mostSeverePenaltyType,
  type PartyType,
  PENALTY_TYPE_LABELS,
  type PenaltyScale,
  type PenaltyType,
  penaltySeverityRank,
  statutoryFineBands,
  validatePenaltyScale,
} from './penalty.js';

/** DISC-TIERS, from lightest to heaviest. */
export const DISCRETION_TIERS = ['NO_PENALTY', 'REDUCED', 'LIGHTER', 'GENERAL', 'HEAVIER'] as const;
export type DiscretionTier = (typeof DISCRETION_TIERS)[number];

export const DISCRETION_TIER_LABELS: Record<DiscretionTier, string> = {
  NO_PENALTY: '不予处罚',
  REDUCED: '减轻处罚',
  LIGHTER: '从轻处罚',
  GENERAL: '一般处罚',
  HEAVIER: '从重处罚',
};

/** Short names used inside messages: 裁量基准"XX-001"的"一般"阶次…. */
export const DISCRETION_TIER_SHORT_LABELS: Record<DiscretionTier, string> = {
  NO_PENALTY: '不予处罚',
  REDUCED: '减轻',
  LIGHTER: '从轻',
  GENERAL: '一般',
  HEAVIER: '从重',
};

export function isDiscretionTier(s: unknown): s is DiscretionTier {
  return typeof s === 'string' && (DISCRETION_TIERS as readonly string[]).includes(s);
}

/**
 * How a tier's fine is set: an amount range; a multiple of a base (违法所得, 货值金额 …; the base's amount comes from
 * the facts); or a percentage of the statutory maximum (of `fineMaxFen`, or of `maxMultiple` when the statutory
 * fine is a multiple only). Multiples have at most two decimals, percentages at most two.
 */
export type FineRule =
  | { mode: 'RANGE'; minFen: number; maxFen: number }
  | { mode: 'MULTIPLE'; base: string; minMultiple: number; maxMultiple: number }
  | { mode: 'PERCENT_OF_MAX'; minPercent: number; maxPercent: number };

export interface BenchmarkTier {
  tier: DiscretionTier;
  /** Structured factors (opaque codes or short phrases matched exactly) plus the published condition text. */
  conditions: { factors: string[]; text: string };
  penaltyTypes: PenaltyType[];
  fine?: FineRule | null;
}

export interface BenchmarkEntry {
  code: string;
  violation: string;
  /** DISC-STRUCT legal basis: provision violated and penalty provision (citations), printed in reasoning. */
  basis?: { violated: string; penalty: string };
  statutory: PenaltyScale;
  tiers: BenchmarkTier[];
  /** When the provision distinguishes 单位 and 个人, an entry per party type; absent = applies to both. */
  partyTypes?: PartyType[];
}

export const LIGHTER_GENERAL_HEAVIER: readonly DiscretionTier[] = ['LIGHTER', 'GENERAL', 'HEAVIER'];

/** Structural problems of a fine rule (no comparison with the statute). */
export function fineRuleProblems(fine: FineRule): string[] {
  if (fine.mode === 'RANGE') {
    if (!isNonNegativeFen(fine.minFen) || !isNonNegativeFen(fine.maxFen)) return ['罚款数额须为非负整数（分）'];
    return fine.minFen > fine.maxFen ? ['罚款下限高于上限'] : [];
  }
  if (fine.mode === 'MULTIPLE') {
    const out: string[] = [];
    if (isBlank(fine.base)) out.push('按倍数计算的罚款须写明计算基数');
    const ok = (m: unknown) => hasAtMostDecimals(m, 2) && (m as number) >= 0;
    if (!ok(fine.minMultiple) || !ok(fine.maxMultiple)) out.push('罚款倍数须为非负数，最多两位小数');
    else if (fine.minMultiple > fine.maxMultiple) out.push('罚款倍数下限高于上限');
    return out;
  }
  if (fine.mode === 'PERCENT_OF_MAX') {
    const ok = (p: unknown) => hasAtMostDecimals(p, 2) && (p as number) >= 0 && (p as number) <= 100;
    if (!ok(fine.minPercent) || !ok(fine.maxPercent)) return ['罚款百分比须在 0 至 100 之间，最多两位小数'];
    return fine.minPercent > fine.maxPercent ? ['罚款百分比下限高于上限'] : [];
  }
  return ['罚款计算方式无效'];
}

/**
 * A tier's fine as a band in the statute's units: RANGE → fen; MULTIPLE → multiples of its base; PERCENT_OF_MAX →
 * fen of `fineMaxFen` (min rounded up, max down) or, for a multiple-only statute, multiples of `maxMultiple`.
 */
export function tierFineBand(statutory: PenaltyScale, fine: FineRule): FineBand | null {
  if (fine.mode === 'RANGE') return { unit: 'FEN', min: fine.minFen, max: fine.maxFen };
  if (fine.mode === 'MULTIPLE')
    return { unit: 'MULTIPLE', base: fine.base.trim(), min: fine.minMultiple, max: fine.maxMultiple };
  if (statutory.fineMaxFen != null && isNonNegativeFen(statutory.fineMaxFen)) {
    const max = statutory.fineMaxFen;
    return {
      unit: 'FEN',
      min: scaleFen(max, fine.minPercent / 100, 'UP'),
      max: scaleFen(max, fine.maxPercent / 100, 'DOWN'),
    };
  }
  const { multiple } = statutoryFineBands(statutory);
  if (multiple) {
    const pct = (p: number) => Number(((multiple.max * p) / 100).toFixed(4));
    return {
      unit: 'MULTIPLE',
      base: multiple.unit === 'MULTIPLE' ? multiple.base : '',
      min: pct(fine.minPercent),
      max: pct(fine.maxPercent),
    };
  }
  return null;
}

/** The statutory band to compare `band` with: same unit (and, for multiples, same base) or null. */
export function matchingStatutoryBand(statutory: PenaltyScale, band: FineBand): FineBand | null {
  const { amount, multiple } = statutoryFineBands(statutory);
  if (band.unit === 'FEN') return amount;
  return multiple && multiple.unit === 'MULTIPLE' && multiple.base === band.base ? multiple : null;
}

export function bandValue(band: FineBand, v: number): string {
  return band.unit === 'FEN' ? yuan(v) : multipleText(v);
}
const boundName = (band: FineBand, which: '上限' | '下限') =>
  band.unit === 'FEN' ? `罚款${which}` : `罚款倍数${which}`;

/**
 * Severity rank used to decide whether REDUCED applies "a lighter type" (DISC-TIERS): the most severe type,
 * ignoring CONFISCATE_ILLEGAL_GAINS — APL-28 requires illegal gains to be confiscated whatever the tier, so
 * leaving confiscation out does not reduce a penalty. 0 for no types.
 */
function reductionRank(types: readonly PenaltyType[]): number {
  const top = mostSeverePenaltyType(types.filter((t) => t !== 'CONFISCATE_ILLEGAL_GAINS'));
  return top ? (penaltySeverityRank(top) ?? 0) : 0;
}

/** Problems of one entry, each naming the entry code and tier (DISC-TIERS, DISC-FINE-TIERS, DISC-FORMULA). */
export function validateBenchmarkEntry(entry: BenchmarkEntry): string[] {
  const name = `裁量基准"${entry.code}"`;
  const problems: string[] = [];
  if (isBlank(entry.code)) problems.push('裁量基准编码不能为空');
  if (isBlank(entry.violation)) problems.push(`${name}未填写违法行为`);
  const scaleProblems = validatePenaltyScale(entry.statutory);
  for (const p of scaleProblems) problems.push(`${name}的法定处罚：${p}`);
  for (const p of entry.partyTypes ?? []) if (!isPartyType(p)) problems.push(`${name}的当事人类型无效：${String(p)}`);
  if (entry.tiers.length === 0) problems.push(`${name}未设置裁量阶次`);
  if (scaleProblems.length > 0) return problems;

  const statutoryTypes = new Set(entry.statutory.types);
  const statutoryTop = reductionRank(entry.statutory.types);
  const bands = new Map<DiscretionTier, FineBand>();
  const seen = new Set<DiscretionTier>();
  for (const t of entry.tiers) {
    if (!isDiscretionTier(t.tier)) {
      problems.push(`${name}的裁量阶次无效：${String(t.tier)}`);
      continue;
    }
    const tn = `${name}的"${DISCRETION_TIER_SHORT_LABELS[t.tier]}"阶次`;
    if (seen.has(t.tier)) problems.push(`${tn}重复`);
    seen.add(t.tier);
    if (isBlank(t.conditions.text) && t.conditions.factors.length === 0) problems.push(`${tn}未填写适用条件`);
    if (t.tier === 'NO_PENALTY') {
      if (t.penaltyTypes.length > 0 || t.fine) problems.push(`${tn}不应设定处罚种类或罚款`);
      continue;
    }
    if (t.penaltyTypes.length === 0) problems.push(`${tn}未设定处罚种类`);
    const hasFineType = t.penaltyTypes.includes('FINE');
    if (t.fine && !hasFineType) problems.push(`${tn}设定了罚款幅度，但处罚种类不包括罚款`);
    if (!t.fine && hasFineType) problems.push(`${tn}的处罚种类包括罚款，但未设定罚款幅度`);
    const tierTop = reductionRank(t.penaltyTypes);
    for (const pt of t.penaltyTypes) {
      if (statutoryTypes.has(pt)) continue;
      // DISC-TIERS: only REDUCED may use a type the provision does not list, and only a lighter one.
      const lighter = t.tier === 'REDUCED' && (penaltySeverityRank(pt) ?? Number.POSITIVE_INFINITY) < statutoryTop;
      if (!lighter) problems.push(`${tn}的处罚种类"${PENALTY_TYPE_LABELS[pt] ?? pt}"不在法定处罚种类之内`);
    }
    if (!t.fine) {
      if (t.tier === 'REDUCED' && tierTop >= statutoryTop)
        problems.push(`${tn}应低于法定最低罚款或者适用较轻的处罚种类`);
      continue;
    }
    const fp = fineRuleProblems(t.fine);
    if (fp.length > 0) {
      for (const p of fp) problems.push(`${tn}：${p}`);
      continue;
    }
    const band = tierFineBand(entry.statutory, t.fine);
    const legal = band && matchingStatutoryBand(entry.statutory, band);
    if (!band || !legal) {
      problems.push(`${tn}的罚款计算方式与法定罚款幅度不一致，无法比较`);
      continue;
    }
    bands.set(t.tier, band);
    if (band.max > legal.max) {
      const extra = t.tier === 'HEAVIER' ? '（从重处罚不得超过法定最高限额）' : '';
      problems.push(
        `${tn}${boundName(band, '上限')} ${bandValue(band, band.max)}超过法定最高限额 ${bandValue(band, legal.max)}${extra}`,
      );
    }
    if (t.tier === 'REDUCED') {
      if (band.max >= legal.min && tierTop >= statutoryTop)
        problems.push(`${tn}应低于法定最低罚款或者适用较轻的处罚种类`);
    } else if (band.min < legal.min) {
      problems.push(
        `${tn}${boundName(band, '下限')} ${bandValue(band, band.min)}低于法定最低限额 ${bandValue(band, legal.min)}`,
      );
    }
  }
  // Tiers ordered and non-overlapping (touching allowed): LIGHTER ≤ GENERAL ≤ HEAVIER.
  for (let i = 0; i < LIGHTER_GENERAL_HEAVIER.length - 1; i++) {
    const lo = LIGHTER_GENERAL_HEAVIER[i];
    const hi = LIGHTER_GENERAL_HEAVIER[i + 1];
    const a = bands.get(lo);
    const b = bands.get(hi);
    if (!a || !b || a.unit !== b.unit || (a.unit === 'MULTIPLE' && b.unit === 'MULTIPLE' && a.base !== b.base))
      continue;
    if (a.max > b.min) {
      problems.push(
        `${name}的"${DISCRETION_TIER_SHORT_LABELS[lo]}"阶次罚款幅度（至 ${bandValue(a, a.max)}）与"${DISCRETION_TIER_SHORT_LABELS[hi]}"阶次（自 ${bandValue(b, b.min)}）重叠或者顺序颠倒`,
      );
    }
  }
  // DISC-FORMULA: a fine range is divided into at least LIGHTER / GENERAL / HEAVIER.
  if (statutoryTypes.has('FINE')) {
    const missing = LIGHTER_GENERAL_HEAVIER.filter((t) => !seen.has(t));
    if (missing.length > 0) {
      const names = missing.map((t) => `"${DISCRETION_TIER_SHORT_LABELS[t]}"`).join('、');
      problems.push(`${name}的罚款应至少划分从轻、一般、从重三个阶次（缺少${names}）`);
    }
  }
  return problems;
}

/** Percent text for reasoning lines: 20 → '20%'. */
export function percentText(p: number): string {
  return `${decimalText(p)}%`;
}
