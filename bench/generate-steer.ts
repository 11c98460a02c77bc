// The generator's choices that are the officer's (never the engine's): which action to try, towards the state a
// case is meant to stop at; the facts an officer or party brings (a penalty that carries the hearing right, an
// agency without execution power that must apply to the court); when an action may be tried at the earliest; and
// the REC-SCOPE file gate of closing and archiving, computed as cases.file.ts does (caseFileMissing by outcome).
import {
  type CaseFileFacts,
  caseFileMissing,
  hearingThreshold,
  type IsoDate,
  PROCEDURES,
  type ProcedureId,
  type ResolvedProfile,
} from '@zhifa/domain';
import { type ClockSettings, computeDue } from '../server/src/modules/cases/cases.clocks';
import { type CaseSnapshot, hearingRightApplies } from '../server/src/modules/cases/cases.context';
import { getPath } from '../server/src/modules/cases/cases.facts';
import type { Facts } from './cases-playbook';
import type { Rng } from './generate-util';

type Def = (typeof PROCEDURES)[ProcedureId];
type Transition = Def['transitions'][number];

const targetsOf = (t: Transition): readonly string[] =>
  typeof t.to === 'string' ? [t.to] : ((t as { targets?: readonly string[] }).targets ?? []);

const distances = new Map<string, Map<string, number>>();

/** Steps from each state to `target` in the procedure's graph (absent: unreachable). */
function distanceTo(procedure: ProcedureId, target: string): Map<string, number> {
  const key = `${procedure}:${target}`;
  let d = distances.get(key);
  if (d) return d;
  d = new Map([[target, 0]]);
  const queue = [target];
  while (queue.length) {
    const s = queue.shift()!;
    for (const t of PROCEDURES[procedure].transitions) {
      if (!targetsOf(t).includes(s)) continue;
      for (const from of t.from as readonly string[]) {
        if (!d.has(from)) {
          d.set(from, d.get(s)! + 1);
          queue.push(from);
        }
      }
    }
  }
  distances.set(key, d);
  return d;
}

/** A case meant to stop at `pinned` prefers the actions that bring it closer (the others stay possible). */
export function steeredWeight(
  procedure: ProcedureId,
  t: Transition,
  state: string,
  pinned: string | null,
  base: number,
): number {
  if (!pinned) return base;
  const d = distanceTo(procedure, pinned);
  const now = d.get(state);
  if (now === undefined) return base;
  const best = Math.min(...targetsOf(t).map((s) => d.get(s) ?? Number.POSITIVE_INFINITY));
  return best < now ? base * 50 : base * 0.2;
}

/**
 * Actions an officer would not try on this case: a prior notice without the hearing right when the penalty carries
 * it (APL-63/64 — and the one with it when it does not), a hearing request the notice did not offer, execution by an
 * agency the law gives no execution power, a court application by one that has it (ACL-13/53).
 */
export function wouldTry(s: CaseSnapshot, action: string, facts: Facts): boolean {
  if (s.procedure === 'GENERAL_PENALTY') {
    if (action === 'serve_prenotice' || action === 'serve_prenotice_with_hearing_right') {
      const eligible = hearingRightApplies(s, facts.proposedPenalty as Parameters<typeof hearingRightApplies>[1]);
      return eligible === (action === 'serve_prenotice_with_hearing_right');
    }
    if (action === 'request_hearing') return getPath(facts, 'hearing.offered') === true;
  }
  if (s.procedure === 'COERCIVE_EXECUTION') {
    const power = facts.agencyHasExecutionPower !== false;
    if (['decide_execution', 'immediate_execution', 'decide_substitute'].includes(action)) return power;
    if (action === 'apply_court') return !power;
  }
  return true;
}

const HEARING_STATES = ['HEARING_SCHEDULING', 'HEARING_PENDING'];
const REVIEW_STATES = ['LEGAL_REVIEW', 'UNDER_REVIEW'];
const COURT_STATES = ['COURT_APPLIED', 'COURT_RULED'];
const POWER_STATES = ['EXECUTING', 'AGREEMENT', 'SUSPENDED', 'SUBSTITUTE_DECIDED'];

