/**
 * The legal clocks as data (DOMAIN §10.4 encoding): every time rule of case handling with its trigger,
 * duration, roll-over, what happens at expiry, source and confidence. `clocks.ts` computes with them.
 */
import type { Confidence } from '../confidence';
import type { IsoDate } from '../dates.js';

export type DurationUnit = 'WORKING_DAY' | 'CALENDAR_DAY' | 'MONTH' | 'YEAR' | 'HOUR';
/** NEXT_WORKING_DAY: TIME-ROLL applies; NOT_APPLICABLE: never rolls; SETTING: jurisdiction's `rollOverForAgencyDeadlines`. */
export type RollOverMode = 'NEXT_WORKING_DAY' | 'NOT_APPLICABLE' | 'SETTING';
/** DEADLINE: the last day to act. EARLIEST: the first day an act is allowed ("≥ n wd before/after"). */
export type ClockKind = 'DEADLINE' | 'EARLIEST';
export type ClockParty = 'AGENCY' | 'PARTY' | 'OFFICER';
/** Excluded intervals (SAMR-90, ACL-25, ALL-45). TENDER_AUCTION and EXPERT_REVIEW are ALL-45 only. */
export type PauseKind =
  | 'HEARING'
  | 'PUBLIC_NOTICE'
  | 'TESTING'
  | 'APPRAISAL'
  | 'SUSPENSION'
  | 'TENDER_AUCTION'
  | 'EXPERT_REVIEW';
export type Approver = 'HEAD' | 'COLLECTIVE_DISCUSSION' | 'GOVERNMENT_HEAD';

export interface ClockPause {
  /** Inclusive. */
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  kind: PauseKind;
}

export interface ClockExtension {
  /** In the rule's unit (calendar days for SAMR-90 / ACL-25, working days for ALL-42). */
  days: number;
  approvedBy: Approver;
  approvedOn: IsoDate;
}

export interface ClockRule {
  id: string;
  trigger: string;
  party: ClockParty;
  kind: ClockKind;
  duration: { amount: number; unit: DurationUnit };
  startDayCounted: false;
  rollOver: RollOverMode;
  /** Pause kinds the rule excludes from its period; any other pause is refused. */
  pauseKinds: readonly PauseKind[];
  /** Absent: the period cannot be extended. `max` applies to the sum of extensions not approved by `beyondMaxBy`. */
  extension?: { max: number; approvers: readonly Approver[]; beyondMaxBy?: Approver };
  onExpiry: string;
  source: string;
  confidence: Confidence;
}

export class ClockError extends Error {
  readonly ruleId: string;
  constructor(ruleId: string, message: string) {
    super(`${message}（${ruleId}）`);
    this.name = 'ClockError';
    this.ruleId = ruleId;
  }
}

const wd = (amount: number) => ({ amount, unit: 'WORKING_DAY' as const });
const cd = (amount: number) => ({ amount, unit: 'CALENDAR_DAY' as const });

function rule(r: Omit<ClockRule, 'startDayCounted' | 'pauseKinds'> & { pauseKinds?: PauseKind[] }): ClockRule {
  return { startDayCounted: false, pauseKinds: [], ...r };
}

