/**
 * DISC-FINE-TIERS: a lower agency applies the higher-level benchmark directly; if it refines it, it may only
 * narrow — every tier within the parent's same tier, penalty types a subset of the parent's, no tier the parent
 * lacks, the same statutory scale. Dropping a parent tier is allowed (see docs/domain-notes.md).
 */
import {
  type BenchmarkEntry,
  bandValue,
  DISCRETION_TIER_SHORT_LABELS,
  fineRuleProblems,
  tierFineBand,
} from './discretion.js';
import { PARTY_TYPE_LABELS, PARTY_TYPES, PENALTY_TYPE_LABELS, type PenaltyScale } from './penalty.js';

function sameScale(a: PenaltyScale, b: PenaltyScale): boolean {
  const types = (s: PenaltyScale) => [...new Set(s.types)].sort().join();
  return (
    types(a) === types(b) &&
    (a.fineMinFen ?? 0) === (b.fineMinFen ?? 0) &&
    (a.fineMaxFen ?? null) === (b.fineMaxFen ?? null) &&
    (a.multipleBase?.trim() ?? '') === (b.multipleBase?.trim() ?? '') &&
    (a.minMultiple ?? 0) === (b.minMultiple ?? 0) &&
    (a.maxMultiple ?? null) === (b.maxMultiple ?? null)
  );
}

/**
 * Problems with `child` as a refinement of `parent`, each naming the child's entry code, the tier and the bound it
 * breaks, e.g. 裁量基准"XX-001"的"一般"阶次罚款上限 5000.00 元超出上级基准上限 3000.00 元. Does not re-run
 * `validateBenchmarkEntry` on the child; callers run both.
 */
export function validateNarrowing(parent: BenchmarkEntry, child: BenchmarkEntry): string[] {
  const name = `裁量基准"${child.code}"`;
  const problems: string[] = [];
  if (!sameScale(parent.statutory, child.statutory)) {
    problems.push(`${name}的法定处罚与上级基准"${parent.code}"不一致`);
  }
  if (parent.partyTypes) {
    const allowed = parent.partyTypes;
    const extra = (child.partyTypes ?? PARTY_TYPES).filter((p) => !allowed.includes(p));
    if (extra.length > 0) {
      problems.push(`${name}的适用对象"${extra.map((p) => PARTY_TYPE_LABELS[p] ?? p).join('、')}"超出上级基准`);
    }
  }
  for (const ct of child.tiers) {
    const short = DISCRETION_TIER_SHORT_LABELS[ct.tier] ?? ct.tier;
    const tn = `${name}的"${short}"阶次`;
    const pt = parent.tiers.find((t) => t.tier === ct.tier);
    if (!pt) {
      problems.push(`${name}设置了上级基准没有的"${short}"阶次`);
      continue;
    }
    for (const type of ct.penaltyTypes) {
      if (!pt.penaltyTypes.includes(type))
        problems.push(`${tn}的处罚种类"${PENALTY_TYPE_LABELS[type] ?? type}"超出上级基准`);
    }
    if (!ct.fine) continue;
    if (!pt.fine) {
      problems.push(`${tn}设定了罚款，上级基准该阶次不处罚款`);
      continue;
    }
    const own = fineRuleProblems(ct.fine);
    if (own.length > 0 || fineRuleProblems(pt.fine).length > 0) {
      for (const p of own) problems.push(`${tn}：${p}`);
      continue;
    }
    const cb = tierFineBand(child.statutory, ct.fine);
    const pb = tierFineBand(parent.statutory, pt.fine);
    const comparable =
      cb && pb && cb.unit === pb.unit && (cb.unit === 'FEN' || (pb.unit === 'MULTIPLE' && cb.base === pb.base));
    if (!cb || !pb || !comparable) {
      problems.push(`${tn}的罚款计算方式与上级基准不同，无法确认是否在上级基准幅度之内`);
      continue;
    }
    const what = cb.unit === 'FEN' ? '罚款' : '罚款倍数';
    if (cb.min < pb.min) {
      problems.push(`${tn}${what}下限 ${bandValue(cb, cb.min)}低于上级基准下限 ${bandValue(pb, pb.min)}`);
    }
    if (cb.max > pb.max) {
      problems.push(`${tn}${what}上限 ${bandValue(cb, cb.max)}超出上级基准上限 ${bandValue(pb, pb.max)}`);
    }
  }
  return problems;
}
