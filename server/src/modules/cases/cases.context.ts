import {
  CalendarNotLoadedError,
  type CertificateFacts,
  CLOCK_RULES,
  deadline,
  hearingThreshold,
  type IsoDate,
  type OfficerFacts,
  type PenaltyScale,
  type PenaltyType,
  type ProcedureContext,
  type ProcedureId,
  type ResolvedProfile,
  type Role,
  type reviewRequired,
  type WorkingCalendar,
} from '@zhifa/domain';
import type { ReviewRequirementResult } from '../catalogue/catalogue.rules';
import { computeDue } from './cases.clocks';
import { type Facts, getPath, setPath } from './cases.facts';

/** What the server knows about a case when an action is tried (loaded in one transaction). */
export interface CaseSnapshot {
  procedure: ProcedureId;
  category: string;
  region: string;
  facts: Facts;
  parties: { kind: string; name: string; address: string; eServiceConsent: boolean }[];
  officers: {
    id: string;
    name: string;
    role: string;
    isLegalReviewer: boolean;
    legalQualificationNo: string | null;
    certificates: CertificateFacts[];
  }[];
  documents: string[];
  /** AV activities covered: a linked AV record or an approved exemption. */
  avActivities: string[];
  clocks: { rule: string; status: string; dueOn: string | null }[];
  profile: ResolvedProfile;
  calendar: WorkingCalendar;
  /** The user acting, as an officer (null for a user without an officer record). */
  actorOfficer: {
    id: string;
    isLegalReviewer: boolean;
    legalQualificationNo: string | null;
    /**
     * Legal reviews this user approved before (the first-time reviewer rule). Counted only where an approval can
     * be made (cases.snapshot.ts); null when not counted.
     */
    priorApprovals: number | null;
  } | null;
  /** The agency's published review catalogue evaluated lazily (APL-58 / REV-SCOPE). */
  reviewRequirement: (decision: Parameters<typeof reviewRequired>[1]) => ReviewRequirementResult;
}

/**
 * The AV activity (records AV_ACTIVITIES) an action performs. A transition marked `avRequired`, or an activity on
 * the jurisdiction's mandatory list (REC-AV-FULL: seal/seize and forced demolition at least), cannot complete
 * without a linked AV record or an approved reason for its absence.
 */
export const ACTION_AV_ACTIVITY: Partial<Record<ProcedureId, Record<string, string>>> = {
  COERCIVE_MEASURE: { execute: 'SEAL_SEIZE', emergency_execute: 'SEAL_SEIZE' },
  COERCIVE_EXECUTION: { complete_execution: 'DEMOLITION', immediate_execution: 'DEMOLITION' },
  SUMMARY_PENALTY: { issue_form: 'ON_SPOT_PENALTY' },
  INSPECTION: { start_on_site: 'SITE_INSPECTION' },
  GENERAL_PENALTY: { hold_hearing: 'HEARING' },
};

/** APL-63: penalty types that always carry the hearing right, whatever the amount. */
const HEARING_TYPES: readonly PenaltyType[] = [
  'DOWNGRADE_QUALIFICATION',
  'REVOKE_LICENSE',
  'RESTRICT_BUSINESS',
  'ORDER_SUSPEND_PRODUCTION',
  'ORDER_CLOSE',
  'RESTRICT_EMPLOYMENT',
  'OTHER_BY_LAW',
];

interface Proposed {
  types: PenaltyType[];
  fineFen?: number;
  confiscationFen?: number;
}

const proposedOf = (facts: Facts): Proposed | undefined => facts.proposedPenalty as Proposed | undefined;

function partyType(s: CaseSnapshot): 'NATURAL_PERSON' | 'ORGANISATION' {
  return s.parties.some((p) => p.kind !== 'NATURAL_PERSON') ? 'ORGANISATION' : 'NATURAL_PERSON';
}

/** APL-63 + HEAR-THRESH: the intended penalty carries the right to request a hearing. */
export function hearingRightApplies(s: CaseSnapshot, p: Proposed | undefined): boolean {
  if (!p) return false;
  if (p.types.some((t) => HEARING_TYPES.includes(t))) return true;
  const t = hearingThreshold(s.profile, s.category, partyType(s));
  if (!t) return false;
  return (p.fineFen ?? 0) >= t.fineFen || (p.confiscationFen ?? 0) >= t.confiscationFen;
}

const toScale = (p: Proposed | undefined): PenaltyScale | undefined =>
  p ? { types: p.types, fineMinFen: p.fineFen ?? null, fineMaxFen: p.fineFen ?? null } : undefined;
/** A stored penalty as a scale: the {types, fineFen} the system records, or a scale already (older cases). */
const scaleOf = (v: unknown): PenaltyScale | undefined =>
  v && typeof v === 'object' && 'fineMinFen' in v ? (v as PenaltyScale) : toScale(v as Proposed | undefined);

function clockDue(s: CaseSnapshot, rule: string): IsoDate | undefined {
  const c = s.clocks.find((x) => x.rule === rule && x.status !== 'STOPPED') ?? s.clocks.find((x) => x.rule === rule);
  return c?.dueOn ?? undefined;
}

