/**
 * Coercive execution by the agency (强制执行), substitute performance (代履行) and court application (申请人民法院
 * 强制执行), DOMAIN §12.4, as a procedure definition. Guards cite ACL-* rule IDs (DOMAIN §2). Computed dates are
 * inputs: `substitute.earliestPerformanceDate` (≥ 3 wd after the 催告, ACL-51), `court.earliestApplicationDate`
 * (`deadline(CLOCK_RULES['ACL-54'], ...)`), `court.applicationLastDay` (`deadline(CLOCK_RULES['ACL-53'], ...)`).
 * The execution time is checked with `executionAllowedAt` (ACL-43) against the supplied working calendar.
 */
import type { WorkingCalendar } from '../calendar.js';
import { addYears, compareDates, type IsoDate } from '../dates.js';
import { executionAllowedAt } from './clocks.js';
import type { Guard, GuardResult, ProcedureContext } from './engine.js';

const refuse = (message: string): GuardResult => ({ refused: true, message });

export type SuspensionGround = 'HARDSHIP' | 'THIRD_PARTY_CLAIM' | 'IRREPARABLE_LOSS' | 'OTHER_LAWFUL';
export type TerminationGround =
  | 'SUSPENDED_3Y'
  | 'DEATH_NO_ESTATE'
  | 'DISSOLVED_NO_ASSETS'
  | 'OBJECT_DESTROYED'
  | 'DECISION_REVOKED'
  | 'OTHER_LAWFUL';

/** Facts a coercive-execution case supplies to its guards. */
export interface CoerciveExecutionFacts {
  /** The law grants this agency the power of coercive execution (else it applies to the court, ACL-53). */
  agencyHasExecutionPower?: boolean;
  /** ACL-35: the 催告书. */
  cuiGao?: {
    servedOn?: IsoDate;
    deadline?: IsoDate;
    method?: string;
    /** For money obligations; `nonMonetary` when the obligation is not a payment. */
    amountFen?: number;
    nonMonetary?: boolean;
    rightToStateTold?: boolean;
  };
  /** ACL-36/37: the party's statements were reviewed and found no valid reason. */
  validReasonForNonPerformance?: boolean;
  /** ACL-37: evidence of moving or hiding property during the 催告 period. */
  hidingAssetsEvidence?: string;
  /** ACL-37: the 强制执行决定书 was served. */
  executionDecisionServedOn?: IsoDate;
  /** ACL-43: moment of execution (ISO with offset), emergency reason, utilities. */
  execution?: { at?: string; emergencyReason?: string; cutsResidentUtilities?: boolean };
  calendar?: WorkingCalendar;
  /** ACL-42 */
  agreement?: { signedOn?: IsoDate; terms?: string; breachRecordedOn?: IsoDate };
  /** ACL-39 */
  suspension?: { ground?: SuspensionGround; since?: IsoDate; groundEliminated?: boolean };
  /** ACL-40 */
  termination?: { ground?: TerminationGround; partyCannotPay?: boolean; noObviousSocialHarm?: boolean };
  /** ACL-50/51 */
  substitute?: {
    decisionServedOn?: IsoDate;
    costEstimateFen?: number;
    performer?: string;
    cuiGaoServedOn?: IsoDate;
    /** First day the substitute performance may take place (3 wd after the 催告). */
    earliestPerformanceDate?: IsoDate;
    supervisedOnSite?: boolean;
    signaturesRecorded?: boolean;
  };
  /** ACL-53..55 */
  court?: {
    remedyWindowsExpiredOn?: IsoDate;
    unperformed?: boolean;
    earliestApplicationDate?: IsoDate;
    applicationLastDay?: IsoDate;
    package?: {
      applicationSignedByHeadAndSealed?: boolean;
      decisionAndFacts?: boolean;
      partyOpinionsAndCuiGaoRecord?: boolean;
      objectOfExecution?: boolean;
    };
    ruling?: 'EXECUTE' | 'REFUSE';
  };
}

