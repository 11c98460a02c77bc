/**
 * Which of two penalty scales is lighter — the "处罚较轻" test of 从旧兼从轻 (APL-37, APL Art. 37).
 *
 * Order of comparison (docs/domain-notes.md, "Catalogue and discretion"):
 *   1. a scale with no penalty (null or no types) is lighter than any scale with one;
 *   2. the most severe named type available (STAT-PEN-RULE order of APL-09 types);
 *   3. the fine: maximum first, then minimum. Multiples are compared only against multiples of the same base,
 *      unless the caller supplies the base amount (then both become amounts); no fine counts as 0–0;
 *   4. everything equal → 0. Left undecided (null, "须人工判断"): `OTHER_BY_LAW` on one side only; amounts vs
 *      multiples (or different bases) without a base amount; same top type and fine but different type sets.
 * So a new maximum lower than the old one makes the new scale lighter even if its minimum is higher, provided
 * the most severe type is not more severe.
 */
import { multipleText, scaleFen, yuan } from './internal.js';
import {
  describeFineBand,
  type FineBand,
  mostSeverePenaltyType,
  PENALTY_TYPE_LABELS,
  type PenaltyScale,
  penaltySeverityRank,
  statutoryFineBands,
} from './penalty.js';

export type SeverityOrder = -1 | 0 | 1 | null;

export interface SeverityComparison {
  /** −1: a is lighter; 1: a is heavier; 0: equally severe; null: cannot be decided automatically. */
  order: SeverityOrder;
  /** Chinese explanation naming the deciding criterion. */
  reason: string;
}

export interface SeverityOptions {
  /** Known base amounts by base name, e.g. { 违法所得: 1_000_000 }; 0 means "no base" (the amount range applies). */
  baseAmountsFen?: Record<string, number>;
  /** How the explanation names the two sides; default ['前者', '后者']. */
  labels?: [string, string];
}

type FineKey =
  | { kind: 'NONE' }
  | { kind: 'FEN'; min: number; max: number }
  | { kind: 'MULTIPLE'; base: string; min: number; max: number; fallback: FineBand | null };

function fineKey(scale: PenaltyScale, bases: Record<string, number> | undefined): FineKey {
  const { amount, multiple } = statutoryFineBands(scale);
  const asKey = (b: FineBand | null): FineKey => (b ? { kind: 'FEN', min: b.min, max: b.max } : { kind: 'NONE' });
  if (multiple && multiple.unit === 'MULTIPLE') {
    const base = bases?.[multiple.base];
    if (base === undefined)
      return { kind: 'MULTIPLE', base: multiple.base, min: multiple.min, max: multiple.max, fallback: amount };
    if (base === 0) return asKey(amount);
    return { kind: 'FEN', min: scaleFen(base, multiple.min, 'UP'), max: scaleFen(base, multiple.max, 'DOWN') };
  }
  return asKey(amount);
}

const sign = (x: number): -1 | 0 | 1 => (x < 0 ? -1 : x > 0 ? 1 : 0);

function keyText(k: FineKey): string {
  if (k.kind === 'NONE') return '不处罚款';
  if (k.kind === 'FEN') return describeFineBand({ unit: 'FEN', min: k.min, max: k.max });
  return describeFineBand({ unit: 'MULTIPLE', base: k.base, min: k.min, max: k.max });
}

