import type { RoleName } from './roles';

/**
 * Upload (tus) routes (issue 3): who may call each. All need record.create — those who collect
 * and record: officer, unit head, agency head. The upload itself belongs to its creator (others
 * get the not-found answer, checked in ingest.test.ts); HEAD /api/uploads/:id is the HEAD sibling
 * of the GET route and shares its access.
 */
const RECORD_CREATORS: RoleName[] = ['OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD'];

export const INGEST_ACCESS: Record<string, RoleName[]> = {
  'POST /api/uploads': RECORD_CREATORS,
  'GET /api/uploads/:id': RECORD_CREATORS,
  'PATCH /api/uploads/:id': RECORD_CREATORS,
  'DELETE /api/uploads/:id': RECORD_CREATORS,
  'POST /api/uploads/simple': RECORD_CREATORS,
};
