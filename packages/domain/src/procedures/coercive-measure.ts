/** The seal/seize and freeze (DOMAIN §12.3) definition: transitions over the states and guards of coercive-measure.guards.ts. */
import {
  bankNoticeSent,
  type CoerciveMeasureContext,
  crimeTransferInformed,
  decisionAndListDelivered,
  disposalLawful,
  emergencyApprovedWithin24h,
  emergencyReleaseDue,
  extensionLawful,
  extensionNotifiedInWriting,
  freezeDecisionDeliveredInTime,
  freezeOnlyByDesignatedAgency,
  headApprovedBeforeActing,
  itemsLawfulForSeizure,
  measureKindIs,
  onSiteStepsRecorded,
  seizurePeriodExpired,
  testingNotifiedInWriting,
} from './coercive-measure.guards';
import type { ProcedureDefinition, Transition } from './engine.js';
import { twoQualifiedOfficers } from './guards.js';

export * from './coercive-measure.guards';

export const COERCIVE_MEASURE_STATES = [
  'PROPOSED',
  'APPROVED',
  'EXECUTED_PENDING_APPROVAL',
  'ACTIVE',
  'PAUSED',
  'CLOSED',
  'TRANSFERRED',
  'RELEASED',
] as const;
export type CoerciveMeasureState = (typeof COERCIVE_MEASURE_STATES)[number];

export const COERCIVE_MEASURE_STATE_LABELS: Record<CoerciveMeasureState, string> = {
  PROPOSED: '拟采取强制措施',
  APPROVED: '已批准',
  EXECUTED_PENDING_APPROVAL: '紧急实施待补批',
  ACTIVE: '查封扣押（冻结）中',
  PAUSED: '检测鉴定期间',
  CLOSED: '已作出处理决定',
  TRANSFERRED: '已移送司法机关',
  RELEASED: '已解除',
};

export const COERCIVE_MEASURE_ACTIONS = [
  'approve',
  'execute',
  'execute_freeze',
  'emergency_execute',
  'retro_approve',
  'emergency_release',
  'deliver_freeze_decision',
  'start_testing',
  'testing_done',
  'extend',
  'dispose',
  'crime_transfer',
  'clock_expired',
] as const;
export type CoerciveMeasureAction = (typeof COERCIVE_MEASURE_ACTIONS)[number];

export const COERCIVE_MEASURE_ACTION_LABELS: Record<CoerciveMeasureAction, string> = {
  approve: '负责人批准采取强制措施',
  execute: '实施查封、扣押',
  execute_freeze: '实施冻结',
  emergency_execute: '情况紧急当场实施',
  retro_approve: '24小时内补办批准',
  emergency_release: '负责人不同意或逾期未补批，立即解除',
  deliver_freeze_decision: '交付冻结决定书',
  start_testing: '开始检测、检验、检疫或技术鉴定',
  testing_done: '检测鉴定结束',
  extend: '延长查封、扣押期限',
  dispose: '作出处理决定（没收、销毁、解除）',
  crime_transfer: '涉嫌犯罪移送',
  clock_expired: '期限届满解除',
};

type T = Transition<CoerciveMeasureState, CoerciveMeasureAction, CoerciveMeasureContext>;

const SEAL_SEIZE = measureKindIs(['SEAL', 'SEIZE']);
const FREEZE = measureKindIs(['FREEZE']);
const ON_SITE_GUARDS = [
  SEAL_SEIZE,
  twoQualifiedOfficers,
  onSiteStepsRecorded,
  itemsLawfulForSeizure,
  decisionAndListDelivered,
];
const HEADS = ['AGENCY_HEAD'] as const;

