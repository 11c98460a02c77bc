/**
 * Reusable procedure guards (issue 5 §1). Each guard cites its rule ID (DOMAIN.md) and reads only the narrow
 * slice of the case context it needs; missing facts are refusals ("尚未记录…"), never silent passes.
 * Dates are computed elsewhere (procedures/clocks.ts with the working calendar); guards take the computed
 * last/earliest days as input.
 */

import type { PenaltyScale, PenaltyType } from '../catalogue/penalty.js';
import { comparePenaltySeverity } from '../catalogue/severity.js';
import { type CertificateFacts, mayOfficerAct } from '../certificates.js';
import { addYears, compareDates, type IsoDate } from '../dates.js';
import type { Guard, GuardResult } from './engine.js';

const refuse = (message: string): GuardResult => ({ refused: true, message });
const yuanText = (fen: number): string => `${(fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} 元`;

export interface OfficerFacts {
  id: string;
  name: string;
  certificates: CertificateFacts[];
}

/** APL-42 / CERT-USE */
export interface OfficersContext {
  date: IsoDate;
  officers?: readonly OfficerFacts[];
  /** Enforcement category code and GB/T 2260 region of the act. */
  category?: string;
  region?: string;
}

/** APL-42 / CERT-USE: at least two distinct officers whose certificates are valid on the date and cover category and region. */
export const twoQualifiedOfficers: Guard<OfficersContext> = {
  rule: 'APL-42',
  label: '不少于两名持有效执法证件的执法人员',
  check(ctx) {
    if (ctx.category === undefined || ctx.region === undefined) return refuse('尚未确定执法类别和执法区域');
    const act = { date: ctx.date, category: ctx.category, region: ctx.region };
    const qualified = new Set<string>();
    const problems: string[] = [];
    for (const o of ctx.officers ?? []) {
      const r = mayOfficerAct(o.certificates, act);
      if (r.allowed) qualified.add(o.id);
      else problems.push(`${o.name}：${r.message}`);
    }
    if (qualified.size >= 2) return true;
    const detail = problems.length > 0 ? `（${problems.join('；')}）` : '';
    return refuse(`执法人员不得少于两人，目前符合条件的执法人员为 ${qualified.size} 人${detail}`);
  },
};

/** APL-36 */
export interface LimitationContext {
  date: IsoDate;
  violation?: {
    /** Date of the act; for a continuing or repeated act, `endedOn` is used instead. */
    actDate: IsoDate;
    endedOn?: IsoDate;
    /** Concerns citizens' life/health safety or financial security AND caused harm → 5 years. */
    harmedLifeHealthOrFinancialSafety: boolean;
    /** When the violation was discovered; defaults to the action date. */
    discoveredOn?: IsoDate;
  };
}

/** The last day on which the violation may still be discovered (APL-36: 2 years, 5 years for safety harm). */
export function limitationLastDay(v: NonNullable<LimitationContext['violation']>): IsoDate {
  return addYears(v.endedOn ?? v.actDate, v.harmedLifeHealthOrFinancialSafety ? 5 : 2);
}

/** APL-36: discovered within 2 years of the act (or its end); 5 years when life/health/financial safety was harmed. */
export const withinLimitation: Guard<LimitationContext> = {
  rule: 'APL-36',
  label: '违法行为在追责时效内被发现',
  check(ctx) {
    const v = ctx.violation;
    if (!v) return refuse('尚未记录违法行为发生（终了）日期，无法判断追责时效');
    const last = limitationLastDay(v);
    const discovered = v.discoveredOn ?? ctx.date;
    if (compareDates(discovered, last) <= 0) return true;
    const years = v.harmedLifeHealthOrFinancialSafety ? 5 : 2;
    return refuse(`违法行为自${v.endedOn ?? v.actDate}起${years}年内未被发现（时效至${last}），不再给予行政处罚`);
  },
};

export type PartyKind = 'NATURAL_PERSON' | 'ORGANISATION';

export interface IntendedPenalty {
  types: readonly PenaltyType[];
  /** Fine in fen (0 or absent when no fine). */
  fineFen?: number;
}

/** APL-51, APL-68/69/70 */
export interface OnSpotContext {
  partyKind?: PartyKind;
  penalty?: IntendedPenalty;
  /** Thresholds set by another law, overriding APL-51's 200 / 3,000 yuan (in fen). */
  onSpotLimitFen?: { naturalPerson: number; organisation: number };
  collection?: {
    hardToCollectLater?: boolean;
    remoteArea?: boolean;
    partyRequested?: boolean;
    fiscalReceiptNo?: string;
  };
}

export const ON_SPOT_LIMIT_FEN = { naturalPerson: 20_000, organisation: 300_000 } as const;
export const ON_SPOT_COLLECTION_LIMIT_FEN = 10_000;

