/**
 * Major-decision legal review (重大执法决定法制审核): the statutory triggers of APL Art. 58 para 1 (APL-58) combined
 * with the agency's published catalogue (目录清单, REV-SCOPE, GO118), evaluated against a proposed decision.
 */
import { isBlank, isNonNegativeFen, unique } from './internal.js';
import { isPenaltyType, type PartyType, type PenaltyType } from './penalty.js';

/** Kinds of enforcement item (DOMAIN §11.1 EnforcementMatter.kind). */
export const ITEM_KINDS = [
  'LICENSE',
  'PENALTY',
  'COERCIVE_MEASURE',
  'COERCIVE_EXECUTION',
  'INSPECTION',
  'LEVY',
  'REQUISITION',
  'ADJUDICATION',
  'CONFIRMATION',
  'REWARD',
  'BENEFIT',
  'OTHER',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  LICENSE: '行政许可',
  PENALTY: '行政处罚',
  COERCIVE_MEASURE: '行政强制措施',
  COERCIVE_EXECUTION: '行政强制执行',
  INSPECTION: '行政检查',
  LEVY: '行政征收',
  REQUISITION: '行政征用',
  ADJUDICATION: '行政裁决',
  CONFIRMATION: '行政确认',
  REWARD: '行政奖励',
  BENEFIT: '行政给付',
  OTHER: '其他行政权力',
};

export function isItemKind(s: unknown): s is ItemKind {
  return typeof s === 'string' && (ITEM_KINDS as readonly string[]).includes(s);
}

/**
 * One catalogue line. Only the conditions that are set are evaluated: a non-empty `itemKinds` / `penaltyTypes`,
 * `amountThresholds`, and the flags `hearingHeld` / `complex` / `publicInterest` when **true** (false or absent =
 * not a condition). `mode` 'ALL' (default) needs every set condition, 'ANY' at least one. Thresholds are
 * inclusive (达到, CC Art. 1259 "以上"包括本数) and compare the fine or the confiscated amount by default
 * (`amountBasis` 'EITHER'); a party type without a threshold never meets it. Absent values may be null.
 */
export interface ReviewCriterion {
  code: string;
  name: string;
  itemKinds?: ItemKind[] | null;
  penaltyTypes?: PenaltyType[] | null;
  amountThresholds?: { naturalPersonFen?: number | null; organisationFen?: number | null } | null;
  amountBasis?: 'FINE' | 'CONFISCATION' | 'EITHER' | 'SUM' | null;
  hearingHeld?: boolean | null;
  complex?: boolean | null;
  publicInterest?: boolean | null;
  mode?: 'ANY' | 'ALL' | null;
}

export interface ProposedDecision {
  itemKind: ItemKind;
  penaltyTypes: PenaltyType[];
  fineFen: number;
  confiscationFen: number;
  partyType: PartyType;
  hearingHeld: boolean;
  complex: boolean;
  publicInterest: boolean;
  multipleLegalRelationships: boolean;
  /** APL-58 item 2 needs a hearing AND major rights; a hearing (APL-63) presumes major rights unless false. */
  affectsMajorRights?: boolean;
  /** APL-58 item 4: the law or regulation that requires review in this case, if any. */
  requiredByLaw?: string;
}

export type ReviewReasonCode = 'APL58_1' | 'APL58_2' | 'APL58_3' | 'APL58_4' | `LOCAL_CATALOGUE:${string}`;

export interface ReviewRequirement {
  required: boolean;
  reasons: { code: ReviewReasonCode; text: string }[];
}

const APL58 = '行政处罚法第五十八条第一款';

/** The conditions a criterion sets, each evaluated to true/false. */
function conditionResults(c: ReviewCriterion, d: ProposedDecision): boolean[] {
  const out: boolean[] = [];
  if (c.itemKinds && c.itemKinds.length > 0) out.push(c.itemKinds.includes(d.itemKind));
  if (c.penaltyTypes && c.penaltyTypes.length > 0) out.push(d.penaltyTypes.some((t) => c.penaltyTypes?.includes(t)));
  if (c.amountThresholds) {
    const threshold =
      d.partyType === 'NATURAL_PERSON' ? c.amountThresholds.naturalPersonFen : c.amountThresholds.organisationFen;
    const basis = c.amountBasis ?? 'EITHER';
    const amount =
      basis === 'FINE'
        ? d.fineFen
        : basis === 'CONFISCATION'
          ? d.confiscationFen
          : basis === 'SUM'
            ? d.fineFen + d.confiscationFen
            : Math.max(d.fineFen, d.confiscationFen);
    out.push(threshold != null && amount >= threshold);
  }
  if (c.hearingHeld === true) out.push(d.hearingHeld);
  if (c.complex === true) out.push(d.complex || d.multipleLegalRelationships);
  if (c.publicInterest === true) out.push(d.publicInterest);
  return out;
}

