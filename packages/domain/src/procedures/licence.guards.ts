/**
 * Licence lifecycle (行政许可, DOMAIN §3 and §12.5) as a procedure definition. Clocks are named by rule ID and
 * computed by procedures/clocks.ts: ALL-32 (correction notice 5 wd, else deemed accepted — `correctionNoticeDeadline`),
 * ALL-42 (decision 20 wd, +10 wd, paused for excluded steps — `licenceDeadlines`), ALL-44 (certificate 10 wd),
 * PUB-AFTER-7 (publication of the decision within 7 wd, GO118-7), ALL-47 (hearing request 5 wd).
 * A decision or certificate after its deadline is not blocked: `licenceViolationFlags` raises the ALL-74 flag.
 */
import { addDays, compareDates, type IsoDate } from '../dates.js';
import type { Guard, GuardResult, ProcedureContext } from './engine.js';

const refuse = (message: string): GuardResult => ({ refused: true, message });

export const LICENCE_STATES = [
  'SUBMITTED',
  'CLOSED_NOT_REQUIRED',
  'REJECTED_AT_INTAKE',
  'AWAITING_CORRECTION',
  'ACCEPTED',
  'HEARING',
  'PAUSED',
  'UNDER_REVIEW',
  'GRANTED',
  'REFUSED',
  'VALID',
  'RENEWAL_PENDING',
  'EXPIRES_AT_END',
  'SUSPENDED',
  'TERMINATED',
  'EXPIRED',
  'CANCELLED',
] as const;
export type LicenceState = (typeof LICENCE_STATES)[number];

export const LICENCE_STATE_LABELS: Record<LicenceState, string> = {
  SUBMITTED: '已提交申请',
  CLOSED_NOT_REQUIRED: '无需许可',
  REJECTED_AT_INTAKE: '不予受理',
  AWAITING_CORRECTION: '待补正',
  ACCEPTED: '已受理',
  HEARING: '听证程序',
  PAUSED: '不计入期限的程序',
  UNDER_REVIEW: '审查中',
  GRANTED: '准予许可',
  REFUSED: '不予许可',
  VALID: '许可有效',
  RENEWAL_PENDING: '延续审查中',
  EXPIRES_AT_END: '有效期届满终止',
  SUSPENDED: '暂扣',
  TERMINATED: '已撤销/撤回/吊销',
  EXPIRED: '已过期',
  CANCELLED: '已注销',
};

export const LICENCE_ACTIONS = [
  'not_required',
  'not_competent',
  'incomplete',
  'deemed_accept',
  'corrected',
  'accept',
  'notify_stakeholders',
  'hold_hearing',
  'hearing_not_requested',
  'pause_excluded_step',
  'excluded_step_done',
  'extend',
  'start_review',
  'grant',
  'refuse',
  'issue_certificate',
  'change',
  'apply_renewal',
  'grant_renewal',
  'deemed_renewal',
  'refuse_renewal',
  'suspend',
  'suspension_end',
  'revoke_defect',
  'withdraw',
  'revoke_penalty',
  'expire',
  'cancel',
] as const;
export type LicenceAction = (typeof LICENCE_ACTIONS)[number];

export const LICENCE_ACTION_LABELS: Record<LicenceAction, string> = {
  not_required: '告知不需要取得许可',
  not_competent: '不予受理并告知向有关机关申请',
  incomplete: '一次性告知补正',
  deemed_accept: '逾期未告知补正，视为受理',
  corrected: '补正后受理',
  accept: '受理并出具受理凭证',
  notify_stakeholders: '告知利害关系人听证权利',
  hold_hearing: '举行听证',
  hearing_not_requested: '未申请听证，继续审查',
  pause_excluded_step: '书面告知检验、检测、鉴定、专家评审等所需时间',
  excluded_step_done: '不计入期限的程序结束',
  extend: '经负责人批准延长十个工作日',
  start_review: '开始审查',
  grant: '作出准予行政许可决定',
  refuse: '作出不予行政许可决定',
  issue_certificate: '颁发、送达许可证件',
  change: '变更许可事项',
  apply_renewal: '申请延续',
  grant_renewal: '准予延续',
  deemed_renewal: '逾期未作决定，视为准予延续',
  refuse_renewal: '不予延续',
  suspend: '暂扣许可证件（行政处罚）',
  suspension_end: '暂扣期满',
  revoke_defect: '撤销行政许可',
  withdraw: '撤回行政许可（依法补偿）',
  revoke_penalty: '吊销许可证件（行政处罚）',
  expire: '有效期届满未延续',
  cancel: '注销行政许可',
};

