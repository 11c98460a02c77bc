/**
 * Every procedure definition by id, for the server (cases, flowcharts) and the web app. A case names its procedure
 * by id; adding a procedure means adding its definition here.
 */
import { CLOCK_RULES } from './clock-rules.js';
import { COERCIVE_EXECUTION_PROCEDURE } from './coercive-execution.js';
import { COERCIVE_MEASURE_PROCEDURE } from './coercive-measure.js';
import { CRIMINAL_TRANSFER_PROCEDURE } from './criminal-transfer.js';
import type { ProcedureContext, ProcedureDefinition } from './engine.js';
import { GENERAL_PENALTY_PROCEDURE } from './general-penalty.js';
import { INSPECTION_PROCEDURE } from './inspection.js';
import { LICENCE_PROCEDURE } from './licence.js';
import { SUMMARY_PENALTY_PROCEDURE } from './summary-penalty.js';

export const PROCEDURE_IDS = [
  'GENERAL_PENALTY',
  'SUMMARY_PENALTY',
  'COERCIVE_MEASURE',
  'COERCIVE_EXECUTION',
  'LICENCE',
  'INSPECTION',
  'CRIMINAL_TRANSFER',
] as const;
export type ProcedureId = (typeof PROCEDURE_IDS)[number];

// biome-ignore lint/suspicious/noExplicitAny: a registry of definitions over different state/action/context types.
export type AnyProcedureDefinition = ProcedureDefinition<string, string, any>;

export const PROCEDURES: Record<ProcedureId, AnyProcedureDefinition> = {
  GENERAL_PENALTY: GENERAL_PENALTY_PROCEDURE,
  SUMMARY_PENALTY: SUMMARY_PENALTY_PROCEDURE,
  COERCIVE_MEASURE: COERCIVE_MEASURE_PROCEDURE,
  COERCIVE_EXECUTION: COERCIVE_EXECUTION_PROCEDURE,
  LICENCE: LICENCE_PROCEDURE,
  INSPECTION: INSPECTION_PROCEDURE,
  CRIMINAL_TRANSFER: CRIMINAL_TRANSFER_PROCEDURE,
};

export const isProcedureId = (v: string): v is ProcedureId => (PROCEDURE_IDS as readonly string[]).includes(v);

/**
 * Clocks the definitions start that have no fixed duration in CLOCK_RULES: the deferral's end is set by the
 * approval (APL-66), and the surcharge (APL-72-1) accrues daily until it reaches the fine rather than expiring.
 */
export const CLOCKS_WITHOUT_FIXED_DUE: readonly string[] = ['APL-66', 'APL-72-1'];

/** Every clock rule a definition starts must be computable: in CLOCK_RULES or explicitly without a fixed due date. */
export function unknownClockRules(def: ProcedureDefinition<string, string, ProcedureContext>): string[] {
  const out = new Set<string>();
  for (const t of def.transitions) {
    for (const s of t.clocks?.start ?? []) {
      if (!(s.rule in CLOCK_RULES) && !CLOCKS_WITHOUT_FIXED_DUE.includes(s.rule)) out.add(s.rule);
    }
  }
  return [...out];
}
