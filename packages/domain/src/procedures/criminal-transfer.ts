/**
 * Transfer of a suspected crime to public security (行刑衔接, DOMAIN §1.10, SC310-5..12). SC310's "日" are calendar
 * days (SC310-days); the transfer itself is due within 24 hours of the head's approval.
 */
import { addDays, compareDates, type IsoDate } from '../dates.js';
import type { Guard, GuardResult, ProcedureContext, ProcedureDefinition, Transition } from './engine.js';

const refuse = (message: string): GuardResult => ({ refused: true, message });

export const CRIMINAL_TRANSFER_STATES = [
  'REPORTING',
  'HEAD_DECISION',
  'APPROVED',
  'TRANSFERRED',
  'POLICE_REVIEW',
  'POLICE_ACCEPTED',
  'HANDED_OVER',
  'POLICE_DECLINED',
  'RECONSIDERATION',
  'BACK_TO_ADMIN',
] as const;
export type CriminalTransferState = (typeof CRIMINAL_TRANSFER_STATES)[number];

export const CRIMINAL_TRANSFER_STATE_LABELS: Record<CriminalTransferState, string> = {
  REPORTING: '专案组核实',
  HEAD_DECISION: '负责人审批',
  APPROVED: '批准移送',
  TRANSFERRED: '已移送',
  POLICE_REVIEW: '公安机关审查',
  POLICE_ACCEPTED: '公安机关立案',
  HANDED_OVER: '已移交涉案物品',
  POLICE_DECLINED: '公安机关不予立案',
  RECONSIDERATION: '提请复议',
  BACK_TO_ADMIN: '回转行政处理',
};

export const CRIMINAL_TRANSFER_ACTIONS = [
  'submit_report',
  'approve_transfer',
  'refuse_transfer',
  'transfer',
  'police_receipt',
  'police_accept',
  'hand_over_items',
  'police_decline',
  'request_reconsideration',
  'reconsideration_accepted',
  'reconsideration_upheld',
  'return_to_admin',
] as const;
export type CriminalTransferAction = (typeof CRIMINAL_TRANSFER_ACTIONS)[number];

export const CRIMINAL_TRANSFER_ACTION_LABELS: Record<CriminalTransferAction, string> = {
  submit_report: '专案组提交移送报告',
  approve_transfer: '负责人批准移送',
  refuse_transfer: '负责人不批准移送（记录理由）',
  transfer: '向同级公安机关移送',
  police_receipt: '公安机关签收回执',
  police_accept: '公安机关决定立案',
  hand_over_items: '移交涉案物品及材料',
  police_decline: '公安机关决定不予立案',
  request_reconsideration: '提请公安机关复议',
  reconsideration_accepted: '复议后立案',
  reconsideration_upheld: '复议维持不予立案',
  return_to_admin: '依法作出行政处理',
};

export const SC310_PACKAGE = {
  transferLetter: '涉嫌犯罪案件移送书',
  investigationReport: '涉嫌犯罪案件情况的调查报告',
  itemList: '涉案物品清单',
  testOrAppraisalReports: '有关检验报告或者鉴定意见',
} as const;

export interface CriminalTransferContext extends ProcedureContext {
  taskGroupOfficerIds?: readonly string[];
  reportReceivedOn?: IsoDate;
  refusalReasons?: string;
  /** ISO date-times (with offset) of the head's approval and of the transfer. */
  approvedAt?: string;
  transferredAt?: string;
  /** SC310-6 items in the package; `testOrAppraisalReports` may be marked not applicable. */
  package?: Partial<Record<keyof typeof SC310_PACKAGE, boolean | 'NOT_APPLICABLE'>>;
  policeReceiptSigned?: boolean;
  policeDecisionNoticeOn?: IsoDate;
  policeDeclineNoticeOn?: IsoDate;
}

/** SC310-5: a task group of at least two officers verifies the case and writes the transfer report. */
export const transferTaskGroup: Guard<CriminalTransferContext> = {
  rule: 'SC310-5',
  label: '两名以上行政执法人员组成专案组核实并提出移送报告',
  check(ctx) {
    const n = new Set(ctx.taskGroupOfficerIds ?? []).size;
    return n >= 2 ? true : refuse(`应当指定两名或者两名以上行政执法人员组成专案组，目前为 ${n} 人`);
  },
};