/** Whether a catalogue line applies to the decision. A line that sets no condition never applies. */
export function criterionMatches(c: ReviewCriterion, d: ProposedDecision): boolean {
  const results = conditionResults(c, d);
  if (results.length === 0) return false;
  return c.mode === 'ANY' ? results.some(Boolean) : results.every(Boolean);
}

/**
 * APL-58: review is required when (1) major public interest; (2) major rights directly affected AND a hearing
 * was held; (3) complex or several legal relationships; (4) required by law/regulation — plus every matching
 * line of the agency catalogue (REV-SCOPE), reported as LOCAL_CATALOGUE:<code>.
 */
export function reviewRequired(catalogue: readonly ReviewCriterion[], decision: ProposedDecision): ReviewRequirement {
  const reasons: ReviewRequirement['reasons'] = [];
  if (decision.publicInterest) reasons.push({ code: 'APL58_1', text: `涉及重大公共利益（${APL58}第一项）` });
  if (decision.hearingHeld && decision.affectsMajorRights !== false) {
    reasons.push({ code: 'APL58_2', text: `直接关系当事人或者第三人重大权益，经过听证程序（${APL58}第二项）` });
  }
  if (decision.complex || decision.multipleLegalRelationships) {
    const what = [
      decision.complex ? '案件情况疑难复杂' : '',
      decision.multipleLegalRelationships ? '涉及多个法律关系' : '',
    ]
      .filter(Boolean)
      .join('、');
    reasons.push({ code: 'APL58_3', text: `${what}（${APL58}第三项）` });
  }
  if (!isBlank(decision.requiredByLaw)) {
    reasons.push({ code: 'APL58_4', text: `${decision.requiredByLaw?.trim()}规定应当进行法制审核（${APL58}第四项）` });
  }
  for (const c of catalogue) {
    if (criterionMatches(c, decision)) {
      reasons.push({
        code: `LOCAL_CATALOGUE:${c.code}`,
        text: `属于本机关重大执法决定法制审核目录清单所列"${c.name}"`,
      });
    }
  }
  return { required: reasons.length > 0, reasons };
}

/** Problems of a catalogue, in Chinese: codes and names, duplicates, empty lines, invalid kinds/types/amounts. */
export function validateReviewCatalogue(catalogue: readonly ReviewCriterion[]): string[] {
  const problems: string[] = [];
  const codes = catalogue.map((c) => c.code);
  if (unique(codes).length !== codes.length) problems.push('目录清单中有重复的编码');
  for (const c of catalogue) {
    const name = `目录清单事项"${c.code}"`;
    if (isBlank(c.code)) problems.push('目录清单事项编码不能为空');
    if (isBlank(c.name)) problems.push(`${name}未填写名称`);
    for (const k of c.itemKinds ?? []) if (!isItemKind(k)) problems.push(`${name}的事项类型无效：${String(k)}`);
    for (const t of c.penaltyTypes ?? []) if (!isPenaltyType(t)) problems.push(`${name}的处罚种类无效：${String(t)}`);
    const th = c.amountThresholds;
    if (th) {
      for (const v of [th.naturalPersonFen, th.organisationFen]) {
        if (v != null && !isNonNegativeFen(v)) problems.push(`${name}的数额标准须为非负整数（分）`);
      }
      if (th.naturalPersonFen == null && th.organisationFen == null) problems.push(`${name}的数额标准未填写`);
    }
    const probe: ProposedDecision = {
      itemKind: 'OTHER',
      penaltyTypes: [],
      fineFen: 0,
      confiscationFen: 0,
      partyType: 'NATURAL_PERSON',
      hearingHeld: false,
      complex: false,
      publicInterest: false,
      multipleLegalRelationships: false,
    };
    if (conditionResults(c, probe).length === 0) problems.push(`${name}未设置任何审核条件`);
  }
  return problems;
}
