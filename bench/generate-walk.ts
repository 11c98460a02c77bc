// How generated cases move through their procedure: which action an officer takes next (weights, loops capped),
// how long it takes (days, skewed), which deadlines it must wait for or beat, and the case's clocks kept in memory
// exactly as server/src/modules/cases/cases.clocks.ts keeps them in case_clocks.
import {
  addDays,
  type ClockInstruction,
  type IsoDate,
  type ResolvedProfile,
  type WorkingCalendar,
} from '@zhifa/domain';
import {
  type ClockSettings,
  computeDue,
  type StoredExtension,
  type StoredPause,
} from '../server/src/modules/cases/cases.clocks';
import { getPath } from '../server/src/modules/cases/cases.facts';
import type { Facts } from './cases-playbook';
import { AFTER_FACT, WORKDAY_ONLY } from './generate-case-support';
import { earliestFor } from './generate-steer';
import type { Rng } from './generate-util';

type Range = readonly [number, number];
const D = (min: number, max: number): Range => [min, max];

/** Days an action takes after the previous one, per procedure (default 0–3). */
export const DELAYS: Record<string, Record<string, Range>> = {
  GENERAL_PENALTY: {
    verify: D(0, 5),
    file: D(1, 7),
    not_file: D(1, 7),
    transfer_criminal: D(5, 40),
    police_declined: D(10, 60),
    conclude: D(7, 40),
    serve_hearing_notice: D(1, 5),
    review_issues_found: D(2, 10),
    review_approved: D(2, 10),
    decide: D(1, 7),
    serve_on_spot: D(0, 0),
    serve_later: D(1, 6),
    approve_deferral: D(3, 12),
    pay_in_full: D(1, 14),
    file_remedy: D(10, 55),
    remedy_upheld: D(30, 90),
    remedy_overturned: D(30, 90),
    refer_enforcement: D(10, 60),
    enforcement_completed: D(20, 120),
    close: D(3, 30),
    archive: D(5, 60),
  },
  SUMMARY_PENALTY: {
    file_with_agency: D(1, 5),
    start_on_spot: D(0, 0),
    inform: D(0, 0),
    hear: D(0, 0),
    issue_form: D(0, 0),
  },
  COERCIVE_MEASURE: {
    approve: D(0, 2),
    execute: D(0, 2),
    emergency_execute: D(0, 1),
    retro_approve: D(0, 0),
    start_testing: D(2, 10),
    testing_done: D(5, 30),
    extend: D(20, 28),
    dispose: D(5, 28),
    crime_transfer: D(3, 20),
  },
  COERCIVE_EXECUTION: {
    serve_cuigao: D(1, 10),
    performed: D(1, 20),
    sign_agreement: D(1, 10),
    breach: D(10, 60),
    suspend: D(5, 30),
    resume: D(30, 180),
    terminate: D(10, 200),
    complete_execution: D(1, 30),
    decide_substitute: D(1, 10),
    perform_substitute: D(5, 15),
    apply_court: D(0, 20),
    court_ruled: D(15, 60),
    court_executed: D(20, 90),
  },
  LICENCE: {
    corrected: D(2, 20),
    hold_hearing: D(5, 15),
    hearing_not_requested: D(5, 10),
    excluded_step_done: D(5, 30),
    extend: D(10, 18),
    grant: D(2, 15),
    refuse: D(2, 15),
    issue_certificate: D(1, 8),
    change: D(60, 700),
    apply_renewal: D(300, 1500),
    grant_renewal: D(5, 20),
    deemed_renewal: D(20, 30),
    refuse_renewal: D(5, 20),
    suspend: D(100, 900),
    suspension_end: D(30, 180),
    revoke_defect: D(200, 1000),
    withdraw: D(200, 1000),
    revoke_penalty: D(200, 1000),
    expire: D(700, 1800),
    cancel: D(10, 60),
  },
  INSPECTION: { start_on_site: D(1, 10), record_findings: D(0, 0), close: D(1, 20) },
  CRIMINAL_TRANSFER: {
    transfer: D(0, 0),
    police_accept: D(1, 3),
    police_decline: D(1, 3),
    reconsideration_accepted: D(3, 10),
    reconsideration_upheld: D(3, 10),
  },
};