/** APL-58 evaluated on the current facts (and the hearing, if one was held). */
function reviewFacts(s: CaseSnapshot, facts: Facts): Facts {
  const p = proposedOf(facts);
  if (!p) return facts;
  const r = s.reviewRequirement({
    itemKind: 'PENALTY',
    penaltyTypes: p.types,
    fineFen: p.fineFen ?? 0,
    confiscationFen: p.confiscationFen ?? 0,
    partyType: partyType(s),
    hearingHeld: getPath(facts, 'hearing.outcome') === 'HELD',
    complex: facts.complexOrMajor === true,
    publicInterest: facts.publicInterest === true,
    multipleLegalRelationships: facts.multipleLegalRelationships === true,
  });
  let out = setPath(facts, 'reviewRequired', r.required);
  out = setPath(
    out,
    'reviewReasons',
    r.reasons.map((x) => x.text),
  );
  return out;
}

/**
 * Facts the system records as part of an action, before its guards run (the transaction rolls back on refusal):
 * service dates, the penalty as notified, hearing eligibility and outcome, review flag and result.
 */
export function recordSystemFacts(s: CaseSnapshot, action: string, facts: Facts, date: IsoDate): Facts {
  if (s.procedure === 'SUMMARY_PENALTY') {
    const f = s.parties.length > 0 ? setPath(facts, 'partyKind', partyType(s)) : facts;
    // APL-45: the penalty told to the party with the facts and reasons is what a defence may not make heavier.
    return action === 'inform' ? setPath(f, 'notifiedPenalty', f.penalty ?? null) : f;
  }
  // ACL-18(1): the head's approval is the approve action itself, dated by it.
  if (s.procedure === 'COERCIVE_MEASURE' && action === 'approve')
    return setPath(facts, 'approval.headApprovedOn', date);
  if (s.procedure !== 'GENERAL_PENALTY') return facts;
  let f = facts;
  switch (action) {
    case 'propose_penalty':
    case 'complete_review':
      return reviewFacts(s, f);
    case 'serve_prenotice':
    case 'serve_prenotice_with_hearing_right':
      f = setPath(f, 'preNotice.servedOn', date);
      f = setPath(f, 'notifiedPenalty', proposedOf(f) ?? null);
      return setPath(f, 'hearing.offered', hearingRightApplies(s, proposedOf(f)));
    case 'request_hearing':
      return setPath(f, 'hearing.requestedOn', date);
    case 'hold_hearing':
      return setPath(f, 'hearing.outcome', 'HELD');
    case 'record_hearing_absence':
      return setPath(f, 'hearing.outcome', 'TERMINATED_ABSENT');
    case 'submit_review':
      return setPath(f, 'legalReview', { status: 'PENDING' });
    case 'review_issues_found':
      return setPath(f, 'legalReview', { status: 'ISSUES_FOUND' });
    case 'review_approved': {
      const o = s.actorOfficer;
      if (o && o.priorApprovals === null) throw new Error('审核人员此前的审核次数未读取');
      return setPath(f, 'legalReview', {
        status: 'APPROVED',
        reviewer: o
          ? { firstTimeReviewer: o.priorApprovals === 0, hasLegalProfessionQualification: !!o.legalQualificationNo }
          : undefined,
      });
    }
    case 'decide':
      // The decision is sealed when issued: the agency's SM2 seal is applied to the document in this transaction.
      return setPath(f, 'decision.sealed', true);
    default:
      return f;
  }
}

/**
 * Officer lists the guards count (ALL-34 verifiers, SC310-5 task group): the officers named, but only those who
 * are officers of this case — a client cannot make up a second verifier. Unnamed: every officer of the case.
 */
function caseOfficersAmong(s: CaseSnapshot, named: unknown): string[] {
  const onCase = new Set(s.officers.filter((o) => o.role !== 'HEARING_HOST').map((o) => o.id));
  if (!Array.isArray(named)) return [...onCase];
  return named.filter((id): id is string => typeof id === 'string' && onCase.has(id));
}

function officerFacts(s: CaseSnapshot): OfficerFacts[] {
  const seen = new Map<string, OfficerFacts>();
  for (const o of s.officers) {
    if (o.role === 'HEARING_HOST') continue;
    seen.set(o.id, { id: o.id, name: o.name, certificates: o.certificates });
  }
  return [...seen.values()];
}