function compareFine(a: FineKey, b: FineKey, la: string, lb: string): SeverityComparison {
  if (a.kind === 'NONE' && b.kind === 'NONE') return { order: 0, reason: '均不处罚款' };
  if (a.kind === 'NONE') return { order: -1, reason: `${la}不处罚款，${lb}可处罚款` };
  if (b.kind === 'NONE') return { order: 1, reason: `${la}可处罚款，${lb}不处罚款` };
  if (a.kind === 'FEN' && b.kind === 'FEN') {
    if (a.max !== b.max) {
      return { order: sign(a.max - b.max), reason: `罚款最高数额${la}为 ${yuan(a.max)}，${lb}为 ${yuan(b.max)}` };
    }
    if (a.min !== b.min) {
      return { order: sign(a.min - b.min), reason: `罚款最低数额${la}为 ${yuan(a.min)}，${lb}为 ${yuan(b.min)}` };
    }
    return { order: 0, reason: '罚款幅度相同' };
  }
  if (a.kind === 'MULTIPLE' && b.kind === 'MULTIPLE' && a.base === b.base) {
    if (a.max !== b.max) {
      const reason = `罚款最高倍数${la}为${a.base} ${multipleText(a.max)}，${lb}为 ${multipleText(b.max)}`;
      return { order: sign(a.max - b.max), reason };
    }
    if (a.min !== b.min) {
      const reason = `罚款最低倍数${la}为${a.base} ${multipleText(a.min)}，${lb}为 ${multipleText(b.min)}`;
      return { order: sign(a.min - b.min), reason };
    }
    if (a.fallback === null && b.fallback === null) return { order: 0, reason: '罚款幅度相同' };
    if (a.fallback !== null && b.fallback !== null) {
      const fa: FineKey = { kind: 'FEN', min: a.fallback.min, max: a.fallback.max };
      return compareFine(fa, { kind: 'FEN', min: b.fallback.min, max: b.fallback.max }, la, lb);
    }
  }
  return {
    order: null,
    reason: `罚款计算方式不同（${la}：${keyText(a)}；${lb}：${keyText(b)}），须提供计算基数的金额后比较`,
  };
}

const isEmpty = (s: PenaltyScale | null): boolean => s === null || s.types.length === 0;

/** `comparePenaltySeverity` with a Chinese reason (used for APL-37 reasoning lines). */
export function explainPenaltySeverity(
  a: PenaltyScale | null,
  b: PenaltyScale | null,
  opts: SeverityOptions = {},
): SeverityComparison {
  const [la, lb] = opts.labels ?? ['前者', '后者'];
  if (isEmpty(a) && isEmpty(b)) return { order: 0, reason: '均未设定处罚' };
  if (isEmpty(a)) return { order: -1, reason: `${la}未设定处罚` };
  if (isEmpty(b) || a === null || b === null) return { order: 1, reason: `${lb}未设定处罚` };
  const otherA = a.types.includes('OTHER_BY_LAW');
  const otherB = b.types.includes('OTHER_BY_LAW');
  if (otherA !== otherB) {
    return { order: null, reason: `"其他行政处罚"仅见于${otherA ? la : lb}，轻重须人工判断` };
  }
  const topA = mostSeverePenaltyType(a.types);
  const topB = mostSeverePenaltyType(b.types);
  const rankA = topA ? (penaltySeverityRank(topA) ?? 0) : 0;
  const rankB = topB ? (penaltySeverityRank(topB) ?? 0) : 0;
  if (rankA !== rankB) {
    const name = (t: typeof topA) => (t ? PENALTY_TYPE_LABELS[t] : '无');
    return { order: sign(rankA - rankB), reason: `最重处罚种类${la}为"${name(topA)}"，${lb}为"${name(topB)}"` };
  }
  const fine = compareFine(fineKey(a, opts.baseAmountsFen), fineKey(b, opts.baseAmountsFen), la, lb);
  if (fine.order !== 0) return fine;
  const setA = [...new Set(a.types)].sort().join();
  const setB = [...new Set(b.types)].sort().join();
  if (setA !== setB) {
    const names = (s: PenaltyScale) => s.types.map((t) => PENALTY_TYPE_LABELS[t]).join('、');
    return {
      order: null,
      reason: `处罚种类不同（${la}：${names(a)}；${lb}：${names(b)}），但最重种类和罚款幅度相同，轻重须人工判断`,
    };
  }
  return { order: 0, reason: '处罚种类和罚款幅度相同' };
}

/**
 * APL-37 "较轻": −1 when `a` is lighter than `b`, 1 when heavier, 0 when equally severe, null when the rules
 * above cannot decide (a human must). Antisymmetric: compare(a, b) = −compare(b, a).
 */
export function comparePenaltySeverity(
  a: PenaltyScale | null,
  b: PenaltyScale | null,
  opts: { baseAmountsFen?: Record<string, number> } = {},
): SeverityOrder {
  return explainPenaltySeverity(a, b, opts).order;
}
