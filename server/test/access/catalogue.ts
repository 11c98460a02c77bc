import type { RoleName } from './roles';

/** Catalogue and law library routes (issue 4): who may call each. */
export const CATALOGUE_ACCESS: Record<string, RoleName[]> = {};
