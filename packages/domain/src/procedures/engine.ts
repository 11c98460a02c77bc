/**
 * A generic, pure procedure engine (issue 5 §1). A procedure is data: states and transitions, each transition
 * naming the roles that may fire it, its guards (each citing a rule ID from DOMAIN.md), the documents it produces
 * or requires, the clocks (deadlines) it starts, stops, pauses or resumes, and whether audio-video is mandatory.
 * `applyAction` applies one action to a case state; a refusal always carries a code and, for guards, the rule ID.
 * No rule lives outside the definitions and guards: the engine only evaluates what the definition says.
 */
import type { IsoDate } from '../dates.js';
import { ROLE_LABELS, type Role } from '../roles.js';
import { documentName } from './document-names.js';

export type GuardResult = true | { refused: true; message: string };

export interface Guard<C> {
  /** Rule ID from DOMAIN.md, e.g. 'APL-62'. */
  rule: string;
  /** Short Chinese description of what the guard requires (for flowcharts and "why not" lists). */
  label: string;
  check(ctx: C): GuardResult;
}

/** Facts every procedure context carries: who acts, on which date, which documents and AV records exist. */
export interface ProcedureContext {
  actor: { id: string; roles: readonly Role[] };
  /** The date of the action (Asia/Shanghai civil date). */
  date: IsoDate;
  /** Codes (DOMAIN §5.1) of the documents already in the case file. */
  documents?: readonly string[];
  /** A linked audio-video record exists for this activity, or an approved reason for its absence was recorded. */
  avRecorded?: boolean;
}

/** A clock to start: the rule ID identifies the time rule (duration, unit, roll-over) computed in clocks.ts. */
export interface ClockStart {
  rule: string;
  /** The event whose date starts the period, e.g. 'PENALTY_DECISION_SERVED' (DOMAIN §10.4 `trigger`). */
  trigger: string;
}

/** Kinds of excluded interval a PAUSE records (clock-rules PauseKind; the rule must exclude that kind). */
export type ClockPauseKind =
  | 'HEARING'
  | 'PUBLIC_NOTICE'
  | 'TESTING'
  | 'APPRAISAL'
  | 'SUSPENSION'
  | 'TENDER_AUCTION'
  | 'EXPERT_REVIEW';

export type ClockInstruction =
  | { op: 'START'; rule: string; trigger: string }
  | { op: 'PAUSE'; rule: string; kind: ClockPauseKind | 'FROM_FACTS' }
  | { op: 'STOP' | 'RESUME' | 'EXTEND'; rule: string };

export interface Transition<S extends string, A extends string, C> {
  from: readonly S[];
  action: A;
  to: S | ((ctx: C) => S);
  /** When `to` is a function: every state it may return (for validation and flowcharts). */
  targets?: readonly S[];
  roles: readonly Role[];
  guards: readonly Guard<C>[];
  /** Document codes (DOMAIN §5.1) this transition generates. */
  documentsProduced?: readonly string[];
  /** Document codes that must already be in the case file. */
  documentsRequired?: readonly string[];
  clocks?: {
    start?: readonly ClockStart[];
    stop?: readonly string[];
    pause?: readonly string[];
    /** The kind of interval the pause excludes (default SUSPENSION); FROM_FACTS: the case facts name it. */
    pauseKind?: ClockPauseKind | 'FROM_FACTS';
    resume?: readonly string[];
    /** Approved extensions (the length comes from the case facts or the rule's fixed extension). */
    extend?: readonly string[];
  };
  /** Full-process audio-video recording is mandatory for this activity (GO118-AV / REC-AV-FULL). */
  avRequired?: boolean;
}

export interface ProcedureDefinition<S extends string, A extends string, C> {
  id: string;
  /** Chinese name of the procedure. */
  name: string;
  states: readonly S[];
  initial: S;
  /** States with no way out. */
  terminal: readonly S[];
  stateLabels: Record<S, string>;
  actionLabels: Record<A, string>;
  transitions: readonly Transition<S, A, C>[];
}