export type CoerciveExecutionContext = ProcedureContext & CoerciveExecutionFacts;
type G = Guard<CoerciveExecutionContext>;

/** ACL-35: the 催告书 states deadline, method, amount (money) and the right to state and defend. */
export const cuiGaoContentComplete: G = {
  rule: 'ACL-35',
  label: '催告书载明履行期限、方式、金额及陈述申辩权',
  check(ctx) {
    const c = ctx.cuiGao ?? {};
    const missing: string[] = [];
    if (!c.servedOn) missing.push('送达日期');
    if (!c.deadline) missing.push('履行义务的期限');
    if (!c.method?.trim()) missing.push('履行义务的方式');
    if (!c.nonMonetary && !(c.amountFen && c.amountFen > 0)) missing.push('涉及金钱给付的明确金额和给付方式');
    if (!c.rightToStateTold) missing.push('当事人依法享有的陈述权和申辩权');
    return missing.length === 0 ? true : refuse(`催告书缺少：${missing.join('；')}`);
  },
};

/** ACL-53: the agency holds coercive-execution power by law (else it must apply to the court). */
export const executionPowerHeld: G = {
  rule: 'ACL-53',
  label: '法律授予本机关行政强制执行权',
  check: (ctx) => (ctx.agencyHasExecutionPower ? true : refuse('本机关没有行政强制执行权，应当申请人民法院强制执行')),
};

/** ACL-37: evidence of moving or hiding property allows an immediate execution decision. */
export const hidingAssetsEvidenced: G = {
  rule: 'ACL-37-I',
  label: '催告期间有证据证明有转移或者隐匿财物迹象',
  check: (ctx) =>
    ctx.hidingAssetsEvidence?.trim()
      ? true
      : refuse('催告期间仅在有证据证明有转移或者隐匿财物迹象时，方可立即作出强制执行决定'),
};

/** ACL-37: the 催告 deadline passed without performance or valid reason; the execution decision was served. */
export const cuiGaoPeriodPassedWithoutReason: G = {
  rule: 'ACL-37',
  label: '催告期满无正当理由不履行，送达强制执行决定书',
  check(ctx) {
    const deadline = ctx.cuiGao?.deadline;
    if (!deadline) return refuse('尚未记录催告书确定的履行期限');
    if (compareDates(ctx.date, deadline) <= 0) return refuse(`催告履行期限至${deadline}届满，期满前不得强制执行`);
    if (ctx.validReasonForNonPerformance !== false)
      return refuse('尚未记录对当事人陈述申辩的复核结论（无正当理由），不得作出强制执行决定');
    if (!ctx.executionDecisionServedOn) return refuse('尚未送达行政强制执行决定书');
    return true;
  },
};

/** ACL-43: no execution at night or on rest days unless an emergency reason is logged. */
export const executionTimeAllowed: G = {
  rule: 'ACL-43',
  label: '不在夜间或者法定节假日实施强制执行（情况紧急的除外）',
  check(ctx) {
    const at = ctx.execution?.at;
    if (!at) return refuse('尚未记录实施强制执行的时刻');
    if (!ctx.calendar) return refuse('尚未加载工作日历，无法判断是否为节假日');
    const reason = ctx.execution?.emergencyReason;
    try {
      const r = executionAllowedAt(at, ctx.calendar, reason?.trim() ? { emergency: { reason } } : {});
      return r.allowed ? true : refuse(r.message);
    } catch (e) {
      return refuse(e instanceof Error ? e.message : String(e));
    }
  },
};

/** ACL-43: never cut water, power, heating or gas to residents to force compliance. */
export const noUtilityCutToResidents: G = {
  rule: 'ACL-43-U',
  label: '不得对居民生活停止供水、供电、供热、供燃气',
  check: (ctx) =>
    ctx.execution?.cutsResidentUtilities
      ? refuse('不得对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行相关行政决定')
      : true,
};

/** ACL-42: an execution agreement is signed and its terms recorded. */
export const agreementSigned: G = {
  rule: 'ACL-42',
  label: '达成执行协议（可分阶段履行）',
  check: (ctx) =>
    ctx.agreement?.signedOn && ctx.agreement.terms?.trim() ? true : refuse('尚未记录执行协议的签订日期和内容'),
};

