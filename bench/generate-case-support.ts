// Constants and small helpers of the case generator (bench/generate-case.ts): numbering kinds, case sources,
// waiting rules, and the Actor and certificate facts the app's evaluation reads.
import type { Actor } from '../server/src/platform/auth/permissions';
import type { GenOfficer, GenUser } from './generate-org';
import type { CopyValue } from './generate-util';
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