const transitions: T[] = [
  {
    from: ['PROPOSED'],
    action: 'approve',
    to: 'APPROVED',
    roles: HEADS,
    guards: [freezeOnlyByDesignatedAgency],
  },
  {
    from: ['APPROVED'],
    action: 'execute',
    to: 'ACTIVE',
    roles: ['OFFICER'],
    guards: [headApprovedBeforeActing, ...ON_SITE_GUARDS],
    documentsProduced: ['COERCION_DECISION'],
    clocks: { start: [{ rule: 'ACL-25', trigger: 'SEAL_SEIZE_DECIDED' }] },
    avRequired: true,
  },
  {
    from: ['APPROVED'],
    action: 'execute_freeze',
    to: 'ACTIVE',
    roles: ['OFFICER'],
    guards: [FREEZE, freezeOnlyByDesignatedAgency, headApprovedBeforeActing, twoQualifiedOfficers, bankNoticeSent],
    clocks: {
      start: [
        { rule: 'ACL-31', trigger: 'FREEZE_EXECUTED' },
        { rule: 'ACL-25', trigger: 'FREEZE_EXECUTED' },
      ],
    },
  },
  {
    from: ['PROPOSED'],
    action: 'emergency_execute',
    to: 'EXECUTED_PENDING_APPROVAL',
    roles: ['OFFICER'],
    guards: ON_SITE_GUARDS,
    documentsProduced: ['COERCION_DECISION'],
    clocks: { start: [{ rule: 'ACL-19', trigger: 'EMERGENCY_MEASURE_TAKEN' }] },
    avRequired: true,
  },
  {
    from: ['EXECUTED_PENDING_APPROVAL'],
    action: 'retro_approve',
    to: 'ACTIVE',
    roles: HEADS,
    guards: [emergencyApprovedWithin24h],
    clocks: { stop: ['ACL-19'], start: [{ rule: 'ACL-25', trigger: 'SEAL_SEIZE_DECIDED' }] },
  },
  {
    from: ['EXECUTED_PENDING_APPROVAL'],
    action: 'emergency_release',
    to: 'RELEASED',
    roles: ['OFFICER', 'AGENCY_HEAD'],
    guards: [emergencyReleaseDue],
    documentsProduced: ['COERCION_RELEASE'],
    clocks: { stop: ['ACL-19'] },
  },
  {
    from: ['ACTIVE', 'PAUSED'],
    action: 'deliver_freeze_decision',
    to: 'ACTIVE',
    roles: ['OFFICER'],
    guards: [FREEZE, freezeDecisionDeliveredInTime],
    documentsProduced: ['FREEZE_DECISION'],
    clocks: { stop: ['ACL-31'] },
  },
  {
    from: ['ACTIVE'],
    action: 'start_testing',
    to: 'PAUSED',
    roles: ['OFFICER'],
    guards: [testingNotifiedInWriting],
    documentsProduced: ['TEST_NOTICES'],
    clocks: { pause: ['ACL-25'], pauseKind: 'TESTING' },
  },
  {
    from: ['PAUSED'],
    action: 'testing_done',
    to: 'ACTIVE',
    roles: ['OFFICER'],
    guards: [],
    clocks: { resume: ['ACL-25'] },
  },
  {
    from: ['ACTIVE'],
    action: 'extend',
    to: 'ACTIVE',
    roles: HEADS,
    guards: [extensionLawful, extensionNotifiedInWriting],
    documentsProduced: ['COERCION_EXTEND'],
    clocks: { extend: ['ACL-25'] },
  },
  {
    from: ['ACTIVE'],
    action: 'dispose',
    to: 'CLOSED',
    roles: ['OFFICER', 'AGENCY_HEAD'],
    guards: [disposalLawful],
    clocks: { stop: ['ACL-25'] },
  },
  {
    from: ['ACTIVE', 'PAUSED'],
    action: 'crime_transfer',
    to: 'TRANSFERRED',
    roles: ['OFFICER', 'AGENCY_HEAD'],
    guards: [crimeTransferInformed],
    clocks: { stop: ['ACL-25'] },
  },
  {
    from: ['ACTIVE'],
    action: 'clock_expired',
    to: 'RELEASED',
    roles: ['OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD'],
    guards: [seizurePeriodExpired],
    documentsProduced: ['COERCION_RELEASE'],
    clocks: { stop: ['ACL-25'] },
  },
];

export const COERCIVE_MEASURE_PROCEDURE: ProcedureDefinition<
  CoerciveMeasureState,
  CoerciveMeasureAction,
  CoerciveMeasureContext
> = {
  id: 'COERCIVE_MEASURE',
  name: '行政强制措施（查封、扣押、冻结）',
  states: COERCIVE_MEASURE_STATES,
  initial: 'PROPOSED',
  terminal: ['CLOSED', 'TRANSFERRED', 'RELEASED'],
  stateLabels: COERCIVE_MEASURE_STATE_LABELS,
  actionLabels: COERCIVE_MEASURE_ACTION_LABELS,
  transitions,
};
