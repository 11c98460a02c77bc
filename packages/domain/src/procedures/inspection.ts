/**
 * Administrative inspection (行政检查, issue 5 §1; DOMAIN §11.2 "Inspection", MOJ-INSP, ALL-61, STAT-INSP):
 * task → notice → on-site record → findings → follow-up → closed.
 */
import type { Guard, GuardResult, ProcedureContext, ProcedureDefinition, Transition } from './engine.js';
import { type OfficersContext, twoQualifiedOfficers } from './guards.js';

const refuse = (message: string): GuardResult => ({ refused: true, message });

export const INSPECTION_STATES = ['TASK', 'NOTICE', 'ON_SITE', 'FINDINGS', 'FOLLOW_UP', 'CLOSED'] as const;
export type InspectionState = (typeof INSPECTION_STATES)[number];

export const INSPECTION_STATE_LABELS: Record<InspectionState, string> = {
  TASK: '检查任务',
  NOTICE: '检查通知',
  ON_SITE: '现场检查',
  FINDINGS: '检查结果',
  FOLLOW_UP: '后续处理',
  CLOSED: '已办结',
};

export const INSPECTION_ACTIONS = [
  'issue_notice',
  'start_on_site',
  'record_findings',
  'file_case',
  'order_correction',
  'no_issue',
  'close',
] as const;
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];

export const INSPECTION_ACTION_LABELS: Record<InspectionAction, string> = {
  issue_notice: '下达检查通知',
  start_on_site: '出示证件，实施现场检查',
  record_findings: '制作并签署检查笔录，形成检查结果',
  file_case: '发现违法线索，移交立案',
  order_correction: '责令改正',
  no_issue: '未发现问题',
  close: '办结',
};

export type InspectionSource = 'RANDOM_DRAW' | 'COMPLAINT' | 'CAMPAIGN';
export type InspectionFollowUp = 'CASE_FILED' | 'CORRECTION_ORDER' | 'NO_ISSUE';

export interface InspectionCaseContext extends ProcedureContext, OfficersContext {
  task?: { source?: InspectionSource; objectId?: string };
  certificatesShown?: boolean;
  record?: { made?: boolean; signedByOfficers?: boolean; signedByPartyOrRefusalNoted?: boolean };
}

/** MOJ-INSP: the task has a lawful source (双随机 draw, complaint, special campaign) and a specific object. */
export const inspectionTaskDefined: Guard<InspectionCaseContext> = {
  rule: 'MOJ-INSP',
  label: '检查任务有合法来源和明确检查对象',
  check(ctx) {
    const t = ctx.task;
    if (!t?.source) return refuse('尚未记录检查任务来源（双随机抽查、投诉举报、专项检查）');
    return t.objectId?.trim() ? true : refuse('尚未确定具体检查对象');
  },
};

/** MOJ-INSP: officers show their enforcement certificates. */
export const certificatesShown: Guard<InspectionCaseContext> = {
  rule: 'MOJ-INSP',
  label: '执法人员出示执法证件',
  check: (ctx) => (ctx.certificatesShown ? true : refuse('实施检查应当主动出示执法证件')),
};

/** ALL-61: the inspection is recorded and signed by the inspectors (the party signs or its refusal is noted). */
export const inspectionRecordSigned: Guard<InspectionCaseContext> = {
  rule: 'ALL-61',
  label: '制作检查笔录并由检查人员签字',
  check(ctx) {
    const r = ctx.record;
    if (!r?.made) return refuse('尚未制作现场检查笔录');
    if (!r.signedByOfficers) return refuse('检查笔录须由检查人员签字');
    return r.signedByPartyOrRefusalNoted ? true : refuse('检查笔录须由当事人签字，或注明拒绝签字的情况');
  },
};

type T = Transition<InspectionState, InspectionAction, InspectionCaseContext>;

const transitions: T[] = [
  {
    from: ['TASK'],
    action: 'issue_notice',
    to: 'NOTICE',
    roles: ['OFFICER', 'UNIT_HEAD'],
    guards: [inspectionTaskDefined],
  },
  {
    from: ['NOTICE'],
    action: 'start_on_site',
    to: 'ON_SITE',
    roles: ['OFFICER'],
    guards: [twoQualifiedOfficers, certificatesShown],
  },
  {
    from: ['ON_SITE'],
    action: 'record_findings',
    to: 'FINDINGS',
    roles: ['OFFICER'],
    guards: [inspectionRecordSigned],
    documentsProduced: ['SITE_RECORD'],
  },
  { from: ['FINDINGS'], action: 'file_case', to: 'FOLLOW_UP', roles: ['OFFICER'], guards: [] },
  {
    from: ['FINDINGS'],
    action: 'order_correction',
    to: 'FOLLOW_UP',
    roles: ['OFFICER'],
    guards: [],
    documentsProduced: ['ORDER_CORRECT'],
  },
  { from: ['FINDINGS'], action: 'no_issue', to: 'FOLLOW_UP', roles: ['OFFICER'], guards: [] },
  { from: ['FOLLOW_UP'], action: 'close', to: 'CLOSED', roles: ['OFFICER', 'UNIT_HEAD'], guards: [] },
];

export const INSPECTION_PROCEDURE: ProcedureDefinition<InspectionState, InspectionAction, InspectionCaseContext> = {
  id: 'INSPECTION',
  name: '行政检查',
  states: INSPECTION_STATES,
  initial: 'TASK',
  terminal: ['CLOSED'],
  stateLabels: INSPECTION_STATE_LABELS,
  actionLabels: INSPECTION_ACTION_LABELS,
  transitions,
};

export interface InspectionRecord {
  /** The specific inspection object; absent for a patrol without a target. */
  objectId?: string;
  /** The on-site record was made, is complete and detailed, and signed. */
  recordComplete: boolean;
  followUp?: InspectionFollowUp;
  /** A penalty (or other enforcement act reported in its own right) followed the inspection. */
  penaltyFollowed?: boolean;
}

/**
 * STAT-INSP: one inspection object with a complete, detailed record = 1 inspection. Patrols without a specific
 * target or without a full record, or where a penalty etc. followed, are not counted as inspections.
 */
export function countsAsInspection(record: InspectionRecord): { counted: boolean; reason: string } {
  if (!record.objectId?.trim()) return { counted: false, reason: '无具体检查对象的巡查不计入行政检查' };
  if (!record.recordComplete) return { counted: false, reason: '无完整、详细检查记录的不计入行政检查' };
  if (record.penaltyFollowed)
    return { counted: false, reason: '检查后作出行政处罚等的，按相应执法行为统计，不计入行政检查' };
  return { counted: true, reason: '对一个检查对象形成完整、详细检查记录，计为一次行政检查' };
}