/** The facts a licence case supplies to its guards. */
export interface LicenceCaseContext extends ProcedureContext {
  intake?: {
    /** ALL-32: every acceptance / refusal gets a sealed, dated written receipt. */
    writtenReceipt?: { sealed: boolean; dated: boolean };
    /** ALL-32: all missing items, told once. */
    missingItems?: readonly string[];
    /** The result of clocks.ts `correctionNoticeDeadline` (5 wd from receipt). */
    correctionNotice?: { due: IsoDate; deemedAccepted: boolean; acceptedOn?: IsoDate };
    correctionNoticeGivenOn?: IsoDate;
  };
  stakeholders?: { notifiedOn?: IsoDate };
  hearing?: {
    requestedOn?: IsoDate;
    /** Computed by clocks.ts: last day to request (5 wd after being told), last day to hold (20 wd after request),
     * earliest hearing date (7 wd after the notice). */
    requestLastDay?: IsoDate;
    holdLastDay?: IsoDate;
    earliestAllowedDate?: IsoDate;
    date?: IsoDate;
    presiderId?: string;
  };
  reviewerIds?: readonly string[];
  excludedStep?: {
    kind: 'HEARING' | 'TENDER_AUCTION' | 'TESTING' | 'APPRAISAL' | 'EXPERT_REVIEW';
    writtenNoticeOfDurationOn?: IsoDate;
  };
  extension?: { approvedByHeadOn?: IsoDate; reasonsToldToApplicant?: boolean; alreadyExtended?: boolean };
  /** ALL-34: staff who carried out the substantive verification. */
  verifierIds?: readonly string[];
  conditionsMet?: boolean;
  refusal?: { reasons?: string; remediesStated?: boolean };
  /** Computed by clocks.ts `licenceDeadlines`. */
  deadlines?: { decisionDue?: IsoDate; certificateDue?: IsoDate };
  licence?: { validUntil?: IsoDate; renewalAppliedOn?: IsoDate };
  /** A penalty decision imposing 暂扣 / 吊销 exists (document NO of the decision). */
  penaltyDecisionNo?: string;
  revocation?: { ground?: string; seriousHarmToPublicInterest?: boolean };
  withdrawal?: { ground?: string; compensationDecided?: boolean };
  cancellation?: {
    ground?:
      | 'EXPIRED'
      | 'HOLDER_DEAD_OR_INCAPACITATED'
      | 'ORGANISATION_TERMINATED'
      | 'TERMINATED'
      | 'FORCE_MAJEURE'
      | 'OTHER';
  };
}

/** ALL-32: sealed, dated written receipt. */
export const sealedDatedReceipt: Guard<LicenceCaseContext> = {
  rule: 'ALL-32',
  label: '出具加盖专用印章并注明日期的书面凭证',
  check(ctx) {
    const r = ctx.intake?.writtenReceipt;
    return r?.sealed && r.dated
      ? true
      : refuse('受理或者不予受理行政许可申请，应当出具加盖本行政机关专用印章和注明日期的书面凭证');
  },
};

/** ALL-32: the correction notice lists every missing item at once. */
export const correctionToldOnce: Guard<LicenceCaseContext> = {
  rule: 'ALL-32',
  label: '一次性告知需要补正的全部内容',
  check(ctx) {
    if (!ctx.intake?.correctionNotice) return refuse('尚未计算补正告知期限');
    return (ctx.intake.missingItems ?? []).length > 0 ? true : refuse('应当一次告知申请人需要补正的全部内容');
  },
};

/** ALL-32: no correction notice within 5 wd → deemed accepted on the day of receipt. */
export const correctionNoticeLate: Guard<LicenceCaseContext> = {
  rule: 'ALL-32',
  label: '逾期不告知补正的，自收到申请材料之日起即为受理',
  check(ctx) {
    const c = ctx.intake?.correctionNotice;
    if (!c) return refuse('尚未计算补正告知期限');
    return c.deemedAccepted ? true : refuse(`补正告知期限至${c.due}，尚未逾期，不发生视为受理`);
  },
};