/** SC310-5: the head decides within 3 days of receiving the report. */
export const headDecidesWithin3Days: Guard<CriminalTransferContext> = {
  rule: 'SC310-5',
  label: '正职负责人自接到报告之日起三日内作出决定',
  check(ctx) {
    if (!ctx.reportReceivedOn) return refuse('尚未记录负责人接到移送报告的日期');
    const last = addDays(ctx.reportReceivedOn, 3);
    return compareDates(ctx.date, last) <= 0
      ? true
      : refuse(`应当自接到报告之日起三日内（${last}前）作出批准移送或者不批准移送的决定`);
  },
};

/** SC310-5: a refusal to transfer records its reasons. */
export const refusalReasonsRecorded: Guard<CriminalTransferContext> = {
  rule: 'SC310-5',
  label: '不批准移送的记录理由',
  check: (ctx) => (ctx.refusalReasons?.trim() ? true : refuse('决定不批准移送的，应当将不予批准的理由记录在案')),
};

const HOUR_MS = 3_600_000;

/** SC310-5: the transfer happens within 24 hours of the approval. */
export const transferWithin24h: Guard<CriminalTransferContext> = {
  rule: 'SC310-5',
  label: '批准移送后二十四小时内移送',
  check(ctx) {
    if (!ctx.approvedAt || !ctx.transferredAt) return refuse('尚未记录批准移送和移送的时间');
    const h = (Date.parse(ctx.transferredAt) - Date.parse(ctx.approvedAt)) / HOUR_MS;
    if (Number.isNaN(h)) return refuse('批准移送或者移送时间格式不正确');
    return h >= 0 && h <= 24 ? true : refuse('应当在二十四小时内向同级公安机关移送');
  },
};

/** SC310-6: the transfer package is complete. */
export const transferPackageComplete: Guard<CriminalTransferContext> = {
  rule: 'SC310-6',
  label: '移送材料齐全',
  check(ctx) {
    const p = ctx.package ?? {};
    const keys = Object.keys(SC310_PACKAGE) as (keyof typeof SC310_PACKAGE)[];
    const missing = keys.filter((k) => !p[k]).map((k) => SC310_PACKAGE[k]);
    return missing.length === 0 ? true : refuse(`移送材料缺少：${missing.join('、')}`);
  },
};

/** SC310-7: the police sign the receipt. */
export const policeReceiptSigned: Guard<CriminalTransferContext> = {
  rule: 'SC310-7',
  label: '公安机关在回执上签字',
  check: (ctx) => (ctx.policeReceiptSigned ? true : refuse('尚未取得公安机关签字的移送回执')),
};

/** SC310-12: items and files are handed over within 3 days of the notice that the police opened a case. */
export const itemsHandedOverWithin3Days: Guard<CriminalTransferContext> = {
  rule: 'SC310-12',
  label: '接到立案通知书之日起三日内移交涉案物品',
  check(ctx) {
    if (!ctx.policeDecisionNoticeOn) return refuse('尚未记录接到立案通知书的日期');
    const last = addDays(ctx.policeDecisionNoticeOn, 3);
    return compareDates(ctx.date, last) <= 0
      ? true
      : refuse(`应当自接到立案通知书之日起三日内（${last}前）移交涉案物品`);
  },
};

/** SC310-9: reconsideration is requested within 3 days of the notice of non-acceptance. */
export const reconsiderationWithin3Days: Guard<CriminalTransferContext> = {
  rule: 'SC310-9',
  label: '接到不予立案通知书之日起三日内提请复议',
  check(ctx) {
    if (!ctx.policeDeclineNoticeOn) return refuse('尚未记录接到不予立案通知书的日期');
    const last = addDays(ctx.policeDeclineNoticeOn, 3);
    return compareDates(ctx.date, last) <= 0
      ? true
      : refuse(`提请复议应当自接到不予立案通知书之日起三日内（${last}前）提出`);
  },
};

type T = Transition<CriminalTransferState, CriminalTransferAction, CriminalTransferContext>;
const HEAD = ['AGENCY_HEAD'] as const;