/** The context the procedure's guards read: stored facts, plus everything computed from the case's records. */
export function buildContext(
  s: CaseSnapshot,
  facts: Facts,
  actor: { id: string; roles: readonly Role[] },
  date: IsoDate,
  avRecorded: boolean,
): ProcedureContext & Record<string, unknown> {
  const base = {
    ...facts,
    actor,
    date,
    documents: s.documents,
    avRecorded,
    officers: officerFacts(s),
    category: s.category,
    region: s.region,
  };
  switch (s.procedure) {
    case 'GENERAL_PENALTY':
      return generalPenaltyContext(s, base, date);
    case 'SUMMARY_PENALTY':
      // APL-45 on the spot: the penalty now intended against the one told at `inform`.
      return { ...base, notifiedPenalty: scaleOf(facts.notifiedPenalty), proposedPenalty: scaleOf(facts.penalty) };
    case 'COERCIVE_MEASURE':
      return {
        ...base,
        seizure: { expiry: clockDue(s, 'ACL-25') },
        freeze: { ...(facts.freeze as Facts | undefined), deliveryLastDay: clockDue(s, 'ACL-31') },
      };
    case 'COERCIVE_EXECUTION':
      return coerciveExecutionContext(s, base, facts);
    case 'LICENCE':
      return {
        ...base,
        verifierIds: caseOfficersAmong(s, facts.verifierIds),
        reviewerIds: caseOfficersAmong(s, facts.reviewerIds),
        deadlines: { decisionDue: clockDue(s, 'ALL-42'), certificateDue: clockDue(s, 'ALL-44') },
        hearing: { ...(facts.hearing as Facts | undefined), holdLastDay: clockDue(s, 'ALL-47') },
      };
    case 'CRIMINAL_TRANSFER':
      return { ...base, taskGroupOfficerIds: caseOfficersAmong(s, facts.taskGroupOfficerIds) };
    default:
      return base;
  }
}

function generalPenaltyContext(
  s: CaseSnapshot,
  base: ProcedureContext & Facts,
  date: IsoDate,
): ProcedureContext & Record<string, unknown> {
  const hearing = (base.hearing as Facts | undefined) ?? {};
  const investigatorIds = s.officers.filter((o) => o.role === 'LEAD' || o.role === 'ASSISTANT').map((o) => o.id);
  const host = s.officers.find((o) => o.role === 'HEARING_HOST');
  // APL-64-2: the hearing date must leave 7 clear working days after the notice, served on the action date.
  const earliest = deadline(CLOCK_RULES['APL-64-2'], date, s.calendar).due;
  const paymentDue = clockDue(s, 'APL-67');
  return {
    ...base,
    investigatorIds,
    preNotice: { ...(base.preNotice as Facts | undefined), statementLastDay: clockDue(s, 'SAMR-5wd') },
    hearing: {
      ...hearing,
      hostId: (hearing.hostId as string | undefined) ?? host?.id,
      requestLastDay: clockDue(s, 'APL-64-1'),
      earliestAllowedDate: earliest,
    },
    notifiedPenalty: toScale(base.notifiedPenalty as Proposed | undefined),
    proposedPenalty: toScale(proposedOf(base)),
    caseLimit: { lastDay: clockDue(s, 'APL-60') },
    service: base.service
      ? { ...(base.service as Facts), electronicConsentSigned: s.parties.some((p) => p.eServiceConsent) }
      : undefined,
    paymentDuePassed: paymentDue !== undefined && date > paymentDue,
  };
}

/** `n` working days after `d`; a year whose holiday schedule is not loaded yet counts weekends only (provisional). */
function workingDaysAfter(calendar: WorkingCalendar, d: IsoDate, n: number): IsoDate {
  try {
    return calendar.addWorkingDays(d, n);
  } catch (e) {
    if (!(e instanceof CalendarNotLoadedError)) throw e;
    const year = Number(d.slice(0, 4));
    return calendar.withWeekendOnlyYears([year, year + 1]).addWorkingDays(d, n);
  }
}

/**
 * ACL-51 / ACL-53 / ACL-54 dates from the recorded facts. No transition starts the ACL-53/54 clocks, so when no
 * such clock exists the dates are computed from the 催告's service date and the day the remedy periods expired,
 * with the same rules (and profile roll-over) as the clocks would use.
 */
function coerciveExecutionContext(
  s: CaseSnapshot,
  base: ProcedureContext & Facts,
  facts: Facts,
): ProcedureContext & Record<string, unknown> {
  const settings = { calendar: s.calendar, profile: s.profile, category: s.category };
  const due = (rule: string, from: unknown): IsoDate | undefined =>
    typeof from === 'string'
      ? (computeDue(rule, from, new Date(), [], [], settings, facts).dueOn ?? undefined)
      : undefined;
  const cuiGaoServedOn = getPath(facts, 'substitute.cuiGaoServedOn');
  return {
    ...base,
    calendar: s.calendar,
    substitute: base.substitute
      ? {
          ...(base.substitute as Facts),
          earliestPerformanceDate:
            typeof cuiGaoServedOn === 'string' ? workingDaysAfter(s.calendar, cuiGaoServedOn, 3) : undefined,
        }
      : undefined,
    court: {
      ...(facts.court as Facts | undefined),
      earliestApplicationDate: clockDue(s, 'ACL-54') ?? due('ACL-54', getPath(facts, 'cuiGao.servedOn')),
      applicationLastDay: clockDue(s, 'ACL-53') ?? due('ACL-53', getPath(facts, 'court.remedyWindowsExpiredOn')),
    },
  };
}
