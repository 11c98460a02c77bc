/** The coercive execution, substitute performance and court application (DOMAIN §12.4) definition: transitions over the states and guards of coercive-execution.guards.ts. */
import {
  agreementBreached,
  agreementSigned,
  type CoerciveExecutionContext,
  courtApplicationWindow,
  courtPackageComplete,
  courtReminderWaitElapsed,
  courtRuledToExecute,
  courtRulingRecorded,
  cuiGaoContentComplete,
  cuiGaoPeriodPassedWithoutReason,
  executionPowerHeld,
  executionTimeAllowed,
  hidingAssetsEvidenced,
  noExecutionPower,
  noUtilityCutToResidents,
  substituteDecisionServed,
  substituteReminderLeadTime,
  substituteSupervisedAndSigned,
  suspensionGroundEliminated,
  suspensionGroundLawful,
  terminationGroundLawful,
} from './coercive-execution.guards';
import type { ProcedureDefinition, Transition } from './engine.js';

export * from './coercive-execution.guards';

export const COERCIVE_EXECUTION_STATES = [
  'OBLIGATION_OVERDUE',
  'CUI_GAO_PERIOD',
  'EXECUTING',
  'AGREEMENT',
  'SUSPENDED',
  'SUBSTITUTE_DECIDED',
  'COURT_APPLIED',
  'COURT_RULED',
  'DONE',
  'TERMINATED',
] as const;
export type CoerciveExecutionState = (typeof COERCIVE_EXECUTION_STATES)[number];

export const COERCIVE_EXECUTION_STATE_LABELS: Record<CoerciveExecutionState, string> = {
  OBLIGATION_OVERDUE: '逾期未履行',
  CUI_GAO_PERIOD: '催告期间',
  EXECUTING: '强制执行中',
  AGREEMENT: '执行协议履行中',
  SUSPENDED: '中止执行',
  SUBSTITUTE_DECIDED: '已决定代履行',
  COURT_APPLIED: '已申请法院强制执行',
  COURT_RULED: '法院已裁定',
  DONE: '执行完毕',
  TERMINATED: '终结执行',
};

export const COERCIVE_EXECUTION_ACTIONS = [
  'serve_cuigao',
  'performed',
  'immediate_execution',
  'decide_execution',
  'sign_agreement',
  'breach',
  'suspend',
  'resume',
  'terminate',
  'complete_execution',
  'decide_substitute',
  'perform_substitute',
  'apply_court',
  'court_ruled',
  'court_executed',
] as const;
export type CoerciveExecutionAction = (typeof COERCIVE_EXECUTION_ACTIONS)[number];

export const COERCIVE_EXECUTION_ACTION_LABELS: Record<CoerciveExecutionAction, string> = {
  serve_cuigao: '送达催告书',
  performed: '当事人履行',
  immediate_execution: '有转移隐匿财物迹象，立即强制执行',
  decide_execution: '催告期满，送达强制执行决定书',
  sign_agreement: '达成执行协议',
  breach: '不履行执行协议，恢复强制执行',
  suspend: '中止执行',
  resume: '恢复执行',
  terminate: '终结执行',
  complete_execution: '执行完毕',
  decide_substitute: '作出并送达代履行决定',
  perform_substitute: '实施代履行',
  apply_court: '申请人民法院强制执行',
  court_ruled: '记录法院裁定',
  court_executed: '法院执行完毕',
};

type T = Transition<CoerciveExecutionState, CoerciveExecutionAction, CoerciveExecutionContext>;

const TIME_GUARDS = [executionTimeAllowed, noUtilityCutToResidents];

