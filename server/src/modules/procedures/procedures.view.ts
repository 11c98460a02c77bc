import {
  type AnyProcedureDefinition,
  DOCUMENT_NAMES,
  isProcedureId,
  PROCEDURE_IDS,
  PROCEDURES,
  type ProcedureId,
  RULE_AV_REQUIRED,
  RULE_DOCUMENTS_REQUIRED,
} from '@zhifa/domain';
import { roleLabel, transitionTargets } from './flowchart.model';

/**
 * Procedure definitions as plain data for the API and the portal (issue 5 §5): read straight from the registry
 * the engine uses, so what is published is what is enforced. Guards are functions; only their rule ID and
 * Chinese label leave the server.
 */

export interface RuleLabel {
  rule: string;
  label: string;
}

export interface DocumentRef {
  code: string;
  name: string;
}

export const documentRef = (code: string): DocumentRef => ({ code, name: DOCUMENT_NAMES[code] ?? code });

export interface ProcedureSummaryView {
  id: string;
  name: string;
  stateCount: number;
  transitionCount: number;
  /** Public flowchart (no login): add `?current=STATE` to highlight a state. */
  flowchartUrl: string;
}

export interface ProcedureTransitionView {
  action: string;
  label: string;
  from: string[];
  /** Every state the action may lead to (one, or the declared targets of a computed `to`). */
  to: string[];
  roles: string[];
  roleLabels: string[];
  guards: RuleLabel[];
  /** Documents (DOMAIN §5.1 codes with their names) the action generates, and those it needs in the file. */
  documentsProduced: DocumentRef[];
  documentsRequired: DocumentRef[];
  avRequired: boolean;
  clocks: { start: { rule: string; trigger: string }[]; stop: string[]; pause: string[]; resume: string[] };
}

export interface ProcedureDefinitionView extends ProcedureSummaryView {
  initial: string;
  terminal: string[];
  states: { id: string; label: string; initial: boolean; terminal: boolean }[];
  transitions: ProcedureTransitionView[];
  /** Every rule ID a refusal of this procedure may cite, with its Chinese label(s) — the flowchart's legend. */
  rules: RuleLabel[];
}

/** The public flowchart URL (stable: the staff app links to it beside a case). */
export function flowchartUrl(id: string, current?: string): string {
  const base = `/api/public/procedures/${encodeURIComponent(id)}/flowchart.svg`;
  return current ? `${base}?current=${encodeURIComponent(current)}` : base;
}

export function procedureOf(id: string): AnyProcedureDefinition | null {
  return isProcedureId(id) ? PROCEDURES[id] : null;
}

export function procedureSummary(def: AnyProcedureDefinition): ProcedureSummaryView {
  return {
    id: def.id,
    name: def.name,
    stateCount: def.states.length,
    transitionCount: def.transitions.length,
    flowchartUrl: flowchartUrl(def.id),
  };
}

export function listProcedures(): ProcedureSummaryView[] {
  return PROCEDURE_IDS.map((id: ProcedureId) => procedureSummary(PROCEDURES[id]));
}

/** Rule IDs in reading order: APL-9 before APL-36 before APL-64-1 (numbers compared as numbers). */
export function compareRules(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Labels the engine itself uses for refusals that are not guards (DOMAIN §4.2, §5.1). */
const ENGINE_RULES: Record<string, string> = {
  [RULE_AV_REQUIRED]: '须全程音像记录，或经批准记录未记录的理由',
  [RULE_DOCUMENTS_REQUIRED]: '案卷中须已有规定的文书',
};

/**
 * The legend of a procedure: every guard's rule ID with its label, as the guard itself states it (a rule cited
 * by two guards, e.g. ACL-53, lists both), then the engine's own rules when the procedure uses them.
 */
export function ruleLegend(def: AnyProcedureDefinition): RuleLabel[] {
  const seen = new Set<string>();
  const out: RuleLabel[] = [];
  const add = (rule: string, label: string) => {
    const key = `${rule}\u0000${label}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ rule, label });
  };
  for (const t of def.transitions) for (const g of t.guards) add(g.rule, g.label);
  if (def.transitions.some((t) => t.avRequired)) add(RULE_AV_REQUIRED, ENGINE_RULES[RULE_AV_REQUIRED]);
  if (def.transitions.some((t) => t.documentsRequired?.length)) {
    add(RULE_DOCUMENTS_REQUIRED, ENGINE_RULES[RULE_DOCUMENTS_REQUIRED]);
  }
  return out.sort((a, b) => compareRules(a.rule, b.rule));
}

export function procedureDefinition(def: AnyProcedureDefinition): ProcedureDefinitionView {
  return {
    ...procedureSummary(def),
    initial: def.initial,
    terminal: [...def.terminal],
    states: def.states.map((id) => ({
      id,
      label: def.stateLabels[id] ?? id,
      initial: id === def.initial,
      terminal: def.terminal.includes(id),
    })),
    transitions: def.transitions.map((t) => ({
      action: t.action,
      label: def.actionLabels[t.action] ?? t.action,
      from: [...t.from],
      to: transitionTargets(t),
      roles: [...t.roles],
      roleLabels: t.roles.map(roleLabel),
      guards: t.guards.map((g) => ({ rule: g.rule, label: g.label })),
      documentsProduced: (t.documentsProduced ?? []).map(documentRef),
      documentsRequired: (t.documentsRequired ?? []).map(documentRef),
      avRequired: t.avRequired === true,
      clocks: {
        start: (t.clocks?.start ?? []).map((s) => ({ rule: s.rule, trigger: s.trigger })),
        stop: [...(t.clocks?.stop ?? [])],
        pause: [...(t.clocks?.pause ?? [])],
        resume: [...(t.clocks?.resume ?? [])],
      },
    })),
    rules: ruleLegend(def),
  };
}

/**
 * Which procedures an item kind of the 执法事项清单 is handled under (the portal links each catalogue item to
 * its flowcharts). Kinds without a procedure of their own (征收, 给付 …) have none yet.
 */
export const PROCEDURES_BY_ITEM_KIND: Record<string, readonly ProcedureId[]> = {
  PENALTY: ['GENERAL_PENALTY', 'SUMMARY_PENALTY'],
  COERCIVE_MEASURE: ['COERCIVE_MEASURE'],
  COERCIVE_EXECUTION: ['COERCIVE_EXECUTION'],
  LICENSE: ['LICENCE'],
  INSPECTION: ['INSPECTION'],
};