/**
 * Facts of the case as registered, beyond the playbook's: most agencies have no coercive execution power of their
 * own for fines and apply to the court once the remedy periods expired (ACL-53, the day recorded at registration);
 * a case meant to wait for its legal review is a complex one (APL-58(3)).
 */
export function registrationFacts(
  rng: Rng,
  procedure: ProcedureId,
  facts: Facts,
  clueOn: IsoDate,
  pinned: string | null,
): Facts {
  if (procedure === 'GENERAL_PENALTY' && pinned && REVIEW_STATES.includes(pinned))
    return { ...facts, complexOrMajor: true };
  if (procedure !== 'COERCIVE_EXECUTION') return facts;
  const fine = getPath(facts, 'obligation.kind') === 'FINE';
  let power = !rng.chance(fine ? 0.7 : 0.2);
  if (pinned && COURT_STATES.includes(pinned)) power = false;
  if (pinned && POWER_STATES.includes(pinned)) power = true;
  if (power) return facts;
  const expired = new Date(Date.parse(`${clueOn}T00:00:00Z`) - rng.int(1, 30) * 86_400_000).toISOString().slice(0, 10);
  return { ...facts, agencyHasExecutionPower: false, court: { remedyWindowsExpiredOn: expired } };
}

/** The officer's patch, adjusted: a case meant to reach a hearing proposes a fine at or above the threshold. */
export function adjustPatch(
  rng: Rng,
  procedure: ProcedureId,
  action: string,
  patch: Facts,
  pinned: string | null,
  profile: ResolvedProfile,
  category: string,
  partyKind: 'NATURAL_PERSON' | 'ORGANISATION',
): Facts {
  if (procedure !== 'GENERAL_PENALTY' || action !== 'propose_penalty' || !pinned || !HEARING_STATES.includes(pinned))
    return patch;
  const t = hearingThreshold(profile, category, partyKind);
  if (!t) return { proposedPenalty: { types: ['ORDER_SUSPEND_PRODUCTION'] } };
  return { proposedPenalty: { types: ['FINE'], fineFen: t.fineFen + rng.int(0, 200) * 10_000 } };
}

/** The earliest day an action can lawfully be tried, where the server computes it from the facts (ACL-54). */
export function earliestFor(procedure: ProcedureId, action: string, facts: Facts, s: ClockSettings): IsoDate | null {
  if (procedure !== 'COERCIVE_EXECUTION' || action !== 'apply_court') return null;
  const served = getPath(facts, 'cuiGao.servedOn');
  if (typeof served !== 'string') return null;
  return computeDue('ACL-54', served as IsoDate, new Date(), [], [], s, facts).dueOn;
}

/** What the case file of a case still lacks, as assembleCaseFile computes it from the case's rows. */
export function fileMissing(
  procedure: ProcedureId,
  f: Omit<CaseFileFacts, 'procedure' | 'producedByActions'>,
): ReturnType<typeof caseFileMissing> {
  const def = PROCEDURES[procedure];
  const produced = new Set<string>();
  for (const a of f.actions) {
    const t = def.transitions.find((x) => x.action === a);
    for (const d of t?.documentsProduced ?? []) produced.add(d);
  }
  return caseFileMissing({ ...f, procedure, producedByActions: [...produced] });
}

/** REC-SCOPE (cases.file.ts fileGateRefusal): close and archive need a complete file, less what they produce. */
export function fileGateMissing(
  procedure: ProcedureId,
  state: string,
  action: string,
  f: Omit<CaseFileFacts, 'procedure' | 'producedByActions'>,
): string[] {
  if (action !== 'close' && action !== 'archive') return [];
  const producedNow =
    PROCEDURES[procedure].transitions.find((t) => t.action === action && (t.from as readonly string[]).includes(state))
      ?.documentsProduced ?? [];
  return fileMissing(procedure, f)
    .filter((m) => !producedNow.includes(m.code))
    .map((m) => m.code);
}