export type ProcedureEvent =
  | { type: 'TRANSITION'; action: string; from: string; to: string }
  | { type: 'GUARD_PASSED'; rule: string }
  | { type: 'DOCUMENT_PRODUCED'; document: string }
  | { type: 'AV_REQUIRED'; rule: string };

export type RefusalCode = 'ILLEGAL_TRANSITION' | 'ROLE' | 'GUARD';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  rule?: string;
  message: string;
}

export type ApplyResult<S extends string> =
  | { ok: true; state: S; events: ProcedureEvent[]; clocks: ClockInstruction[] }
  | Refusal;

/** Rule ID cited when a required document is missing (the definition lists it in `documentsRequired`). */
export const RULE_DOCUMENTS_REQUIRED = 'DOC-REQUIRED';
/** Rule ID cited when mandatory audio-video is missing (DOMAIN §4.2 REC-AV-FULL, GO118-AV). */
export const RULE_AV_REQUIRED = 'REC-AV-FULL';

function findTransition<S extends string, A extends string, C>(
  def: ProcedureDefinition<S, A, C>,
  state: S,
  action: A,
): Transition<S, A, C> | undefined {
  return def.transitions.find((t) => t.action === action && t.from.includes(state));
}

/** Every reason the transition may not fire for this actor and context (empty when it may). */
function refusals<S extends string, A extends string, C extends ProcedureContext>(
  def: ProcedureDefinition<S, A, C>,
  t: Transition<S, A, C>,
  ctx: C,
  firstOnly: boolean,
): Refusal[] {
  const out: Refusal[] = [];
  if (!t.roles.some((r) => ctx.actor.roles.includes(r))) {
    out.push({
      ok: false,
      code: 'ROLE',
      message: `"${def.actionLabels[t.action]}"只能由以下角色办理：${t.roles.map((r) => ROLE_LABELS[r]).join('、')}`,
    });
    if (firstOnly) return out;
  }
  const have = ctx.documents ?? [];
  const missing = (t.documentsRequired ?? []).filter((d) => !have.includes(d));
  if (missing.length > 0) {
    out.push({
      ok: false,
      code: 'GUARD',
      rule: RULE_DOCUMENTS_REQUIRED,
      message: `案卷缺少必备文书：${missing.map(documentName).join('、')}`,
    });
    if (firstOnly) return out;
  }
  if (t.avRequired && ctx.avRecorded !== true) {
    out.push({
      ok: false,
      code: 'GUARD',
      rule: RULE_AV_REQUIRED,
      message: '该执法活动须全程音像记录，尚未关联音像记录或经批准的未记录理由',
    });
    if (firstOnly) return out;
  }
  for (const g of t.guards) {
    const r = g.check(ctx);
    if (r !== true) {
      out.push({ ok: false, code: 'GUARD', rule: g.rule, message: r.message });
      if (firstOnly) return out;
    }
  }
  return out;
}

function clockInstructions<S extends string, A extends string, C>(t: Transition<S, A, C>): ClockInstruction[] {
  const c = t.clocks;
  if (!c) return [];
  return [
    ...(c.stop ?? []).map((rule): ClockInstruction => ({ op: 'STOP', rule })),
    ...(c.pause ?? []).map((rule): ClockInstruction => ({ op: 'PAUSE', rule, kind: c.pauseKind ?? 'SUSPENSION' })),
    ...(c.resume ?? []).map((rule): ClockInstruction => ({ op: 'RESUME', rule })),
    ...(c.extend ?? []).map((rule): ClockInstruction => ({ op: 'EXTEND', rule })),
    ...(c.start ?? []).map((s): ClockInstruction => ({ op: 'START', rule: s.rule, trigger: s.trigger })),
  ];
}

/**
 * Applies `action` to a case in `state`. Refusals, in order of checking: ILLEGAL_TRANSITION (no transition for
 * this action from this state), ROLE (the actor holds none of the roles), GUARD (missing document, missing AV,
 * or the first failing guard — with its rule ID).
 */
