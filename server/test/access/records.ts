import type { RoleName } from './roles';

/** Full-process records routes (issue 3): who may call each. Filled in with the routes. */
export const RECORDS_ACCESS: Record<string, RoleName[]> = {};
