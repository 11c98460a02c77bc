/**
 * Coercive measure: sealing / seizure (查封扣押) and the freezing variant (冻结), DOMAIN §12.3, as a procedure
 * definition. Guards cite ACL-* rule IDs (DOMAIN §2). Dates are computed elsewhere and taken as inputs:
 * `seizure.expiry` from `seizureExpiry(...).due` (ACL-25), `freeze.deliveryLastDay` from
 * `deadline(CLOCK_RULES['ACL-31'], ...)`. Clocks: ACL-25 (30 d), ACL-19 (24 h), ACL-31 (3 wd).
 */
import { compareDates, type IsoDate } from '../dates.js';
import type { Guard, GuardResult, ProcedureContext } from './engine.js';
import type { OfficersContext } from './guards.js';

const refuse = (message: string): GuardResult => ({ refused: true, message });

export type CoerciveMeasureKind = 'SEAL' | 'SEIZE' | 'FREEZE';

const MOMENT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR_MS = 3_600_000;
/** Epoch ms of an ISO moment with an explicit offset, or undefined when malformed. */
function momentMs(m: string | undefined): number | undefined {
  if (!m || !MOMENT_RE.test(m)) return undefined;
  const ms = Date.parse(m);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Facts a seal/seize/freeze case supplies to its guards. */
export interface CoerciveMeasureFacts {
  measureKind?: CoerciveMeasureKind;
  /** Moment of this action (ISO with offset), e.g. when the emergency release is decided. */
  at?: string;
  /** ACL-18(1): the agency head approved before the measure was taken. */
  approval?: { headApprovedOn?: IsoDate };
  /** ACL-18 on-site steps. */
  onSite?: {
    idsShown?: boolean;
    partyPresent?: boolean;
    witnessPresent?: boolean;
    reasonsBasisRightsTold?: boolean;
    statementsHeard?: boolean;
    recordSigned?: boolean;
    refusalToSignNoted?: boolean;
    /** ACL-24: 查封/扣押决定书 and item list (two copies) delivered on the spot. */
    decisionDelivered?: boolean;
    itemListTwoCopiesDelivered?: boolean;
  };
  /** ACL-23 */
  items?: { allRelatedToCase?: boolean; includesDailyNecessities?: boolean; alreadySealedByAnotherOrgan?: boolean };
  /** ACL-19: emergency on-the-spot measure. Moments are ISO with offset. */
  emergency?: { executedAt?: string; approvedAt?: string; headDisagreed?: boolean };
  /** ACL-25: the testing period was fixed and notified in writing (dated no later than the action date). */
  testing?: { writtenNoticeOn?: IsoDate };
  /** ACL-25: the current seizure expiry (seizureExpiry(...).due). */
  seizure?: { expiry?: IsoDate };
  /** ACL-25: extension request. */
  extension?: {
    complex?: boolean;
    days?: number;
    /** Days already extended. */
    previousDays?: number;
    headApprovedOn?: IsoDate;
    writtenNoticeWithReasonsOn?: IsoDate;
  };
  /** ACL-27 */
  disposal?: {
    kind: 'CONFISCATE' | 'DESTROY' | 'RELEASE';
    penaltyDecisionServed?: boolean;
    destructionRequiredByLaw?: boolean;
  };
  /** ACL-21 */
  crimeTransfer?: { partyInformedInWritingOn?: IsoDate };
  /** ACL-29..31 */
  freeze?: {
    agencyDesignatedByLaw?: boolean;
    bankNoticeSent?: boolean;
    decisionDeliveredOn?: IsoDate;
    /** Last day for delivering the 冻结决定书 (ACL-31: 3 wd after freezing). */
    deliveryLastDay?: IsoDate;
  };
}

export type CoerciveMeasureContext = ProcedureContext & OfficersContext & CoerciveMeasureFacts;
type G = Guard<CoerciveMeasureContext>;

const KIND_LABELS: Record<CoerciveMeasureKind, string> = { SEAL: '查封', SEIZE: '扣押', FREEZE: '冻结' };

/** ACL-9: the transition applies to this kind of measure. */
export function measureKindIs(kinds: readonly CoerciveMeasureKind[]): G {
  const names = kinds.map((k) => KIND_LABELS[k]).join('、');
  return {
    rule: 'ACL-9',
    label: `措施种类为${names}`,
    check(ctx) {
      if (!ctx.measureKind) return refuse('尚未确定行政强制措施种类');
      return kinds.includes(ctx.measureKind)
        ? true
        : refuse(`本操作仅适用于${names}，当前措施为${KIND_LABELS[ctx.measureKind]}`);
    },
  };
}

/** ACL-29: freezing deposits only by an agency designated by law (other kinds pass). */
export const freezeOnlyByDesignatedAgency: G = {
  rule: 'ACL-29',
  label: '冻结存款、汇款由法律规定的行政机关实施',
  check(ctx) {
    if (!ctx.measureKind) return refuse('尚未确定行政强制措施种类');
    if (ctx.measureKind !== 'FREEZE' || ctx.freeze?.agencyDesignatedByLaw) return true;
    return refuse('冻结存款、汇款应当由法律规定的行政机关实施，不得委托给其他行政机关或者组织；本机关无法律授权');
  },
};

/** ACL-18(1): reported to and approved by the agency head before the measure is taken. */
export const headApprovedBeforeActing: G = {
  rule: 'ACL-18-1',
  label: '实施前向行政机关负责人报告并经批准',
  check(ctx) {
    const on = ctx.approval?.headApprovedOn;
    if (!on) return refuse('实施行政强制措施前须向行政机关负责人报告并经批准，尚未记录批准');
    return compareDates(on, ctx.date) <= 0 ? true : refuse(`批准日期${on}晚于实施日期${ctx.date}`);
  },
};

/** ACL-18(3)–(9): IDs shown, party present or witness, reasons/basis/rights told, statements heard, record signed. */
export const onSiteStepsRecorded: G = {
  rule: 'ACL-18',
  label: '出示证件、通知当事人到场或邀请见证人、告知理由依据和权利、听取陈述申辩、制作现场笔录',
  check(ctx) {
    const s = ctx.onSite ?? {};
    const missing: string[] = [];
    if (!s.idsShown) missing.push('出示执法身份证件');
    if (!s.partyPresent && !s.witnessPresent) missing.push('通知当事人到场，当事人不到场的邀请见证人到场');
    if (!s.reasonsBasisRightsTold)
      missing.push('当场告知采取行政强制措施的理由、依据以及当事人依法享有的权利、救济途径');
    if (!s.statementsHeard) missing.push('听取当事人的陈述和申辩');
    if (!s.recordSigned && !s.refusalToSignNoted)
      missing.push('现场笔录由当事人和执法人员签名或者盖章（拒绝的在笔录中注明）');
    return missing.length === 0 ? true : refuse(`尚未记录以下法定步骤：${missing.join('；')}`);
  },
};

/** ACL-23: only items related to the case; no daily necessities; nothing already sealed by another organ. */
export const itemsLawfulForSeizure: G = {
  rule: 'ACL-23',
  label: '限于涉案财物，不得查封扣押生活必需品',
  check(ctx) {
    const i = ctx.items;
    if (!i || i.allRelatedToCase === undefined || i.includesDailyNecessities === undefined)
      return refuse('尚未记录查封、扣押财物是否与违法行为有关、是否包含生活必需品');
    if (!i.allRelatedToCase)
      return refuse('查封、扣押限于涉案的场所、设施或者财物，不得查封、扣押与违法行为无关的财物');
    if (i.includesDailyNecessities) return refuse('不得查封、扣押公民个人及其所扶养家属的生活必需品');
    if (i.alreadySealedByAnotherOrgan)
      return refuse('当事人的场所、设施或者财物已被其他国家机关依法查封的，不得重复查封');
    return true;
  },
};

/** ACL-24: decision and item list (two copies) delivered on the spot. */
export const decisionAndListDelivered: G = {
  rule: 'ACL-24',
  label: '当场交付查封、扣押决定书和清单',
  check(ctx) {
    const s = ctx.onSite ?? {};
    if (!s.decisionDelivered) return refuse('应当当场交付查封、扣押决定书');
    if (!s.itemListTwoCopiesDelivered)
      return refuse('应当当场交付查封、扣押清单（一式二份，当事人和行政机关各执一份）');
    return true;
  },
};

/** ACL-19: the emergency measure was approved by the head within 24 h of its execution. */
export const emergencyApprovedWithin24h: G = {
  rule: 'ACL-19',
  label: '紧急情况当场实施的，24小时内补办批准手续',
  check(ctx) {
    const e = ctx.emergency;
    const done = momentMs(e?.executedAt);
    const approved = momentMs(e?.approvedAt);
    if (done === undefined) return refuse('尚未记录当场实施的确切时刻（须含时区）');
    if (approved === undefined) return refuse('尚未记录补办批准的确切时刻（须含时区）');
    if (e?.headDisagreed) return refuse('行政机关负责人不同意，应当立即解除');
    if (approved < done) return refuse('补办批准时刻早于实施时刻');
    if (approved - done <= 24 * HOUR_MS) return true;
    return refuse('未在实施后24小时内补办批准手续，应当立即解除（行政强制法第十九条）');
  },
};

/** ACL-19: release when the head disagrees, or when 24 h elapsed without approval. */
export const emergencyReleaseDue: G = {
  rule: 'ACL-19-R',
  label: '负责人不同意或者24小时内未补办批准的，立即解除',
  check(ctx) {
    const e = ctx.emergency;
    if (e?.headDisagreed) return true;
    const done = momentMs(e?.executedAt);
    const now = momentMs(ctx.at);
    if (done === undefined || now === undefined) return refuse('尚未记录实施时刻和当前时刻（须含时区）');
    const approved = momentMs(e?.approvedAt);
    if (approved !== undefined && approved - done <= 24 * HOUR_MS) return refuse('已在24小时内补办批准手续');
    if (now - done > 24 * HOUR_MS) return true;
    return refuse('补办批准的24小时期限尚未届满，且负责人未表示不同意');
  },
};

/** ACL-25: the testing period is fixed and notified to the party in writing before it starts. */
export const testingNotifiedInWriting: G = {
  rule: 'ACL-25-T',
  label: '检测、检验、检疫或者技术鉴定期间书面告知当事人',
  check(ctx) {
    const on = ctx.testing?.writtenNoticeOn;
    if (!on) return refuse('检测、检验、检疫或者技术鉴定的期间应当明确，并书面告知当事人；尚未记录告知');
    return compareDates(on, ctx.date) <= 0 ? true : refuse(`书面告知日期${on}晚于检测开始日期${ctx.date}`);
  },
};

/** ACL-25: extension only for complex cases, approved by the head before expiry, total ≤ 30 d. */
export const extensionLawful: G = {
  rule: 'ACL-25',
  label: '情况复杂，经负责人在期限届满前批准，延长合计不超过30日',
  check(ctx) {
    const x = ctx.extension;
    if (!x?.complex) return refuse('仅情况复杂的，方可延长查封、扣押期限');
    if (!x.days || !Number.isInteger(x.days) || x.days < 1) return refuse('尚未确定延长天数');
    const total = (x.previousDays ?? 0) + x.days;
    if (total > 30) return refuse(`延长期限合计不得超过30日（已延长${x.previousDays ?? 0}日，本次${x.days}日）`);
    if (!x.headApprovedOn) return refuse('延长查封、扣押期限须经行政机关负责人批准');
    const expiry = ctx.seizure?.expiry;
    if (!expiry) return refuse('尚未计算查封、扣押期限');
    if (compareDates(x.headApprovedOn, expiry) > 0 || compareDates(ctx.date, expiry) > 0)
      return refuse(`查封、扣押期限已于${expiry}届满，不得延长，应当解除`);
    return true;
  },
};

/** ACL-25: the extension decision and its reasons are notified to the party in writing. */
export const extensionNotifiedInWriting: G = {
  rule: 'ACL-25-N',
  label: '延长决定及时书面告知当事人并说明理由',
  check: (ctx) =>
    ctx.extension?.writtenNoticeWithReasonsOn ? true : refuse('延长查封、扣押的决定应当及时书面告知当事人，并说明理由'),
};

/** ACL-27: decided within the period; confiscation via a penalty decision, destruction only where the law requires. */
export const disposalLawful: G = {
  rule: 'ACL-27',
  label: '在期限内作出处理决定：没收、销毁或者解除',
  check(ctx) {
    const d = ctx.disposal;
    if (!d) return refuse('尚未确定处理方式（没收、销毁或者解除）');
    const expiry = ctx.seizure?.expiry;
    if (d.kind !== 'RELEASE') {
      if (!expiry) return refuse('尚未计算查封、扣押期限');
      if (compareDates(ctx.date, expiry) > 0) return refuse(`查封、扣押期限已于${expiry}届满，应当解除`);
    }
    if (d.kind === 'CONFISCATE' && !d.penaltyDecisionServed) return refuse('没收违法财物须依法作出并送达行政处罚决定');
    if (d.kind === 'DESTROY' && !d.destructionRequiredByLaw) return refuse('仅法律、行政法规规定应当销毁的，方可销毁');
    return true;
  },
};

/** ACL-21: crime suspected — transfer with the case and inform the party in writing. */
export const crimeTransferInformed: G = {
  rule: 'ACL-21',
  label: '涉嫌犯罪移送的，书面告知当事人',
  check: (ctx) =>
    ctx.crimeTransfer?.partyInformedInWritingOn
      ? true
      : refuse('违法行为涉嫌犯罪应当移送司法机关的，应当将查封、扣押、冻结的财物一并移送，并书面告知当事人'),
};

/** ACL-28(4): the period has expired without disposition → must release. */
export const seizurePeriodExpired: G = {
  rule: 'ACL-28-4',
  label: '查封、扣押期限已经届满',
  check(ctx) {
    const expiry = ctx.seizure?.expiry;
    if (!expiry) return refuse('尚未计算查封、扣押期限');
    return compareDates(ctx.date, expiry) > 0 ? true : refuse(`查封、扣押期限至${expiry}届满，尚未到期`);
  },
};

/** ACL-30: the freeze notice was sent to the bank. */
export const bankNoticeSent: G = {
  rule: 'ACL-30',
  label: '向金融机构交付冻结通知书',
  check: (ctx) => (ctx.freeze?.bankNoticeSent ? true : refuse('冻结存款、汇款应当向金融机构交付冻结通知书')),
};

/** ACL-31: the 冻结决定书 is delivered to the party within 3 working days of freezing. */
export const freezeDecisionDeliveredInTime: G = {
  rule: 'ACL-31',
  label: '实施冻结后三个工作日内向当事人交付冻结决定书',
  check(ctx) {
    const f = ctx.freeze;
    if (!f?.decisionDeliveredOn) return refuse('尚未记录冻结决定书交付日期');
    if (!f.deliveryLastDay) return refuse('尚未计算冻结决定书交付期限');
    if (compareDates(f.decisionDeliveredOn, f.deliveryLastDay) <= 0) return true;
    return refuse(`冻结决定书应当在${f.deliveryLastDay}前交付当事人，${f.decisionDeliveredOn}交付已逾期`);
  },
};
