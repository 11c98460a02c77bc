import { BUSINESS_READERS, type RoleName } from './roles';

/**
 * documents routes (issue 5): who may call each.
 *   case.read — every business role (the supervisor across its region); the document must still be in one of
 *               the user's agencies (row-level security: otherwise 404)
 *   case.act  — signatures are recorded by those who handle cases: officer, unit head, agency head, legal reviewer
 */
const CASE_ACTORS: RoleName[] = ['OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD', 'LEGAL_REVIEWER'];

export const DOCUMENTS_ACCESS: Record<string, RoleName[]> = {
  'GET /api/documents/:id': BUSINESS_READERS,
  'GET /api/documents/:id/html': BUSINESS_READERS,
  'GET /api/documents/:id/docx': BUSINESS_READERS,
  'POST /api/documents/:id/signatures': CASE_ACTORS,
  'GET /api/document-templates': BUSINESS_READERS,
};
