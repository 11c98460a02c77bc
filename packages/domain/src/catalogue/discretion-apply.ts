/**
 * Applying a benchmark tier to a case (DISC-EXPLAIN): the allowed penalty types, the fine range in fen and the
 * Chinese reasoning lines a decision prints — which benchmark, which tier and why, which factors matched.
 */

import {
  type BenchmarkEntry,
  DISCRETION_TIER_LABELS,
  DISCRETION_TIER_SHORT_LABELS,
  type DiscretionTier,
  isDiscretionTier,
  percentText,
  tierFineBand,
  validateBenchmarkEntry,
} from './discretion.js';
import { isBlank, isNonNegativeFen, multipleText, scaleFen, unique, yuan } from './internal.js';
import {
  describePenaltyScale,
  isPartyType,
  PARTY_TYPE_LABELS,
  type PartyType,
  PENALTY_TYPE_LABELS,
  type PenaltyType,
  statutoryFineBands,
} from './penalty.js';

export class BenchmarkError extends Error {
  readonly problems: string[];
  constructor(message: string, problems: string[] = []) {
    super(problems.length > 0 ? `${message}：${problems.join('；')}` : message);
    this.name = 'BenchmarkError';
    this.problems = problems;
  }
}

export interface BenchmarkFacts {
  /** The case's circumstances, matched exactly against the tiers' structured factors. */
  factors: string[];
  /** Amount of the tier's base (违法所得, 货值金额 …); required when the fine is a multiple. */
  baseAmountFen?: number;
  partyType: PartyType;
}

export interface BenchmarkApplication {
  tier: DiscretionTier;
  allowedPenaltyTypes: PenaltyType[];
  /** Null when the tier imposes no fine. Minimum rounded up and maximum down to whole fen. */
  fineMinFen: number | null;
  fineMaxFen: number | null;
  /** The tier's factors present in the facts. */
  matchedFactors: string[];
  reasoning: string[];
  /** For the officer and the legal reviewer (not printed): e.g. the facts also match a heavier tier. */
  warnings: string[];
}

/**
 * Applies `tier` of `entry` to the facts. Throws BenchmarkError when the entry fails `validateBenchmarkEntry` (so
 * a result never exceeds the statutory maximum), does not cover the party type, lacks the tier, or a multiple
 * needs a base amount that is missing.
 */
