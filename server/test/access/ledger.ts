import type { RoleName } from './roles';

/** Ledger, checkpoints and proofs routes (issue 3): who may call each. Filled in with the routes. */
export const LEDGER_ACCESS: Record<string, RoleName[]> = {};