const transitions: T[] = [
  {
    from: ['OBLIGATION_OVERDUE'],
    action: 'serve_cuigao',
    to: 'CUI_GAO_PERIOD',
    roles: ['OFFICER'],
    guards: [cuiGaoContentComplete],
    documentsProduced: ['PERFORM_REMINDER'],
  },
  {
    from: ['CUI_GAO_PERIOD', 'AGREEMENT'],
    action: 'performed',
    to: 'DONE',
    roles: ['OFFICER'],
    guards: [],
  },
  {
    from: ['CUI_GAO_PERIOD'],
    action: 'immediate_execution',
    to: 'EXECUTING',
    roles: ['AGENCY_HEAD'],
    guards: [executionPowerHeld, hidingAssetsEvidenced, ...TIME_GUARDS],
    documentsRequired: ['PERFORM_REMINDER'],
    documentsProduced: ['EXEC_DECISION'],
  },
  {
    from: ['CUI_GAO_PERIOD'],
    action: 'decide_execution',
    to: 'EXECUTING',
    roles: ['AGENCY_HEAD'],
    guards: [executionPowerHeld, cuiGaoPeriodPassedWithoutReason, ...TIME_GUARDS],
    documentsRequired: ['PERFORM_REMINDER'],
    documentsProduced: ['EXEC_DECISION'],
  },
  {
    from: ['EXECUTING'],
    action: 'sign_agreement',
    to: 'AGREEMENT',
    roles: ['OFFICER', 'AGENCY_HEAD'],
    guards: [agreementSigned],
  },
  {
    from: ['AGREEMENT'],
    action: 'breach',
    to: 'EXECUTING',
    roles: ['OFFICER', 'AGENCY_HEAD'],
    guards: [agreementBreached, ...TIME_GUARDS],
  },
  {
    from: ['EXECUTING', 'AGREEMENT'],
    action: 'suspend',
    to: 'SUSPENDED',
    roles: ['AGENCY_HEAD'],
    guards: [suspensionGroundLawful],
  },
  {
    from: ['SUSPENDED'],
    action: 'resume',
    to: 'EXECUTING',
    roles: ['AGENCY_HEAD'],
    guards: [suspensionGroundEliminated, ...TIME_GUARDS],
  },
  {
    from: ['EXECUTING', 'SUSPENDED'],
    action: 'terminate',
    to: 'TERMINATED',
    roles: ['AGENCY_HEAD'],
    guards: [terminationGroundLawful],
  },
  {
    from: ['EXECUTING'],
    action: 'complete_execution',
    to: 'DONE',
    roles: ['OFFICER'],
    guards: [],
  },
  {
    from: ['OBLIGATION_OVERDUE', 'CUI_GAO_PERIOD'],
    action: 'decide_substitute',
    to: 'SUBSTITUTE_DECIDED',
    roles: ['AGENCY_HEAD'],
    guards: [executionPowerHeld, substituteDecisionServed],
    documentsProduced: ['EXEC_DECISION'],
  },
  {
    from: ['SUBSTITUTE_DECIDED'],
    action: 'perform_substitute',
    to: 'DONE',
    roles: ['OFFICER'],
    guards: [substituteReminderLeadTime, ...TIME_GUARDS, substituteSupervisedAndSigned],
  },
  {
    from: ['CUI_GAO_PERIOD'],
    action: 'apply_court',
    to: 'COURT_APPLIED',
    roles: ['AGENCY_HEAD'],
    guards: [noExecutionPower, courtApplicationWindow, courtReminderWaitElapsed, courtPackageComplete],
    documentsRequired: ['PERFORM_REMINDER'],
    documentsProduced: ['COURT_EXEC_APP'],
  },
  {
    from: ['COURT_APPLIED'],
    action: 'court_ruled',
    to: 'COURT_RULED',
    roles: ['OFFICER'],
    guards: [courtRulingRecorded],
  },
  {
    from: ['COURT_RULED'],
    action: 'court_executed',
    to: 'DONE',
    roles: ['OFFICER'],
    guards: [courtRuledToExecute],
  },
];

export const COERCIVE_EXECUTION_PROCEDURE: ProcedureDefinition<
  CoerciveExecutionState,
  CoerciveExecutionAction,
  CoerciveExecutionContext
> = {
  id: 'COERCIVE_EXECUTION',
  name: '行政强制执行（含代履行、申请人民法院强制执行）',
  states: COERCIVE_EXECUTION_STATES,
  initial: 'OBLIGATION_OVERDUE',
  terminal: ['DONE', 'TERMINATED'],
  stateLabels: COERCIVE_EXECUTION_STATE_LABELS,
  actionLabels: COERCIVE_EXECUTION_ACTION_LABELS,
  transitions,
};
