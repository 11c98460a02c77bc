import type { RoleName } from './roles';

/**
 * Case routes (issue 5): who may call each.
 *   case.read — officers, unit and agency heads, legal reviewers (their agency), supervisors (their region)
 *   case.create — officers, unit and agency heads
 *   case.act — officers, unit and agency heads, legal reviewers; which action each may fire is the procedure
 *     definition's business (a refusal is 422 REFUSED, which the matrix counts as "allowed" — the route was reached)
 * Object routes answer another agency's or an unknown case with 404, which the matrix counts as "allowed".
 */
const READERS: RoleName[] = ['OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD', 'LEGAL_REVIEWER', 'SUPERVISOR'];
const CREATORS: RoleName[] = ['OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD'];
const ACTORS: RoleName[] = ['OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD', 'LEGAL_REVIEWER'];

export const CASES_ACCESS: Record<string, RoleName[]> = {
  'GET /api/cases': READERS,
  'GET /api/cases/unit-alerts': READERS,
  'POST /api/cases': CREATORS,
  'GET /api/cases/:id': READERS,
  'GET /api/cases/:id/file': READERS,
  'GET /api/cases/:id/file/bundle': READERS,
  'POST /api/cases/:id/actions': ACTORS,
  'POST /api/cases/:id/parties': ACTORS,
  'POST /api/cases/:id/agents': ACTORS,
  'PUT /api/cases/:id/officers': ACTORS,
  'POST /api/cases/:id/records': ACTORS,
  'POST /api/cases/:id/av-exemptions': ACTORS,
  'POST /api/cases/:id/av-exemptions/:exemptionId/approve': ACTORS,
  'POST /api/cases/:id/clocks/extensions': ACTORS,
  'POST /api/cases/:id/clocks/pauses': ACTORS,
};