/** ACL-42: the party breached the agreement → execution resumes. */
export const agreementBreached: G = {
  rule: 'ACL-42-B',
  label: '当事人不履行执行协议',
  check: (ctx) =>
    ctx.agreement?.breachRecordedOn ? true : refuse('尚未记录当事人不履行执行协议的事实，不得恢复强制执行'),
};

const SUSPENSION_LABELS: Record<SuspensionGround, string> = {
  HARDSHIP: '当事人履行行政决定确有困难或者暂无履行能力',
  THIRD_PARTY_CLAIM: '第三人对执行标的主张权利，确有理由',
  IRREPARABLE_LOSS: '执行可能造成难以弥补的损失，且中止执行不损害公共利益',
  OTHER_LAWFUL: '行政机关认为需要中止执行的其他情形',
};

/** ACL-39: suspend only on a statutory ground. */
export const suspensionGroundLawful: G = {
  rule: 'ACL-39',
  label: '具有法定中止执行情形',
  check(ctx) {
    const g = ctx.suspension?.ground;
    return g && g in SUSPENSION_LABELS ? true : refuse('尚未记录中止执行的法定情形');
  },
};

/** ACL-39: resume once the ground for suspension has been eliminated. */
export const suspensionGroundEliminated: G = {
  rule: 'ACL-39-R',
  label: '中止执行的情形消失',
  check: (ctx) => (ctx.suspension?.groundEliminated ? true : refuse('中止执行的情形尚未消失，不得恢复执行')),
};

/** ACL-40 (with ACL-39): terminate on a statutory ground; after 3 years' suspension only if the party cannot pay and there is no obvious harm. */
export const terminationGroundLawful: G = {
  rule: 'ACL-40',
  label: '具有法定终结执行情形',
  check(ctx) {
    const t = ctx.termination;
    if (!t?.ground) return refuse('尚未记录终结执行的法定情形');
    if (t.ground !== 'SUSPENDED_3Y') return true;
    const since = ctx.suspension?.since;
    if (!since) return refuse('尚未记录中止执行的起始日期');
    const threeYears = addYears(since, 3);
    if (compareDates(ctx.date, threeYears) < 0) return refuse(`中止执行满三年（${threeYears}）前不得以此终结执行`);
    if (!t.partyCannotPay || !t.noObviousSocialHarm)
      return refuse('中止满三年终结执行，须当事人确无能力履行且未造成明显社会危害');
    return true;
  },
};

/** ACL-51: the 代履行决定书 (cost estimate, performer) was served. */
export const substituteDecisionServed: G = {
  rule: 'ACL-51',
  label: '送达代履行决定书（载明预算费用和代履行人）',
  check(ctx) {
    const s = ctx.substitute ?? {};
    const missing: string[] = [];
    if (!s.decisionServedOn) missing.push('代履行决定书送达日期');
    if (!(s.costEstimateFen && s.costEstimateFen > 0)) missing.push('代履行的预算费用');
    if (!s.performer?.trim()) missing.push('代履行人');
    return missing.length === 0 ? true : refuse(`代履行决定缺少：${missing.join('；')}`);
  },
};

/** ACL-51: a 催告 at least 3 wd before substitute performance. */
export const substituteReminderLeadTime: G = {
  rule: 'ACL-51-3',
  label: '代履行三日前催告当事人履行',
  check(ctx) {
    const s = ctx.substitute;
    if (!s?.cuiGaoServedOn) return refuse('代履行三日前应当催告当事人履行，尚未记录催告');
    if (!s.earliestPerformanceDate) return refuse('尚未计算最早可代履行日期');
    if (compareDates(ctx.date, s.earliestPerformanceDate) >= 0) return true;
    return refuse(`催告后须满三个工作日方可代履行，最早为${s.earliestPerformanceDate}`);
  },
};

