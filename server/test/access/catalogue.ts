import { ALL, BUSINESS_READERS, type RoleName, SIGNED_IN } from './roles';

/**
 * Catalogue and law library routes (issue 4): who may call each.
 *   law library      — read by every signed-in user; maintained by the agency head and the system
 *                      administrator (law.manage, global: laws are shared by every agency)
 *   catalogue.read   — every business role; the supervisor across its region
 *   catalogue.edit   — editors: unit head, agency head
 *   catalogue.review — the legal reviewer (approves or returns; never the submitter)
 *   catalogue.publish — the agency head (谁执法谁公示)
 *   /api/public/catalogue — everyone, no session (事前公示)
 */
const LAW_MANAGERS: RoleName[] = ['AGENCY_HEAD', 'SYSTEM_ADMIN'];
const EDITORS: RoleName[] = ['UNIT_HEAD', 'AGENCY_HEAD'];
const REVIEWERS: RoleName[] = ['LEGAL_REVIEWER'];
const PUBLISHERS: RoleName[] = ['AGENCY_HEAD'];

export const CATALOGUE_ACCESS: Record<string, RoleName[]> = {
  'GET /api/laws': SIGNED_IN,
  'GET /api/laws/applicable': SIGNED_IN,
  'GET /api/laws/:id': SIGNED_IN,
  'POST /api/laws': LAW_MANAGERS,
  'POST /api/laws/:id/versions': LAW_MANAGERS,
  'POST /api/laws/import': LAW_MANAGERS,
  'GET /api/catalogue/lists': BUSINESS_READERS,
  'GET /api/catalogue/lists/:id': BUSINESS_READERS,
  'GET /api/catalogue/lists/:id/diff': BUSINESS_READERS,
  'GET /api/catalogue/lists/:id/export': BUSINESS_READERS,
  'POST /api/catalogue/agencies/:agencyId/:listType/draft': EDITORS,
  'PUT /api/catalogue/lists/:id': EDITORS,
  'POST /api/catalogue/lists/:id/submit': EDITORS,
  'POST /api/catalogue/lists/:id/return': REVIEWERS,
  'POST /api/catalogue/lists/:id/approve': REVIEWERS,
  'POST /api/catalogue/lists/:id/publish': PUBLISHERS,
  'GET /api/catalogue/template/:listType': EDITORS,
  'POST /api/catalogue/agencies/:agencyId/:listType/imports': EDITORS,
  'GET /api/catalogue/agencies/:agencyId/:listType/imports/:id': EDITORS,
  'POST /api/catalogue/agencies/:agencyId/:listType/imports/:id/apply': EDITORS,
  'POST /api/catalogue/review-required': BUSINESS_READERS,
  'GET /api/catalogue/agencies/:agencyId/profile': BUSINESS_READERS,
  'GET /api/public/catalogue/search': ALL,
  'GET /api/public/catalogue/agencies/:agencyId': ALL,
  'GET /api/public/catalogue/agencies/:agencyId/:listType': ALL,
  'GET /api/public/catalogue/agencies/:agencyId/:listType/versions': ALL,
  'GET /api/public/catalogue/agencies/:agencyId/:listType/download': ALL,
};