/** APL-51: on-the-spot decision only for a warning, or a fine ≤ 200 yuan (natural person) / ≤ 3,000 yuan (organisation). */
export const onSpotEligible: Guard<OnSpotContext> = {
  rule: 'APL-51',
  label: '警告或者小额罚款方可当场处罚',
  check(ctx) {
    const p = ctx.penalty;
    if (!p || p.types.length === 0) return refuse('尚未确定拟处罚种类');
    if (!ctx.partyKind) return refuse('尚未确定当事人类型');
    const other = p.types.filter((t) => t !== 'WARNING' && t !== 'FINE');
    if (other.length > 0) return refuse('当场处罚仅限警告或者罚款，拟处罚种类超出范围，应适用普通程序');
    const limits = ctx.onSpotLimitFen ?? ON_SPOT_LIMIT_FEN;
    const limit = ctx.partyKind === 'NATURAL_PERSON' ? limits.naturalPerson : limits.organisation;
    const fine = p.types.includes('FINE') ? (p.fineFen ?? 0) : 0;
    if (fine > limit) {
      const who = ctx.partyKind === 'NATURAL_PERSON' ? '公民' : '法人或者其他组织';
      return refuse(`对${who}当场罚款不得超过 ${yuanText(limit)}，拟罚款 ${yuanText(fine)}，应适用普通程序`);
    }
    return true;
  },
};

/** APL-68/69: on-the-spot collection only for ≤ 100 yuan, when hard to collect later, or in a remote area at the party's request. */
export const onSpotCollectionAllowed: Guard<OnSpotContext> = {
  rule: 'APL-68',
  label: '符合当场收缴罚款的条件',
  check(ctx) {
    const fine = ctx.penalty?.fineFen ?? 0;
    const c = ctx.collection ?? {};
    if (fine <= 0) return refuse('没有罚款可当场收缴');
    if (fine <= ON_SPOT_COLLECTION_LIMIT_FEN || c.hardToCollectLater) return true;
    if (c.remoteArea && c.partyRequested) return true;
    return refuse(
      `当场收缴仅限罚款 ${yuanText(ON_SPOT_COLLECTION_LIMIT_FEN)} 以下、事后难以执行，或者边远、水上、交通不便地区经当事人提出（第六十九条）；拟收缴 ${yuanText(fine)}`,
    );
  },
};

/** APL-70: on-the-spot collection needs the fiscal authorities' uniform receipt. */
export const fiscalReceiptIssued: Guard<OnSpotContext> = {
  rule: 'APL-70',
  label: '出具财政部门统一制发的专用票据',
  check(ctx) {
    const no = ctx.collection?.fiscalReceiptNo;
    return no && no.trim() !== '' ? true : refuse('当场收缴罚款须出具财政部门统一制发的专用票据，尚未登记票据号码');
  },
};

/** APL-62, APL-63/64 */
export interface NoticeContext {
  date: IsoDate;
  preNotice?: {
    servedOn?: IsoDate;
    /** Last day of the statement window (computed by clocks.ts, e.g. SAMR-5wd). */
    statementLastDay?: IsoDate;
    waivedInWriting?: boolean;
  };
}

/** APL-62: no decision before the prenotice is served and the statement window elapsed or was waived in writing. */
export const preNoticeServedAndWindowClosed: Guard<NoticeContext> = {
  rule: 'APL-62',
  label: '已送达事先告知书且陈述申辩期已届满或书面放弃',
  check(ctx) {
    const n = ctx.preNotice;
    if (!n?.servedOn) return refuse('未送达行政处罚事先告知书，不得作出行政处罚决定');
    if (n.waivedInWriting) return true;
    if (!n.statementLastDay) return refuse('尚未计算陈述申辩期限');
    if (compareDates(ctx.date, n.statementLastDay) > 0) return true;
    return refuse(`陈述申辩期限至${n.statementLastDay}届满，当事人未书面放弃，期满前不得作出决定`);
  },
};

export interface HearingContext {
  investigatorIds?: readonly string[];
  hearing?: {
    /** The intended penalty meets the jurisdiction's hearing thresholds or types (APL-63, HEAR-THRESH). */
    offered?: boolean;
    requestedOn?: IsoDate;
    /** Last day of the 5-wd request window (clocks.ts). */
    requestLastDay?: IsoDate;
    /** The hearing date, and the earliest date allowed by the 7-wd notice rule (clocks.ts). */
    date?: IsoDate;
    earliestAllowedDate?: IsoDate;
    hostId?: string;
    outcome?: 'HELD' | 'WAIVED' | 'TERMINATED_ABSENT';
  };
}

/** APL-63: a hearing request is accepted only when the intended penalty is hearing-eligible. */
export const hearingEligible: Guard<HearingContext> = {
  rule: 'APL-63',
  label: '拟作出的处罚属于应当告知听证权利的情形',
  check: (ctx) =>
    ctx.hearing?.offered ? true : refuse('拟作出的行政处罚不属于听证范围（较大数额罚款、吊销许可证件等）'),
};