/** ALL-36: stakeholders whose major interests are directly affected are notified. */
export const stakeholdersNotified: Guard<LicenceCaseContext> = {
  rule: 'ALL-36',
  label: '告知利害关系人',
  check: (ctx) => (ctx.stakeholders?.notifiedOn ? true : refuse('尚未记录告知利害关系人的日期')),
};

/** ALL-47-1: the hearing is requested within 5 wd of being told of the right. */
export const licenceHearingRequestInTime: Guard<LicenceCaseContext> = {
  rule: 'ALL-47-1',
  label: '被告知听证权利之日起五日内提出听证申请',
  check(ctx) {
    const h = ctx.hearing;
    if (!h?.requestedOn || !h.requestLastDay) return refuse('尚未记录听证申请日期及申请期限');
    if (compareDates(h.requestedOn, h.requestLastDay) <= 0) return true;
    return refuse(`听证申请期限至${h.requestLastDay}届满，申请人于${h.requestedOn}提出，已逾期`);
  },
};

/** ALL-47-2: the agency holds the hearing within 20 wd of the request. */
export const licenceHearingHeldInTime: Guard<LicenceCaseContext> = {
  rule: 'ALL-47-2',
  label: '收到听证申请之日起二十日内组织听证',
  check(ctx) {
    const h = ctx.hearing;
    if (!h?.date || !h.holdLastDay) return refuse('尚未确定听证日期及组织听证期限');
    if (compareDates(h.date, h.holdLastDay) <= 0) return true;
    return refuse(`应当在${h.holdLastDay}前组织听证`);
  },
};

/** ALL-48-1: the hearing notice is given 7 days before the hearing. */
export const licenceHearingNoticeLeadTime: Guard<LicenceCaseContext> = {
  rule: 'ALL-48-1',
  label: '举行听证的七日前通知',
  check(ctx) {
    const h = ctx.hearing;
    if (!h?.date || !h.earliestAllowedDate) return refuse('尚未确定听证日期');
    if (compareDates(h.date, h.earliestAllowedDate) >= 0) return true;
    return refuse(`应当于举行听证的七日前通知申请人、利害关系人，听证日期不得早于${h.earliestAllowedDate}`);
  },
};

/** ALL-48-2: the presider is not the staff member who reviewed the application. */
export const licenceHearingPresiderNotReviewer: Guard<LicenceCaseContext> = {
  rule: 'ALL-48-2',
  label: '听证主持人非审查该申请的工作人员',
  check(ctx) {
    const p = ctx.hearing?.presiderId;
    if (!p) return refuse('尚未指定听证主持人');
    return (ctx.reviewerIds ?? []).includes(p) ? refuse('听证主持人不得由审查该行政许可申请的工作人员担任') : true;
  },
};

/** ALL-45: the applicant is told in writing how long the excluded step takes. */
export const excludedStepNotified: Guard<LicenceCaseContext> = {
  rule: 'ALL-45',
  label: '书面告知申请人所需时间',
  check: (ctx) =>
    ctx.excludedStep?.writtenNoticeOfDurationOn
      ? true
      : refuse('听证、检验、检测、鉴定、专家评审等所需时间不计入期限，但应当书面告知申请人所需时间'),
};

/** ALL-42: one extension of 10 wd, approved by the head, reasons told to the applicant. */
export const extensionApproved: Guard<LicenceCaseContext> = {
  rule: 'ALL-42',
  label: '经本行政机关负责人批准延长十日并告知理由',
  check(ctx) {
    const e = ctx.extension;
    if (e?.alreadyExtended) return refuse('审查期限只能延长一次（十日）');
    if (!e?.approvedByHeadOn) return refuse('延长审查期限须经本行政机关负责人批准');
    return e.reasonsToldToApplicant ? true : refuse('应当将延长期限的理由告知申请人');
  },
};