/** Relative likelihood of each action where a state has several ways out (default 1). */
export const WEIGHTS: Record<string, Record<string, number>> = {
  GENERAL_PENALTY: {
    file: 12,
    conclude: 40,
    propose_penalty: 12,
    record_statement: 2,
    request_hearing: 5,
    close_statements: 14,
    hold_hearing: 9,
    complete_review: 30,
    review_approved: 12,
    serve_later: 7,
    serve_on_spot: 3,
    pay_in_full: 30,
    mark_overdue: 3,
    refer_enforcement: 3,
    pay_in_full_overdue: 3,
    remedy_upheld: 6,
    close: 10,
  },
  SUMMARY_PENALTY: { start_on_spot: 30, await_payment: 3 },
  COERCIVE_MEASURE: { approve: 8, execute: 10, dispose: 12, testing_done: 5, extend: 2, start_testing: 3 },
  COERCIVE_EXECUTION: {
    serve_cuigao: 8,
    performed: 6,
    decide_execution: 6,
    complete_execution: 8,
    sign_agreement: 2,
    apply_court: 6,
  },
  LICENCE: { accept: 12, incomplete: 3, start_review: 10, grant: 10, issue_certificate: 10, corrected: 10, expire: 2 },
  INSPECTION: { no_issue: 5, order_correction: 3, file_case: 1 },
  CRIMINAL_TRANSFER: { approve_transfer: 9, police_accept: 6, hand_over_items: 5 },
};

/** Actions a case takes at most this often (loops in the definitions). */
export const REPEAT_CAP: Record<string, number> = {
  record_statement: 2,
  renotify: 1,
  review_issues_found: 1,
  approve_deferral: 1,
  extend: 1,
  start_testing: 1,
  change: 2,
  apply_renewal: 2,
  suspend: 1,
  breach: 1,
  file_remedy: 1,
  police_declined: 1,
};

/** Actions that happen only once a clock has run out (DEADLINE: the day after; EARLIEST: on the day). */
export const AFTER: Record<string, Record<string, readonly string[]>> = {
  GENERAL_PENALTY: { close_statements: ['SAMR-5wd', 'APL-64-1'], mark_overdue: ['APL-67', 'APL-66'] },
  COERCIVE_MEASURE: { clock_expired: ['ACL-25'] },
  LICENCE: { deemed_accept: ['ALL-32'] },
};

/**
 * When an action is tried: a skewed delay after the previous step, after the clocks it must wait for (unless the
 * party waived the period), before the deadlines it stops, on the hearing day, after a date the facts record or the
 * server computes (the 催告 deadline, ACL-54), on a working day for coercive execution (ACL-43).
 */
export function actionDate(
  rng: Rng,
  procedure: string,
  t: { action: string; clocks?: { stop?: readonly string[] } },
  date: IsoDate,
  today: IsoDate,
  clocks: readonly SimClock[],
  facts: Facts,
  waive: boolean | undefined,
  s: ClockSettings,
): IsoDate {
  const [lo, hi] = DELAYS[procedure]?.[t.action] ?? [0, 3];
  const after = AFTER[procedure]?.[t.action] ?? [];
  let next = addDaysFast(date, rng.skewed(lo, hi));
  if (!waive) {
    for (const rule of after) {
      const c = clocks.find((x) => x.rule === rule && x.status !== 'STOPPED');
      if (c?.dueOn) {
        const min = c.kind === 'EARLIEST' ? c.dueOn : addDaysFast(c.dueOn, 1);
        if (next < min) next = addDaysFast(min, rng.skewed(0, 3));
      }
    }
  }
  for (const rule of t.clocks?.stop ?? []) {
    if (after.includes(rule)) continue;
    const c = clocks.find((x) => x.rule === rule && x.status === 'RUNNING' && x.kind === 'DEADLINE');
    if (c?.dueOn && c.dueOn >= date && next > c.dueOn) next = c.dueOn;
  }
  if (t.action === 'hold_hearing' || t.action === 'record_hearing_absence') {
    const hd = (facts.hearing as Facts | undefined)?.date as IsoDate | undefined;
    if (hd && hd > next) next = hd;
  }
  const factDate = AFTER_FACT[`${procedure}:${t.action}`];
  if (factDate) {
    const v = getPath(facts, factDate) as IsoDate | undefined;
    if (v && next <= v) next = addDaysFast(v, 1 + rng.skewed(0, 3));
  }
  const earliest = earliestFor(procedure as never, t.action, facts, s);
  if (earliest && next < earliest) next = addDaysFast(earliest, rng.skewed(0, 5));
  if (WORKDAY_ONLY.has(t.action)) while (next <= today && !s.calendar.isWorkingDay(next)) next = addDaysFast(next, 1);
  return next;
}

export interface SimClock {
  id: string;
  rule: string;
  trigger: string;
  startedOn: IsoDate;
  startedAt: Date;
  dueOn: IsoDate | null;
  dueAt: Date | null;
  kind: 'DEADLINE' | 'EARLIEST';
  status: 'RUNNING' | 'PAUSED' | 'STOPPED';
  pauses: StoredPause[];
  extensions: StoredExtension[];
  stoppedOn: IsoDate | null;
  /** Due date computed with weekends only: the year's holiday schedule is not loaded yet (cases.clocks.ts). */
  provisional: boolean;
}

