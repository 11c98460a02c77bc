// Constants and small helpers of the case generator (bench/generate-case.ts): numbering kinds, case sources,
// waiting rules, and the Actor and certificate facts the app's evaluation reads.
import type { ProcedureId, Role } from '@zhifa/domain';
import type { CaseSnapshot } from '../server/src/modules/cases/cases.context';
import { reviewRequirementOf } from '../server/src/modules/catalogue/catalogue.rules';
import type { Actor } from '../server/src/platform/auth/permissions';
import type { Facts } from './cases-playbook';
import type { GenContext } from './generate-case';
import type { GenAgency, GenOfficer, GenUnit, GenUser } from './generate-org';
import type { GenParty } from './generate-parties';
import type { CopyValue, Rng } from './generate-util';
import type { SimClock } from './generate-walk';

/** Case number kinds per procedure, as CasesService.create numbers them. */
export const CASE_NUMBER_KIND: Record<string, string> = {
  GENERAL_PENALTY: '立',
  SUMMARY_PENALTY: '简',
  COERCIVE_MEASURE: '强措',
  COERCIVE_EXECUTION: '强执',
  LICENCE: '许',
  INSPECTION: '检',
  CRIMINAL_TRANSFER: '移',
};
/** Actions that wait until a date recorded in the facts has passed (e.g. the 催告 deadline before execution). */
export const AFTER_FACT: Record<string, string> = { 'COERCIVE_EXECUTION:decide_execution': 'cuiGao.deadline' };
export const WORKDAY_ONLY = new Set([
  'immediate_execution',
  'decide_execution',
  'breach',
  'resume',
  'perform_substitute',
]);
export const SOURCES = [
  'INSPECTION',
  'COMPLAINT',
  'REPORT',
  'TRANSFER_IN',
  'ASSIGNED_BY_SUPERIOR',
  'DEVICE_MONITORING',
  'OTHER',
];
export const SOURCE_WEIGHTS = [40, 20, 18, 6, 6, 6, 4];

/** A signed-in user holding `role` in the agency, as the session would present them to the service. */
export function actorOf(u: GenUser, role: string, agencyId: string): Actor {
  return {
    userId: u.id,
    username: u.id,
    displayName: u.name,
    sessionId: '',
    grants: [{ id: '', role, agencyId, agencyName: null, coveredAgencyIds: [agencyId] }],
    ip: null,
    requestId: '',
  } as Actor;
}

/** The officer's certificates as the guards read them (CERT-USE). */
export function certFacts(o: GenOfficer, category: string, region: string) {
  return o.certificates.map((c) => ({
    number: c.number,
    status: 'VALID' as const,
    validFrom: c.validFrom,
    validUntil: c.validUntil,
    categories: [category],
    regions: [region],
  }));
}

/** What the server would load for the new case (cases.snapshot.ts): parties, officers, nothing done yet. */
export function initialSnapshot(
  g: GenContext,
  procedure: ProcedureId,
  category: string,
  region: string,
  facts: Facts,
  parties: readonly GenParty[],
  officers: readonly GenOfficer[],
): CaseSnapshot {
  return {
    procedure,
    category,
    region,
    facts,
    parties: parties.map((p) => ({
      kind: p.kind,
      name: p.name,
      address: p.address,
      eServiceConsent: p.eServiceConsent,
    })),
    officers: officers.map((o, i) => ({
      id: o.officerId,
      name: o.name,
      role: i === 0 ? 'LEAD' : 'ASSISTANT',
      isLegalReviewer: false,
      legalQualificationNo: null,
      certificates: certFacts(o, category, region),
    })),
    documents: [],
    avActivities: [],
    clocks: [],
    profile: g.profile,
    calendar: g.calendar,
    actorOfficer: null,
    reviewRequirement: (d) => reviewRequirementOf(undefined, d),
  };
}

/**
 * Who takes a step: the lead officer for officers' steps, the unit or agency head, a legal reviewer (who is then
 * the snapshot's acting officer, with no approvals before).
 */
export function whoActs(
  rng: Rng,
  s: CaseSnapshot,
  roles: readonly Role[],
  lead: GenUser,
  unit: GenUnit,
  agency: GenAgency,
): { user: GenUser; role: Role } {
  const reviewer = roles.includes('LEGAL_REVIEWER') ? rng.pick(agency.reviewers) : null;
  const role = roles.includes('OFFICER') ? 'OFFICER' : roles.includes('UNIT_HEAD') ? 'UNIT_HEAD' : roles[0];
  const user =
    role === 'OFFICER' ? lead : role === 'UNIT_HEAD' ? unit.head : role === 'AGENCY_HEAD' ? agency.head : reviewer!;
  s.actorOfficer = reviewer
    ? {
        id: reviewer.officerId,
        isLegalReviewer: true,
        legalQualificationNo: reviewer.legalQualificationNo,
        priorApprovals: 0,
      }
    : null;
  return { user, role };
}

/** A case_clocks row (alert level OK: the clock job raises alerts from the current state when it runs). */
export function clockRow(c: SimClock, caseId: string, agencyId: string): CopyValue[] {
  return [
    c.id,
    caseId,
    agencyId,
    c.rule,
    c.trigger,
    c.startedOn,
    c.startedAt,
    c.dueOn,
    c.dueAt,
    c.kind,
    c.status,
    { json: c.pauses },
    { json: c.extensions },
    c.stoppedOn,
    'OK',
    c.provisional,
  ];
}
