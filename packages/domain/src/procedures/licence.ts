/** The licence lifecycle definition (DOMAIN §12.5): transitions over the states and guards of licence.guards.ts. */
import { compareDates } from '../dates.js';
import type { ProcedureDefinition, Transition } from './engine.js';
import {
  cancellationGround,
  correctionNoticeLate,
  correctionToldOnce,
  excludedStepNotified,
  extensionApproved,
  LICENCE_ACTION_LABELS,
  LICENCE_STATE_LABELS,
  LICENCE_STATES,
  type LicenceAction,
  type LicenceCaseContext,
  type LicenceState,
  licenceConditionsMet,
  licenceHearingHeldInTime,
  licenceHearingNoticeLeadTime,
  licenceHearingPresiderNotReviewer,
  licenceHearingRequestInTime,
  penaltyDecisionExists,
  refusalReasonsAndRemedies,
  renewalAppliedInTime,
  renewalUndecidedAtExpiry,
  revocationGround,
  sealedDatedReceipt,
  stakeholdersNotified,
  substantiveVerificationByTwo,
  withdrawalWithCompensation,
} from './licence.guards';

export * from './licence.guards';

type T = Transition<LicenceState, LicenceAction, LicenceCaseContext>;

const STAFF = ['OFFICER'] as const;
const HEAD = ['UNIT_HEAD', 'AGENCY_HEAD'] as const;

const transitions: T[] = [
  { from: ['SUBMITTED'], action: 'not_required', to: 'CLOSED_NOT_REQUIRED', roles: STAFF, guards: [] },
  {
    from: ['SUBMITTED'],
    action: 'not_competent',
    to: 'REJECTED_AT_INTAKE',
    roles: STAFF,
    guards: [sealedDatedReceipt],
    documentsProduced: ['LICENCE_NOT_ACCEPTED'],
  },
  {
    from: ['SUBMITTED'],
    action: 'incomplete',
    // A notice given after the 5-wd limit: the application was accepted on the day of receipt.
    to: (ctx) => (ctx.intake?.correctionNotice?.deemedAccepted ? 'ACCEPTED' : 'AWAITING_CORRECTION'),
    targets: ['AWAITING_CORRECTION', 'ACCEPTED'],
    roles: STAFF,
    guards: [correctionToldOnce],
    documentsProduced: ['LICENCE_CORRECTION_NOTICE'],
    clocks: { stop: ['ALL-32'] },
  },
  {
    from: ['SUBMITTED'],
    action: 'deemed_accept',
    to: 'ACCEPTED',
    roles: STAFF,
    guards: [correctionNoticeLate],
    clocks: { stop: ['ALL-32'], start: [{ rule: 'ALL-42', trigger: 'LICENCE_APPLICATION_RECEIVED' }] },
  },
  {
    from: ['AWAITING_CORRECTION'],
    action: 'corrected',
    to: 'ACCEPTED',
    roles: STAFF,
    guards: [sealedDatedReceipt],
    documentsProduced: ['LICENCE_ACCEPTANCE'],
    clocks: { start: [{ rule: 'ALL-42', trigger: 'LICENCE_APPLICATION_ACCEPTED' }] },
  },
  {
    from: ['SUBMITTED'],
    action: 'accept',
    to: 'ACCEPTED',
    roles: STAFF,
    guards: [sealedDatedReceipt],
    documentsProduced: ['LICENCE_ACCEPTANCE'],
    clocks: { stop: ['ALL-32'], start: [{ rule: 'ALL-42', trigger: 'LICENCE_APPLICATION_ACCEPTED' }] },
  },
  {
    from: ['ACCEPTED', 'UNDER_REVIEW'],
    action: 'notify_stakeholders',
    to: 'HEARING',
    roles: STAFF,
    guards: [stakeholdersNotified],
    clocks: {
      pause: ['ALL-42'],
      pauseKind: 'HEARING',
      start: [{ rule: 'ALL-47', trigger: 'LICENCE_HEARING_RIGHT_NOTIFIED' }],
    },
  },
  {
    from: ['HEARING'],
    action: 'hold_hearing',
    to: 'UNDER_REVIEW',
    roles: STAFF,
    guards: [
      licenceHearingRequestInTime,
      licenceHearingHeldInTime,
      licenceHearingNoticeLeadTime,
      licenceHearingPresiderNotReviewer,
    ],
    documentsProduced: ['HEARING_RECORD'],
    clocks: { resume: ['ALL-42'] },
  },
  {
    from: ['HEARING'],
    action: 'hearing_not_requested',
    to: 'UNDER_REVIEW',
    roles: STAFF,
    guards: [],
    clocks: { stop: ['ALL-47'], resume: ['ALL-42'] },
  },
  {
    from: ['ACCEPTED', 'UNDER_REVIEW'],
    action: 'pause_excluded_step',
    to: 'PAUSED',
    roles: STAFF,
    guards: [excludedStepNotified],
    clocks: { pause: ['ALL-42'], pauseKind: 'FROM_FACTS' },
  },
  {
    from: ['PAUSED'],
    action: 'excluded_step_done',
    to: 'UNDER_REVIEW',
    roles: STAFF,
    guards: [],
    clocks: { resume: ['ALL-42'] },
  },
  {
    from: ['ACCEPTED', 'UNDER_REVIEW'],
    action: 'extend',
    to: 'UNDER_REVIEW',
    roles: HEAD,
    guards: [extensionApproved],
    clocks: { extend: ['ALL-42'] },
  },
  { from: ['ACCEPTED'], action: 'start_review', to: 'UNDER_REVIEW', roles: STAFF, guards: [] },
  {
    from: ['UNDER_REVIEW'],
    action: 'grant',
    to: 'GRANTED',
    roles: HEAD,
    guards: [substantiveVerificationByTwo, licenceConditionsMet],
    documentsProduced: ['LICENCE_GRANT_DECISION'],
    clocks: {
      stop: ['ALL-42'],
      start: [
        { rule: 'ALL-44', trigger: 'LICENCE_GRANTED' },
        // GO118-7: licence decisions are published within 7 wd.
        { rule: 'PUB-AFTER-7', trigger: 'PENALTY_OR_LICENCE_DECIDED' },
      ],
    },
  },
  {
    from: ['UNDER_REVIEW'],
    action: 'refuse',
    to: 'REFUSED',
    roles: HEAD,
    guards: [refusalReasonsAndRemedies],
    documentsProduced: ['LICENCE_REFUSAL_DECISION'],
    clocks: { stop: ['ALL-42'], start: [{ rule: 'PUB-AFTER-7', trigger: 'PENALTY_OR_LICENCE_DECIDED' }] },
  },
  {
    from: ['GRANTED'],
    action: 'issue_certificate',
    to: 'VALID',
    roles: STAFF,
    guards: [],
    documentsRequired: ['LICENCE_GRANT_DECISION'],
    documentsProduced: ['LICENCE_CERTIFICATE'],
    clocks: { stop: ['ALL-44'] },
  },
  { from: ['VALID'], action: 'change', to: 'VALID', roles: HEAD, guards: [licenceConditionsMet] },
  { from: ['VALID'], action: 'apply_renewal', to: 'RENEWAL_PENDING', roles: STAFF, guards: [renewalAppliedInTime] },
  { from: ['RENEWAL_PENDING'], action: 'grant_renewal', to: 'VALID', roles: HEAD, guards: [licenceConditionsMet] },
  {
    from: ['RENEWAL_PENDING'],
    action: 'deemed_renewal',
    to: 'VALID',
    roles: STAFF,
    guards: [renewalUndecidedAtExpiry],
  },
  {
    from: ['RENEWAL_PENDING'],
    action: 'refuse_renewal',
    to: 'EXPIRES_AT_END',
    roles: HEAD,
    guards: [refusalReasonsAndRemedies],
  },
  { from: ['VALID'], action: 'suspend', to: 'SUSPENDED', roles: HEAD, guards: [penaltyDecisionExists] },
  { from: ['SUSPENDED'], action: 'suspension_end', to: 'VALID', roles: STAFF, guards: [] },
  { from: ['VALID', 'SUSPENDED'], action: 'revoke_defect', to: 'TERMINATED', roles: HEAD, guards: [revocationGround] },
  {
    from: ['VALID', 'SUSPENDED'],
    action: 'withdraw',
    to: 'TERMINATED',
    roles: HEAD,
    guards: [withdrawalWithCompensation],
  },
  {
    from: ['VALID', 'SUSPENDED'],
    action: 'revoke_penalty',
    to: 'TERMINATED',
    roles: HEAD,
    guards: [penaltyDecisionExists],
  },
  { from: ['VALID', 'EXPIRES_AT_END'], action: 'expire', to: 'EXPIRED', roles: STAFF, guards: [] },
  {
    from: ['VALID', 'SUSPENDED', 'TERMINATED', 'EXPIRED'],
    action: 'cancel',
    to: 'CANCELLED',
    roles: STAFF,
    guards: [cancellationGround],
  },
];