export function settingsFor(calendar: WorkingCalendar, profile: ResolvedProfile, category: string): ClockSettings {
  return { calendar, profile, category };
}

const momentPath: Record<string, string> = { 'SC310-5-24H': 'approvedAt', 'ACL-19': 'emergency.executedAt' };

/**
 * Applies one action's clock instructions as applyClockInstructions (cases.clocks.ts) does in case_clocks: STOP,
 * PAUSE (kind from the definition or the facts), EXTEND (days from the facts, ALL-42 10 wd), RESUME (the open pause
 * ends the day before; the due date moves where the rule allows), START (replaces a live clock; hour clocks run
 * from the moment the facts record).
 */
export function applyClocks(
  clocks: SimClock[],
  instructions: readonly ClockInstruction[],
  date: IsoDate,
  at: Date,
  s: ClockSettings,
  facts: Facts,
  newId: () => string,
): void {
  const live = (rule: string) => clocks.find((c) => c.rule === rule && c.status !== 'STOPPED');
  const recompute = (row: SimClock) => {
    const due = computeDue(row.rule, row.startedOn, row.startedAt, row.pauses, row.extensions, s, facts);
    row.dueOn = due.dueOn;
    row.dueAt = due.dueAt;
    row.provisional = due.provisional;
  };
  for (const ins of instructions) {
    const row = live(ins.rule);
    if (ins.op === 'START') {
      if (row) {
        row.status = 'STOPPED';
        row.stoppedOn = date;
      }
      const moment = momentPath[ins.rule] ? (getPath(facts, momentPath[ins.rule]) as string | undefined) : undefined;
      const startedAt = moment ? new Date(moment) : at;
      const due = computeDue(ins.rule, date, startedAt, [], [], s, facts);
      clocks.push({
        id: newId(),
        rule: ins.rule,
        trigger: ins.trigger,
        startedOn: date,
        startedAt,
        dueOn: due.dueOn,
        dueAt: due.dueAt,
        kind: due.kind,
        status: 'RUNNING',
        pauses: [],
        extensions: [],
        stoppedOn: null,
        provisional: due.provisional,
      });
    } else if (!row) {
    } else if (ins.op === 'STOP') {
      row.status = 'STOPPED';
      row.stoppedOn = date;
    } else if (ins.op === 'PAUSE') {
      if (row.status === 'RUNNING') {
        const kind =
          ins.kind === 'FROM_FACTS'
            ? ((getPath(facts, 'excludedStep.kind') as StoredPause['kind']) ?? 'SUSPENSION')
            : ins.kind;
        row.pauses = [...row.pauses, { from: date, to: null, kind }];
        row.status = 'PAUSED';
      }
    } else if (ins.op === 'EXTEND') {
      const days = ins.rule === 'ALL-42' ? 10 : Number(getPath(facts, 'extension.days') ?? 0);
      const approvedOn =
        (getPath(facts, 'extension.headApprovedOn') as IsoDate | undefined) ??
        (getPath(facts, 'extension.approvedByHeadOn') as IsoDate | undefined) ??
        date;
      row.extensions = [...row.extensions, { days, approvedBy: 'HEAD', approvedOn }];
      recompute(row);
    } else if (row.status === 'PAUSED') {
      row.pauses = row.pauses.map((p) => (p.to === null ? { ...p, to: addDays(date, -1) } : p));
      try {
        recompute(row);
      } catch {
        // as the app: a rule that excludes no such pause keeps its due date
      }
      row.status = 'RUNNING';
    }
  }
}

/** cases.next_due_on / next_due_rule: the earliest running deadline (refreshNextDue). */
export function nextDue(clocks: readonly SimClock[]): { dueOn: IsoDate; rule: string } | null {
  let best: SimClock | null = null;
  for (const c of clocks) {
    if (c.status !== 'RUNNING' || c.kind !== 'DEADLINE' || !c.dueOn) continue;
    if (!best || c.dueOn < best.dueOn! || (c.dueOn === best.dueOn && c.rule < best.rule)) best = c;
  }
  return best ? { dueOn: best.dueOn!, rule: best.rule } : null;
}

/** n working days after `d`, or n calendar days when the year's holiday schedule is not loaded yet. */
export function workingDaysAfter(calendar: WorkingCalendar, d: IsoDate, n: number): IsoDate {
  try {
    return calendar.addWorkingDays(d, n);
  } catch {
    return addDaysFast(d, n + 2);
  }
}

const DAY = 86_400_000;
/** addDays on ISO dates without validation (hot path). */
export function addDaysFast(d: IsoDate, n: number): IsoDate {
  if (n === 0) return d;
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}
