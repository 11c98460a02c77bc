import { ALL, BUSINESS_READERS, type RoleName } from './roles';

/**
 * Procedure definitions and flowcharts (issue 5 §5): who may call each.
 *   /api/procedures         — case.read: every business role (the supervisor too); not the three administrators
 *   /api/public/procedures  — everyone, no session: the flowchart is ex-ante publicity (事前公示)
 */
export const PROCEDURES_ACCESS: Record<string, RoleName[]> = {
  'GET /api/procedures': BUSINESS_READERS,
  'GET /api/procedures/:id': BUSINESS_READERS,
  'GET /api/public/procedures/:id/flowchart.svg': ALL,
};