export const LICENCE_PROCEDURE: ProcedureDefinition<LicenceState, LicenceAction, LicenceCaseContext> = {
  id: 'LICENCE',
  name: '行政许可',
  states: LICENCE_STATES,
  initial: 'SUBMITTED',
  terminal: ['CLOSED_NOT_REQUIRED', 'REJECTED_AT_INTAKE', 'REFUSED', 'CANCELLED'],
  stateLabels: LICENCE_STATE_LABELS,
  actionLabels: LICENCE_ACTION_LABELS,
  transitions,
};

export interface LicenceViolationFlag {
  rule: string;
  message: string;
}

/**
 * ALL-74 / ALL-82: a decision after the ALL-42 deadline, or a certificate after the ALL-44 deadline, is not
 * blocked (the applicant still needs the decision) but flagged as a violation for supervision.
 */
export function licenceViolationFlags(action: LicenceAction, ctx: LicenceCaseContext): LicenceViolationFlag[] {
  const d = ctx.deadlines ?? {};
  const out: LicenceViolationFlag[] = [];
  if ((action === 'grant' || action === 'refuse') && d.decisionDue && compareDates(ctx.date, d.decisionDue) > 0)
    out.push({ rule: 'ALL-74', message: `未在法定期限内作出行政许可决定（期限至${d.decisionDue}）` });
  if (action === 'issue_certificate' && d.certificateDue && compareDates(ctx.date, d.certificateDue) > 0)
    out.push({ rule: 'ALL-74', message: `未在法定期限内颁发、送达许可证件（期限至${d.certificateDue}）` });
  return out;
}