/** ALL-34: substantive verification by at least two staff. */
export const substantiveVerificationByTwo: Guard<LicenceCaseContext> = {
  rule: 'ALL-34',
  label: '实质内容核查由两名以上工作人员进行',
  check(ctx) {
    const n = new Set(ctx.verifierIds ?? []).size;
    return n >= 2 ? true : refuse(`对申请材料的实质内容进行核实，应当指派两名以上工作人员，目前为 ${n} 人`);
  },
};

/** ALL-38 (grant side): the application meets the statutory conditions. */
export const licenceConditionsMet: Guard<LicenceCaseContext> = {
  rule: 'ALL-38',
  label: '申请符合法定条件、标准',
  check: (ctx) => (ctx.conditionsMet ? true : refuse('尚未认定申请符合法定条件、标准')),
};

/** ALL-38: a refusal states its reasons and the applicant's reconsideration / litigation rights. */
export const refusalReasonsAndRemedies: Guard<LicenceCaseContext> = {
  rule: 'ALL-38',
  label: '不予许可说明理由并告知救济权利',
  check(ctx) {
    const r = ctx.refusal;
    if (!r?.reasons?.trim()) return refuse('不予行政许可的书面决定应当说明理由');
    return r.remediesStated ? true : refuse('应当告知申请人享有依法申请行政复议或者提起行政诉讼的权利');
  },
};

/** ALL-50: renewal applied for at least 30 days before expiry. */
export const renewalAppliedInTime: Guard<LicenceCaseContext> = {
  rule: 'ALL-50',
  label: '有效期届满三十日前提出延续申请',
  check(ctx) {
    const l = ctx.licence;
    if (!l?.validUntil) return refuse('尚未记录许可有效期');
    const applied = l.renewalAppliedOn ?? ctx.date;
    const latest = addDays(l.validUntil, -30);
    if (compareDates(applied, latest) <= 0) return true;
    return refuse(`应当在有效期届满三十日前（${latest}前）提出延续申请`);
  },
};

/** ALL-50: no decision by expiry → renewal deemed granted. */
export const renewalUndecidedAtExpiry: Guard<LicenceCaseContext> = {
  rule: 'ALL-50',
  label: '有效期届满前未作决定的，视为准予延续',
  check(ctx) {
    const until = ctx.licence?.validUntil;
    if (!until) return refuse('尚未记录许可有效期');
    return compareDates(ctx.date, until) > 0 ? true : refuse(`有效期至${until}，届满前应当作出是否准予延续的决定`);
  },
};

/** APL-9: 暂扣 / 吊销 is a penalty and needs a penalty decision. */
export const penaltyDecisionExists: Guard<LicenceCaseContext> = {
  rule: 'APL-9',
  label: '已作出行政处罚决定',
  check: (ctx) =>
    ctx.penaltyDecisionNo?.trim() ? true : refuse('暂扣、吊销许可证件属于行政处罚，须依行政处罚程序作出决定'),
};

/** ALL-69: revocation for a defect states its ground and does not seriously harm the public interest. */
export const revocationGround: Guard<LicenceCaseContext> = {
  rule: 'ALL-69',
  label: '具备撤销情形且不损害公共利益',
  check(ctx) {
    const r = ctx.revocation;
    if (!r?.ground?.trim()) return refuse('尚未记录撤销行政许可的法定情形');
    return r.seriousHarmToPublicInterest ? refuse('撤销行政许可可能对公共利益造成重大损害的，不予撤销') : true;
  },
};

/** ALL-8: withdrawal for changed law or facts, with compensation. */
export const withdrawalWithCompensation: Guard<LicenceCaseContext> = {
  rule: 'ALL-8',
  label: '依法撤回并给予补偿',
  check(ctx) {
    const w = ctx.withdrawal;
    if (!w?.ground?.trim()) return refuse('尚未记录撤回行政许可的事由（法律依据修改废止或客观情况重大变化）');
    return w.compensationDecided ? true : refuse('撤回行政许可给当事人造成财产损失的，应当依法给予补偿');
  },
};

/** ALL-70: cancellation on one of the statutory grounds. */
export const cancellationGround: Guard<LicenceCaseContext> = {
  rule: 'ALL-70',
  label: '具备注销情形',
  check: (ctx) => (ctx.cancellation?.ground ? true : refuse('尚未记录注销行政许可的法定情形')),
};