/** APL-64-1: the party requests the hearing within 5 working days of notification. */
export const hearingRequestInTime: Guard<HearingContext> = {
  rule: 'APL-64-1',
  label: '在告知后五个工作日内提出听证申请',
  check(ctx) {
    const h = ctx.hearing;
    if (!h?.requestedOn) return refuse('尚未记录听证申请日期');
    if (!h.requestLastDay) return refuse('尚未计算听证申请期限');
    if (compareDates(h.requestedOn, h.requestLastDay) <= 0) return true;
    return refuse(`听证申请期限至${h.requestLastDay}届满，当事人于${h.requestedOn}提出，已逾期`);
  },
};

/** APL-64-2: the hearing notice is served at least 7 working days before the hearing. */
export const hearingNoticeLeadTime: Guard<HearingContext> = {
  rule: 'APL-64-2',
  label: '听证七个工作日前通知当事人',
  check(ctx) {
    const h = ctx.hearing;
    if (!h?.date || !h.earliestAllowedDate) return refuse('尚未确定听证日期');
    if (compareDates(h.date, h.earliestAllowedDate) >= 0) return true;
    return refuse(`应当在举行听证的七个工作日前通知当事人，听证日期不得早于${h.earliestAllowedDate}`);
  },
};

/** APL-64: the hearing is presided over by a person who is not an investigator of the case. */
export const hearingHostNotInvestigator: Guard<HearingContext> = {
  rule: 'APL-64',
  label: '听证主持人非本案调查人员',
  check(ctx) {
    const host = ctx.hearing?.hostId;
    if (!host) return refuse('尚未指定听证主持人');
    return (ctx.investigatorIds ?? []).includes(host) ? refuse('听证主持人不得由本案调查人员担任') : true;
  },
};

/** APL-65: when a hearing was requested, the decision follows the hearing (held, waived or terminated). */
export const hearingConcludedIfRequested: Guard<HearingContext> = {
  rule: 'APL-65',
  label: '申请听证的，听证已结束',
  check(ctx) {
    const h = ctx.hearing;
    if (!h?.requestedOn || h.outcome) return true;
    return refuse('当事人已申请听证，听证结束前不得作出决定');
  },
};

/** APL-45 */
export interface DefenceContext {
  /** The penalty stated in the prenotice, and the one now proposed (a concrete penalty: fineMin = fineMax). */
  notifiedPenalty?: PenaltyScale;
  proposedPenalty?: PenaltyScale;
}

/** APL-45: the penalty may not be heavier than the notified one because the party defended itself. */
export const notHeavierBecauseOfDefence: Guard<DefenceContext> = {
  rule: 'APL-45',
  label: '不因当事人陈述申辩而加重处罚',
  check(ctx) {
    if (!ctx.notifiedPenalty || !ctx.proposedPenalty) return refuse('尚未记录告知的处罚和拟作出的处罚');
    const order = comparePenaltySeverity(ctx.proposedPenalty, ctx.notifiedPenalty);
    if (order === null) return refuse('拟作出的处罚与告知的处罚轻重须人工判断；如需加重，应重新告知');
    if (order <= 0) return true;
    return refuse('拟作出的处罚重于事先告知的处罚，不得因当事人陈述申辩而加重；如有新的事实，应重新告知');
  },
};

/** APL-57 */
export interface MajorCaseContext {
  complexOrMajor?: boolean;
  collectiveDiscussionRecordedOn?: IsoDate;
}

/** APL-57: complex or major cases are decided by collective discussion of the agency's leaders. */
export const collectiveDiscussionForMajor: Guard<MajorCaseContext> = {
  rule: 'APL-57',
  label: '情节复杂或者重大违法行为经集体讨论',
  check: (ctx) =>
    !ctx.complexOrMajor || ctx.collectiveDiscussionRecordedOn
      ? true
      : refuse('情节复杂或者重大违法行为给予行政处罚，应当由行政机关负责人集体讨论决定'),
};

/** APL-58 */
export interface LegalReviewContext {
  /** Set when the penalty was proposed: APL-58 triggers ∪ the local review catalogue (catalogue/review-catalogue). */
  reviewRequired?: boolean;
  legalReview?: {
    status: 'PENDING' | 'ISSUES_FOUND' | 'APPROVED';
    reviewer?: { firstTimeReviewer: boolean; hasLegalProfessionQualification: boolean };
  };
}

/** APL-58: a case flagged for legal review cannot be decided until an approved review exists. */
export const legalReviewApprovedIfRequired: Guard<LegalReviewContext> = {
  rule: 'APL-58',
  label: '须法制审核的，审核已通过',
  check(ctx) {
    if (!ctx.reviewRequired) return true;
    if (ctx.legalReview?.status === 'APPROVED') return true;
    return refuse('本案属于应当法制审核的情形，未经法制审核或者审核未通过的，不得作出决定');
  },
};