export function applyBenchmark(
  entry: BenchmarkEntry,
  tier: DiscretionTier,
  facts: BenchmarkFacts,
): BenchmarkApplication {
  const name = `裁量基准"${entry.code}"`;
  const problems = validateBenchmarkEntry(entry);
  if (problems.length > 0) throw new BenchmarkError(`${name}存在问题，不能适用`, problems);
  if (!isPartyType(facts.partyType)) throw new BenchmarkError('当事人类型无效');
  if (entry.partyTypes && !entry.partyTypes.includes(facts.partyType)) {
    throw new BenchmarkError(`${name}不适用于${PARTY_TYPE_LABELS[facts.partyType]}`);
  }
  const t = isDiscretionTier(tier) ? entry.tiers.find((x) => x.tier === tier) : undefined;
  if (!t) throw new BenchmarkError(`${name}没有"${DISCRETION_TIER_SHORT_LABELS[tier] ?? tier}"阶次`);

  const present = new Set(unique(facts.factors.map((f) => f.trim()).filter((f) => f !== '')));
  const matchedFactors = t.conditions.factors.filter((f) => present.has(f.trim()));
  const reasoning: string[] = [`适用裁量基准"${entry.code}"：${entry.violation}`];
  const warnings: string[] = [];
  if (entry.basis) reasoning.push(`违反的规定：${entry.basis.violated}；处罚依据：${entry.basis.penalty}`);
  reasoning.push(`法定处罚：${describePenaltyScale(entry.statutory)}`);
  const label = DISCRETION_TIER_LABELS[t.tier];
  reasoning.push(
    isBlank(t.conditions.text) ? `裁量阶次：${label}` : `裁量阶次：${label}（适用条件：${t.conditions.text.trim()}）`,
  );
  if (t.conditions.factors.length === 0) {
    reasoning.push('本阶次未列明具体情节，依据适用条件认定');
  } else if (matchedFactors.length > 0) {
    reasoning.push(`当事人具有本阶次列明的情节：${matchedFactors.join('、')}`);
  } else {
    reasoning.push('当事人不具有本阶次列明的情节，选择本阶次的理由须另行说明');
    warnings.push(`当事人情节与"${DISCRETION_TIER_SHORT_LABELS[t.tier]}"阶次列明的情节均不匹配`);
  }
  for (const other of entry.tiers) {
    if (other.tier === t.tier) continue;
    const hits = other.conditions.factors.filter((f) => present.has(f.trim()));
    if (hits.length > 0) {
      warnings.push(`当事人还具有"${DISCRETION_TIER_SHORT_LABELS[other.tier]}"阶次列明的情节：${hits.join('、')}`);
    }
  }

  const result = (fineMinFen: number | null, fineMaxFen: number | null): BenchmarkApplication => ({
    tier: t.tier,
    allowedPenaltyTypes: [...t.penaltyTypes],
    fineMinFen,
    fineMaxFen,
    matchedFactors,
    reasoning,
    warnings,
  });
  if (t.tier === 'NO_PENALTY') {
    reasoning.push('依法不予行政处罚，应当对当事人进行教育（行政处罚法第三十三条第三款）');
    return result(null, null);
  }
  reasoning.push(`可以给予的处罚种类：${t.penaltyTypes.map((p) => PENALTY_TYPE_LABELS[p]).join('、')}`);
  if (!t.fine) return result(null, null);

  // Validated above: the band exists and lies within the statute's units.
  const band = tierFineBand(entry.statutory, t.fine);
  if (!band) throw new BenchmarkError(`${name}的罚款计算方式无效`);
  if (band.unit === 'FEN') {
    const line =
      t.fine.mode === 'PERCENT_OF_MAX'
        ? `罚款按法定最高罚款 ${yuan(entry.statutory.fineMaxFen ?? 0)}的 ${percentText(t.fine.minPercent)}至 ${percentText(t.fine.maxPercent)}计算，幅度为 ${yuan(band.min)}至 ${yuan(band.max)}`
        : `罚款幅度为 ${yuan(band.min)}至 ${yuan(band.max)}`;
    reasoning.push(line);
    return result(band.min, band.max);
  }
  const base = facts.baseAmountFen;
  if (base === undefined) throw new BenchmarkError(`按${band.base}的倍数计算罚款，须提供${band.base}的金额`);
  if (!isNonNegativeFen(base)) throw new BenchmarkError(`${band.base}的金额须为非负整数（分）`);
  let min = scaleFen(base, band.min, 'UP');
  const max = scaleFen(base, band.max, 'DOWN');
  if (min > max) min = max; // a sub-fen band: keep within the maximum
  if (t.fine.mode === 'PERCENT_OF_MAX') {
    const statMax = statutoryFineBands(entry.statutory).multiple?.max ?? 0;
    reasoning.push(
      `罚款按法定最高倍数（${band.base} ${multipleText(statMax)}）的 ${percentText(t.fine.minPercent)}至 ${percentText(t.fine.maxPercent)}，即 ${multipleText(band.min)}至 ${multipleText(band.max)}计算`,
    );
  }
  reasoning.push(
    `罚款按${band.base}（${yuan(base)}）的 ${multipleText(band.min)}至 ${multipleText(band.max)}计算，幅度为 ${yuan(min)}至 ${yuan(max)}`,
  );
  if (base === 0) warnings.push(`${band.base}为零，按倍数计算的罚款为零；没有${band.base}的，应适用规定的定额罚款幅度`);
  return result(min, max);
}