/** ACL-51: agency staff supervise on site and the performance is signed off. */
export const substituteSupervisedAndSigned: G = {
  rule: 'ACL-51-S',
  label: '执法人员到场监督，代履行完毕后签名确认',
  check(ctx) {
    const s = ctx.substitute;
    if (!s?.supervisedOnSite) return refuse('代履行时作出决定的行政机关应当派员到场监督');
    if (!s.signaturesRecorded)
      return refuse('代履行完毕，执法人员、代履行人和当事人或者见证人应当在执行文书上签名或者盖章');
    return true;
  },
};

/** ACL-53: no execution power (the court route is for agencies without it). */
export const noExecutionPower: G = {
  rule: 'ACL-53-P',
  label: '本机关没有行政强制执行权',
  check: (ctx) =>
    ctx.agencyHasExecutionPower === false
      ? true
      : refuse('本机关依法享有行政强制执行权的，应当自行执行；未记录执行权情况的，不得申请法院执行'),
};

/** ACL-53: remedy windows expired without performance; application within 3 months. */
export const courtApplicationWindow: G = {
  rule: 'ACL-53',
  label: '复议诉讼期限届满未履行，自期限届满之日起三个月内申请',
  check(ctx) {
    const c = ctx.court;
    if (!c?.remedyWindowsExpiredOn) return refuse('申请复议、提起诉讼的期限尚未届满，不得申请法院强制执行');
    if (compareDates(ctx.date, c.remedyWindowsExpiredOn) <= 0)
      return refuse(`复议、诉讼期限至${c.remedyWindowsExpiredOn}届满，届满前不得申请`);
    if (!c.unperformed) return refuse('尚未记录当事人逾期不履行');
    if (!c.applicationLastDay) return refuse('尚未计算三个月申请期限');
    if (compareDates(ctx.date, c.applicationLastDay) > 0)
      return refuse(`申请法院强制执行的期限已于${c.applicationLastDay}届满`);
    return true;
  },
};

/** ACL-54: 催告书 served and 10 wd elapsed before applying. */
export const courtReminderWaitElapsed: G = {
  rule: 'ACL-54',
  label: '催告书送达十日后当事人仍未履行',
  check(ctx) {
    if (!ctx.cuiGao?.servedOn) return refuse('申请法院强制执行前应当催告当事人履行义务，尚未送达催告书');
    const earliest = ctx.court?.earliestApplicationDate;
    if (!earliest) return refuse('尚未计算催告书送达后十个工作日的期限');
    if (compareDates(ctx.date, earliest) >= 0) return true;
    return refuse(`催告书送达满十个工作日后方可申请，最早为${earliest}`);
  },
};

/** ACL-55: the application package is complete. */
export const courtPackageComplete: G = {
  rule: 'ACL-55',
  label: '申请材料齐全',
  check(ctx) {
    const p = ctx.court?.package ?? {};
    const missing: string[] = [];
    if (!p.applicationSignedByHeadAndSealed) missing.push('经行政机关负责人签名、加盖印章的强制执行申请书');
    if (!p.decisionAndFacts) missing.push('行政决定书及作出决定的事实、理由和依据');
    if (!p.partyOpinionsAndCuiGaoRecord) missing.push('当事人的意见及行政机关催告情况');
    if (!p.objectOfExecution) missing.push('申请强制执行标的情况');
    return missing.length === 0 ? true : refuse(`申请材料缺少：${missing.join('；')}`);
  },
};

/** ACL-57/58: the court's ruling is recorded. */
export const courtRulingRecorded: G = {
  rule: 'ACL-57',
  label: '记录人民法院裁定',
  check: (ctx) => (ctx.court?.ruling ? true : refuse('尚未记录人民法院的裁定结果')),
};

/** ACL-57: the court ruled to execute. */
export const courtRuledToExecute: G = {
  rule: 'ACL-57-E',
  label: '人民法院裁定执行',
  check: (ctx) =>
    ctx.court?.ruling === 'EXECUTE' ? true : refuse('人民法院未裁定执行（不予执行的可在15日内向上一级法院申请复议）'),
};