const transitions: T[] = [
  {
    from: ['REPORTING'],
    action: 'submit_report',
    to: 'HEAD_DECISION',
    roles: ['OFFICER'],
    guards: [transferTaskGroup],
    clocks: { start: [{ rule: 'SC310-5', trigger: 'TRANSFER_REPORT_RECEIVED' }] },
  },
  {
    from: ['HEAD_DECISION'],
    action: 'approve_transfer',
    to: 'APPROVED',
    roles: HEAD,
    guards: [headDecidesWithin3Days],
    clocks: { stop: ['SC310-5'], start: [{ rule: 'SC310-5-24H', trigger: 'TRANSFER_APPROVED' }] },
  },
  {
    from: ['HEAD_DECISION'],
    action: 'refuse_transfer',
    to: 'BACK_TO_ADMIN',
    roles: HEAD,
    guards: [headDecidesWithin3Days, refusalReasonsRecorded],
    clocks: { stop: ['SC310-5'] },
  },
  {
    from: ['APPROVED'],
    action: 'transfer',
    to: 'TRANSFERRED',
    roles: ['OFFICER'],
    guards: [transferWithin24h, transferPackageComplete],
    documentsProduced: ['CRIME_TRANSFER'],
    clocks: { stop: ['SC310-5-24H'] },
  },
  {
    from: ['TRANSFERRED'],
    action: 'police_receipt',
    to: 'POLICE_REVIEW',
    roles: ['OFFICER'],
    guards: [policeReceiptSigned],
    clocks: { start: [{ rule: 'SC310-8', trigger: 'TRANSFER_RECEIVED_BY_POLICE' }] },
  },
  {
    from: ['POLICE_REVIEW'],
    action: 'police_accept',
    to: 'POLICE_ACCEPTED',
    roles: ['OFFICER'],
    guards: [],
    clocks: { stop: ['SC310-8'], start: [{ rule: 'SC310-12', trigger: 'POLICE_CASE_OPENED_NOTICE' }] },
  },
  {
    from: ['POLICE_ACCEPTED'],
    action: 'hand_over_items',
    to: 'HANDED_OVER',
    roles: ['OFFICER'],
    guards: [itemsHandedOverWithin3Days],
    clocks: { stop: ['SC310-12'] },
  },
  {
    from: ['POLICE_REVIEW'],
    action: 'police_decline',
    to: 'POLICE_DECLINED',
    roles: ['OFFICER'],
    guards: [],
    clocks: { stop: ['SC310-8'], start: [{ rule: 'SC310-9', trigger: 'POLICE_DECLINE_NOTICE' }] },
  },
  {
    from: ['POLICE_DECLINED'],
    action: 'request_reconsideration',
    to: 'RECONSIDERATION',
    roles: HEAD,
    guards: [reconsiderationWithin3Days],
    clocks: { stop: ['SC310-9'] },
  },
  {
    from: ['RECONSIDERATION'],
    action: 'reconsideration_accepted',
    to: 'POLICE_ACCEPTED',
    roles: ['OFFICER'],
    guards: [],
    clocks: { start: [{ rule: 'SC310-12', trigger: 'POLICE_CASE_OPENED_NOTICE' }] },
  },
  { from: ['RECONSIDERATION'], action: 'reconsideration_upheld', to: 'BACK_TO_ADMIN', roles: ['OFFICER'], guards: [] },
  {
    from: ['POLICE_DECLINED'],
    action: 'return_to_admin',
    to: 'BACK_TO_ADMIN',
    roles: ['OFFICER'],
    guards: [],
    clocks: { stop: ['SC310-9'] },
  },
];

export const CRIMINAL_TRANSFER_PROCEDURE: ProcedureDefinition<
  CriminalTransferState,
  CriminalTransferAction,
  CriminalTransferContext
> = {
  id: 'CRIMINAL_TRANSFER',
  name: '涉嫌犯罪案件移送',
  states: CRIMINAL_TRANSFER_STATES,
  initial: 'REPORTING',
  terminal: ['HANDED_OVER', 'BACK_TO_ADMIN'],
  stateLabels: CRIMINAL_TRANSFER_STATE_LABELS,
  actionLabels: CRIMINAL_TRANSFER_ACTION_LABELS,
  transitions,
};