export function applyAction<S extends string, A extends string, C extends ProcedureContext>(
  def: ProcedureDefinition<S, A, C>,
  state: S,
  action: NoInfer<A> | (string & {}),
  ctx: C,
): ApplyResult<S> {
  const t = findTransition(def, state, action as A);
  if (!t) {
    const stateLabel = def.stateLabels[state] ?? state;
    const actionLabel = def.actionLabels[action as A] ?? action;
    return {
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      message: `案件当前处于"${stateLabel}"，不能办理"${actionLabel}"`,
    };
  }
  const refused = refusals(def, t, ctx, true)[0];
  if (refused) return refused;
  const to = typeof t.to === 'function' ? t.to(ctx) : t.to;
  if (t.targets && typeof t.to === 'function' && !t.targets.includes(to)) {
    return {
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      message: `"${def.actionLabels[t.action]}"不能转入"${def.stateLabels[to] ?? to}"`,
    };
  }
  const events: ProcedureEvent[] = [
    { type: 'TRANSITION', action: t.action, from: state, to },
    ...t.guards.map((g): ProcedureEvent => ({ type: 'GUARD_PASSED', rule: g.rule })),
    ...(t.avRequired ? [{ type: 'AV_REQUIRED', rule: RULE_AV_REQUIRED } as const] : []),
    ...(t.documentsProduced ?? []).map((document): ProcedureEvent => ({ type: 'DOCUMENT_PRODUCED', document })),
  ];
  return { ok: true, state: to, events, clocks: clockInstructions(t) };
}

export interface AllowedAction<A extends string> {
  action: A;
  label: string;
  allowed: boolean;
  /** When not allowed: every reason (role, documents, AV, each failing guard with its rule ID). */
  reasons: { code: RefusalCode; rule?: string; message: string }[];
}

/**
 * Every action that leaves `state`, with allowed true/false and, when false, all the reasons — for the case
 * page's "why not". Actions with no transition from `state` are not listed (they would be ILLEGAL_TRANSITION).
 */
export function allowedActions<S extends string, A extends string, C extends ProcedureContext>(
  def: ProcedureDefinition<S, A, C>,
  state: S,
  ctx: C,
): AllowedAction<A>[] {
  const out: AllowedAction<A>[] = [];
  for (const t of def.transitions) {
    if (!t.from.includes(state) || out.some((o) => o.action === t.action)) continue;
    const reasons = refusals(def, t, ctx, false).map(({ code, rule, message }) =>
      rule === undefined ? { code, message } : { code, rule, message },
    );
    out.push({ action: t.action, label: def.actionLabels[t.action], allowed: reasons.length === 0, reasons });
  }
  return out;
}

/** Structural problems of a definition (unknown states, terminal states with exits, unreachable states). */
export function validateDefinition<S extends string, A extends string, C>(def: ProcedureDefinition<S, A, C>): string[] {
  const problems: string[] = [];
  const known = new Set<string>(def.states);
  if (!known.has(def.initial)) problems.push(`初始状态 ${def.initial} 未定义`);
  const reachable = new Set<string>([def.initial]);
  for (const t of def.transitions) {
    for (const f of t.from) {
      if (!known.has(f)) problems.push(`${t.action}: 起始状态 ${f} 未定义`);
      if (def.terminal.includes(f)) problems.push(`${t.action}: 终止状态 ${f} 不应有后续操作`);
    }
    const targets = typeof t.to === 'string' ? [t.to] : (t.targets ?? []);
    if (typeof t.to !== 'string' && targets.length === 0) problems.push(`${t.action}: 未列出可能的目标状态`);
    for (const to of targets) {
      if (!known.has(to)) problems.push(`${t.action}: 目标状态 ${to} 未定义`);
      reachable.add(to);
    }
    if (t.roles.length === 0) problems.push(`${t.action}: 未指定办理角色`);
  }
  for (const s of def.states) if (!reachable.has(s)) problems.push(`状态 ${s} 不可到达`);
  return problems;
}