/** DOMAIN §10.4 encoding of every clock of issue 5 (TIME-START: the trigger day is never counted). */
export const CLOCK_RULES = {
  'APL-60': rule({
    id: 'APL-60',
    trigger: 'CASE_FILED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: cd(90),
    rollOver: 'SETTING',
    onExpiry: 'CASE_LIMIT_EXCEEDED',
    source: '行政处罚法 第60条',
    confidence: 'V',
  }),
  'SAMR-90': rule({
    id: 'SAMR-90',
    trigger: 'CASE_FILED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: cd(90),
    rollOver: 'SETTING',
    pauseKinds: ['SUSPENSION', 'HEARING', 'PUBLIC_NOTICE', 'TESTING', 'APPRAISAL'],
    extension: { max: 30, approvers: ['HEAD', 'COLLECTIVE_DISCUSSION'], beyondMaxBy: 'COLLECTIVE_DISCUSSION' },
    onExpiry: 'CASE_LIMIT_EXCEEDED',
    source: '市场监督管理行政处罚程序规定（办案期限条款）',
    confidence: 'S',
  }),
  'APL-56': rule({
    id: 'APL-56',
    trigger: 'EVIDENCE_PRESERVED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: wd(7),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'PRESERVATION_DECISION_OVERDUE',
    source: '行政处罚法 第56条、第85条',
    confidence: 'V',
  }),
  'APL-61': rule({
    id: 'APL-61',
    trigger: 'PENALTY_DECISION_ANNOUNCED_PARTY_ABSENT',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: wd(7),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'SERVICE_OVERDUE',
    source: '行政处罚法 第61条、第85条',
    confidence: 'V',
  }),
  'APL-64-1': rule({
    id: 'APL-64-1',
    trigger: 'HEARING_RIGHT_NOTICE_SERVED',
    party: 'PARTY',
    kind: 'DEADLINE',
    duration: wd(5),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'HEARING_RIGHT_LAPSED',
    source: '行政处罚法 第64条第1项、第85条',
    confidence: 'V',
  }),
  'APL-64-2': rule({
    id: 'APL-64-2',
    trigger: 'HEARING_NOTICE_SERVED',
    party: 'AGENCY',
    kind: 'EARLIEST',
    duration: wd(7),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'HEARING_MAY_BE_HELD',
    source: '行政处罚法 第64条第2项、第85条',
    confidence: 'V',
  }),
  'SAMR-5wd': rule({
    id: 'SAMR-5wd',
    trigger: 'PRE_NOTICE_SERVED',
    party: 'PARTY',
    kind: 'DEADLINE',
    duration: wd(5),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'STATEMENT_RIGHT_LAPSED',
    source: '市场监督管理行政处罚程序规定（陈述申辩期限）',
    confidence: 'S',
  }),
  'APL-67': rule({
    id: 'APL-67',
    trigger: 'PENALTY_DECISION_SERVED',
    party: 'PARTY',
    kind: 'DEADLINE',
    duration: cd(15),
    rollOver: 'NEXT_WORKING_DAY',
    onExpiry: 'FINE_OVERDUE',
    source: '行政处罚法 第67条',
    confidence: 'V',
  }),
  'APL-71-1': rule({
    id: 'APL-71-1',
    trigger: 'ON_SPOT_CASH_COLLECTED_OR_LANDED',
    party: 'OFFICER',
    kind: 'DEADLINE',
    duration: wd(2),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'CASH_HANDOVER_OVERDUE',
    source: '行政处罚法 第71条、第85条',
    confidence: 'V',
  }),
  'APL-71-2': rule({
    id: 'APL-71-2',
    trigger: 'ON_SPOT_CASH_RECEIVED_BY_AGENCY',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: wd(2),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'CASH_DEPOSIT_OVERDUE',
    source: '行政处罚法 第71条、第85条',
    confidence: 'V',
  }),
  'ACL-19': rule({
    id: 'ACL-19',
    trigger: 'EMERGENCY_MEASURE_TAKEN',
    party: 'OFFICER',
    kind: 'DEADLINE',
    duration: { amount: 24, unit: 'HOUR' },
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'EMERGENCY_APPROVAL_OVERDUE_RELEASE',
    source: '行政强制法 第19条',
    confidence: 'V',
  }),
  'ACL-25': rule({
    id: 'ACL-25',
    trigger: 'SEAL_SEIZE_DECIDED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: cd(30),
    rollOver: 'SETTING',
    pauseKinds: ['TESTING', 'APPRAISAL'],
    extension: { max: 30, approvers: ['HEAD'] },
    onExpiry: 'SEIZURE_MUST_BE_RELEASED',
    source: '行政强制法 第25条',
    confidence: 'V',
  }),
  'ACL-31': rule({
    id: 'ACL-31',
    trigger: 'FREEZE_EXECUTED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: wd(3),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'FREEZE_DECISION_DELIVERY_OVERDUE',
    source: '行政强制法 第31条、第69条',
    confidence: 'V',
  }),
  'ACL-54': rule({
    id: 'ACL-54',
    trigger: 'EXECUTION_REMINDER_SERVED',
    party: 'AGENCY',
    kind: 'EARLIEST',
    duration: wd(10),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'COURT_APPLICATION_ALLOWED',
    source: '行政强制法 第54条、第69条',
    confidence: 'V',
  }),
  'ACL-53': rule({
    id: 'ACL-53',
    trigger: 'REMEDY_PERIODS_EXPIRED_UNPERFORMED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: { amount: 3, unit: 'MONTH' },
    rollOver: 'SETTING',
    onExpiry: 'COURT_APPLICATION_LAPSED',
    source: '行政强制法 第53条',
    confidence: 'V',
  }),
  'ALL-32': rule({
    id: 'ALL-32',
    trigger: 'LICENCE_APPLICATION_RECEIVED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: wd(5),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'APPLICATION_DEEMED_ACCEPTED',
    source: '行政许可法 第32条、第82条',
    confidence: 'V',
  }),
  'ALL-42': rule({
    id: 'ALL-42',
    trigger: 'LICENCE_APPLICATION_ACCEPTED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: wd(20),
    rollOver: 'NOT_APPLICABLE',
    pauseKinds: ['HEARING', 'TENDER_AUCTION', 'TESTING', 'APPRAISAL', 'EXPERT_REVIEW'],
    extension: { max: 10, approvers: ['HEAD'] },
    onExpiry: 'LICENCE_DECISION_OVERDUE',
    source: '行政许可法 第42条、第45条、第82条',
    confidence: 'V',
  }),
  'ALL-44': rule({
    id: 'ALL-44',
    trigger: 'LICENCE_GRANTED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: wd(10),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'CERTIFICATE_OVERDUE',
    source: '行政许可法 第44条、第82条',
    confidence: 'V',
  }),
  'PUB-AFTER-7': rule({
    id: 'PUB-AFTER-7',
    trigger: 'PENALTY_OR_LICENCE_DECIDED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: wd(7),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'PUBLICATION_OVERDUE',
    source: '国办发〔2018〕118号',
    confidence: 'S',
  }),
  'PUB-AFTER-20': rule({
    id: 'PUB-AFTER-20',
    trigger: 'ENFORCEMENT_DECIDED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: wd(20),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'PUBLICATION_OVERDUE',
    source: '国办发〔2018〕118号',
    confidence: 'S',
  }),
  'APL-48': rule({
    id: 'APL-48',
    trigger: 'PUBLISHED_DECISION_CHANGED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: wd(3),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'WITHDRAWAL_OVERDUE',
    source: '行政处罚法 第48条、第85条',
    confidence: 'V',
  }),
  'REMEDY-60D': rule({
    id: 'REMEDY-60D',
    trigger: 'PARTY_KNEW_OF_DECISION',
    party: 'PARTY',
    kind: 'DEADLINE',
    duration: cd(60),
    rollOver: 'NEXT_WORKING_DAY',
    onExpiry: 'RECONSIDERATION_LAPSED',
    source: '行政复议法 第20条',
    confidence: 'S',
  }),
  'REMEDY-6M': rule({
    id: 'REMEDY-6M',
    trigger: 'PARTY_KNEW_OF_DECISION',
    party: 'PARTY',
    kind: 'DEADLINE',
    duration: { amount: 6, unit: 'MONTH' },
    rollOver: 'NEXT_WORKING_DAY',
    onExpiry: 'LITIGATION_LAPSED',
    source: '行政诉讼法 第46条',
    confidence: 'S',
  }),
  'REMEDY-15D': rule({
    id: 'REMEDY-15D',
    trigger: 'RECONSIDERATION_DECISION_RECEIVED',
    party: 'PARTY',
    kind: 'DEADLINE',
    duration: cd(15),
    rollOver: 'NEXT_WORKING_DAY',
    onExpiry: 'LITIGATION_LAPSED',
    source: '行政诉讼法 第45条',
    confidence: 'S',
  }),
  // 行政执法机关移送涉嫌犯罪案件的规定 (国务院令第310号): its periods are in days (日), counted as calendar days and
  // not rolled over (the regulation is silent on holidays; recorded in docs/domain-notes.md).
  'SC310-5': rule({
    id: 'SC310-5',
    trigger: 'TRANSFER_REPORT_RECEIVED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: cd(3),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'TRANSFER_DECISION_OVERDUE',
    source: '行政执法机关移送涉嫌犯罪案件的规定 第5条',
    confidence: 'V',
  }),
  'SC310-5-24H': rule({
    id: 'SC310-5-24H',
    trigger: 'TRANSFER_APPROVED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: { amount: 24, unit: 'HOUR' },
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'TRANSFER_OVERDUE',
    source: '行政执法机关移送涉嫌犯罪案件的规定 第5条',
    confidence: 'V',
  }),
  'SC310-8': rule({
    id: 'SC310-8',
    trigger: 'TRANSFER_RECEIVED_BY_POLICE',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: cd(3),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'POLICE_DECISION_OVERDUE',
    source: '行政执法机关移送涉嫌犯罪案件的规定 第8条（公安机关三日内审查决定）',
    confidence: 'V',
  }),
  'SC310-9': rule({
    id: 'SC310-9',
    trigger: 'POLICE_DECLINE_NOTICE',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: cd(3),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'RECONSIDERATION_RIGHT_LAPSED',
    source: '行政执法机关移送涉嫌犯罪案件的规定 第9条',
    confidence: 'V',
  }),
  'SC310-12': rule({
    id: 'SC310-12',
    trigger: 'POLICE_CASE_OPENED_NOTICE',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: cd(3),
    rollOver: 'NOT_APPLICABLE',
    onExpiry: 'ITEMS_HANDOVER_OVERDUE',
    source: '行政执法机关移送涉嫌犯罪案件的规定 第12条',
    confidence: 'V',
  }),
  // 行政许可法 第47条: the licensing body organises the hearing within 20 days of the request.
  'ALL-47': rule({
    id: 'ALL-47',
    trigger: 'LICENCE_HEARING_REQUESTED',
    party: 'AGENCY',
    kind: 'DEADLINE',
    duration: cd(20),
    rollOver: 'NEXT_WORKING_DAY',
    onExpiry: 'LICENCE_HEARING_OVERDUE',
    source: '行政许可法 第47条',
    confidence: 'V',
  }),
} as const satisfies Record<string, ClockRule>;

export type ClockRuleId = keyof typeof CLOCK_RULES;
