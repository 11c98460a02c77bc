/**
 * Summary (on-the-spot) procedure (简易程序 / 当场处罚, DOMAIN §12.2) as a procedure definition.
 * Clocks: APL-71 (hand cash to the agency within 2 wd), APL-67 (payment 15 d when not collected on the spot).
 */
import type { ProcedureContext, ProcedureDefinition, Transition } from './engine.js';
import {
  type DefenceContext,
  fiscalReceiptIssued,
  notHeavierBecauseOfDefence,
  type OfficersContext,
  type OnSpotContext,
  onSpotCollectionAllowed,
  onSpotEligible,
  twoQualifiedOfficers,
} from './guards.js';

export const SUMMARY_PENALTY_STATES = [
  'ON_SITE_FINDING',
  'IDENTIFY',
  'HEAR_PARTY',
  'ISSUE_FORM',
  'DELIVERED',
  'PAID_ON_SPOT',
  'AWAITING_PAYMENT',
  'RECORDED',
  'CONVERTED_TO_GENERAL',
] as const;
export type SummaryPenaltyState = (typeof SUMMARY_PENALTY_STATES)[number];

export const SUMMARY_PENALTY_STATE_LABELS: Record<SummaryPenaltyState, string> = {
  ON_SITE_FINDING: '现场发现',
  IDENTIFY: '表明身份',
  HEAR_PARTY: '听取陈述申辩',
  ISSUE_FORM: '填写决定书',
  DELIVERED: '已当场交付',
  PAID_ON_SPOT: '已当场收缴',
  AWAITING_PAYMENT: '待缴纳罚款',
  RECORDED: '已备案',
  CONVERTED_TO_GENERAL: '转普通程序',
};

export const SUMMARY_PENALTY_ACTIONS = [
  'start_on_spot',
  'convert_to_general',
  'inform',
  'hear',
  'issue_form',
  'collect_on_spot',
  'await_payment',
  'file_with_agency',
] as const;
export type SummaryPenaltyAction = (typeof SUMMARY_PENALTY_ACTIONS)[number];

export const SUMMARY_PENALTY_ACTION_LABELS: Record<SummaryPenaltyAction, string> = {
  start_on_spot: '适用简易程序，出示执法证件',
  convert_to_general: '转为普通程序',
  inform: '告知事实、理由、依据和权利',
  hear: '听取陈述申辩',
  issue_form: '填写并当场交付决定书',
  collect_on_spot: '当场收缴罚款',
  await_payment: '告知到指定银行缴纳',
  file_with_agency: '报所属行政机关备案',
};

/** The facts an on-the-spot case supplies to its guards. */
export type SummaryCaseContext = ProcedureContext & OfficersContext & OnSpotContext & DefenceContext;

type T = Transition<SummaryPenaltyState, SummaryPenaltyAction, SummaryCaseContext>;

const transitions: T[] = [
  {
    from: ['ON_SITE_FINDING'],
    action: 'start_on_spot',
    to: 'IDENTIFY',
    roles: ['OFFICER'],
    guards: [onSpotEligible, twoQualifiedOfficers],
  },
  {
    from: ['ON_SITE_FINDING'],
    action: 'convert_to_general',
    to: 'CONVERTED_TO_GENERAL',
    roles: ['OFFICER'],
    guards: [],
  },
  { from: ['IDENTIFY'], action: 'inform', to: 'HEAR_PARTY', roles: ['OFFICER'], guards: [] },
  {
    from: ['HEAR_PARTY'],
    action: 'hear',
    to: 'ISSUE_FORM',
    roles: ['OFFICER'],
    guards: [notHeavierBecauseOfDefence],
  },
  {
    from: ['ISSUE_FORM'],
    action: 'issue_form',
    to: 'DELIVERED',
    roles: ['OFFICER'],
    guards: [onSpotEligible],
    documentsProduced: ['ONSPOT_DECISION'],
    clocks: {
      start: [
        { rule: 'REMEDY-60D', trigger: 'ONSPOT_DECISION_DELIVERED' },
        { rule: 'REMEDY-6M', trigger: 'ONSPOT_DECISION_DELIVERED' },
      ],
    },
  },
  {
    from: ['DELIVERED'],
    action: 'collect_on_spot',
    to: 'PAID_ON_SPOT',
    roles: ['OFFICER'],
    guards: [onSpotCollectionAllowed, fiscalReceiptIssued],
    clocks: { start: [{ rule: 'APL-71-1', trigger: 'FINE_COLLECTED_ON_SPOT' }] },
  },
  {
    from: ['DELIVERED'],
    action: 'await_payment',
    to: 'AWAITING_PAYMENT',
    roles: ['OFFICER'],
    guards: [],
    clocks: { start: [{ rule: 'APL-67', trigger: 'ONSPOT_DECISION_DELIVERED' }] },
  },
  {
    from: ['DELIVERED', 'PAID_ON_SPOT', 'AWAITING_PAYMENT'],
    action: 'file_with_agency',
    to: 'RECORDED',
    roles: ['OFFICER'],
    guards: [],
    documentsRequired: ['ONSPOT_DECISION'],
  },
];

export const SUMMARY_PENALTY_PROCEDURE: ProcedureDefinition<
  SummaryPenaltyState,
  SummaryPenaltyAction,
  SummaryCaseContext
> = {
  id: 'SUMMARY_PENALTY',
  name: '行政处罚简易程序（当场处罚）',
  states: SUMMARY_PENALTY_STATES,
  initial: 'ON_SITE_FINDING',
  terminal: ['RECORDED', 'CONVERTED_TO_GENERAL'],
  stateLabels: SUMMARY_PENALTY_STATE_LABELS,
  actionLabels: SUMMARY_PENALTY_ACTION_LABELS,
  transitions,
};