/** APL-58-Q: a first-time reviewer of penalty decisions holds the legal profession qualification. */
export const reviewerQualified: Guard<LegalReviewContext> = {
  rule: 'APL-58-Q',
  label: '初次从事法制审核的人员取得法律职业资格',
  check(ctx) {
    const r = ctx.legalReview?.reviewer;
    if (!r) return refuse('尚未记录法制审核人员');
    if (!r.firstTimeReviewer || r.hasLegalProfessionQualification) return true;
    return refuse('初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格');
  },
};

/** APL-59 */
export interface DecisionContent {
  partyNameAndAddress?: string;
  factsAndEvidence?: string;
  penaltyAndLegalBasis?: string;
  performanceMannerAndDeadline?: string;
  remedyRouteAndDeadline?: string;
  agencyNameAndDate?: string;
  sealed?: boolean;
}

export const DECISION_ITEM_LABELS: Record<Exclude<keyof DecisionContent, 'sealed'>, string> = {
  partyNameAndAddress: '当事人的姓名或者名称、地址',
  factsAndEvidence: '违反法律、法规、规章的事实和证据',
  penaltyAndLegalBasis: '行政处罚的种类和依据',
  performanceMannerAndDeadline: '行政处罚的履行方式和期限',
  remedyRouteAndDeadline: '申请行政复议、提起行政诉讼的途径和期限',
  agencyNameAndDate: '作出决定的行政机关名称和作出决定的日期',
};

/** APL-59: the decision document states the six mandatory items and carries the agency's seal. */
export const decisionContentComplete: Guard<{ decision?: DecisionContent }> = {
  rule: 'APL-59',
  label: '决定书载明法定事项并加盖印章',
  check(ctx) {
    const d = ctx.decision ?? {};
    const keys = Object.keys(DECISION_ITEM_LABELS) as (keyof typeof DECISION_ITEM_LABELS)[];
    const missing = keys.filter((k) => (d[k] ?? '').trim() === '').map((k) => DECISION_ITEM_LABELS[k]);
    if (!d.sealed) missing.push('行政机关印章');
    return missing.length === 0 ? true : refuse(`行政处罚决定书缺少：${missing.join('；')}`);
  },
};

/** APL-61 */
export interface ServiceContext {
  service?: {
    method: 'IN_PERSON' | 'ON_SPOT' | 'LEFT_AT_ADDRESS' | 'POST' | 'ELECTRONIC' | 'PUBLIC_NOTICE';
    /** A signed 送达地址确认书 that consents to electronic service. */
    electronicConsentSigned?: boolean;
  };
}

/** APL-61: fax / e-mail / electronic service only with the party's signed confirmation. */
export const eServiceConsent: Guard<ServiceContext> = {
  rule: 'APL-61',
  label: '电子送达须当事人签署确认书',
  check(ctx) {
    const s = ctx.service;
    if (!s) return refuse('尚未确定送达方式');
    if (s.method !== 'ELECTRONIC' || s.electronicConsentSigned) return true;
    return refuse('当事人未签署送达地址确认书同意电子送达，不得采用传真、电子邮件等方式送达');
  },
};

/** APL-60 */
export interface CaseLimitContext {
  date: IsoDate;
  /** The 90-day limit (clocks.ts: + approved extensions, − paused intervals). */
  caseLimit?: { lastDay?: IsoDate };
}

/** APL-60: the decision is made within the case time limit (including approved extensions). */
export const withinCaseTimeLimit: Guard<CaseLimitContext> = {
  rule: 'APL-60',
  label: '在办案期限内作出决定',
  check(ctx) {
    const last = ctx.caseLimit?.lastDay;
    if (!last) return refuse('尚未计算办案期限');
    if (compareDates(ctx.date, last) <= 0) return true;
    return refuse(`办案期限已于${last}届满，须先办理延长办案期限审批`);
  },
};

/** Every guard in this module (for coverage checks and flowchart legends). */
export const ALL_GUARDS = [
  twoQualifiedOfficers,
  withinLimitation,
  onSpotEligible,
  onSpotCollectionAllowed,
  fiscalReceiptIssued,
  preNoticeServedAndWindowClosed,
  hearingEligible,
  hearingRequestInTime,
  hearingNoticeLeadTime,
  hearingHostNotInvestigator,
  hearingConcludedIfRequested,
  notHeavierBecauseOfDefence,
  collectiveDiscussionForMajor,
  legalReviewApprovedIfRequired,
  reviewerQualified,
  decisionContentComplete,
  eServiceConsent,
  withinCaseTimeLimit,
] as const;
