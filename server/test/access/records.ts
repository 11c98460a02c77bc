import { BUSINESS_READERS, type RoleName } from './roles';

/**
 * Full-process records routes (issue 3): who may call each.
 *   record.read    — every business role; the supervisor across its region (read only)
 *   record.create  — those who collect and record: officer, unit head, agency head
 *   record.manage  — legal hold and disposal (request and approval by two different people):
 *                    unit head and agency head
 *   device.read / device.manage — the device register and its use ledger
 *   access.read    — the access register: the supervisor (its region) and the audit administrator
 */
const RECORD_READERS: RoleName[] = BUSINESS_READERS;
const RECORD_CREATORS: RoleName[] = ['OFFICER', 'UNIT_HEAD', 'AGENCY_HEAD'];
const RECORD_MANAGERS: RoleName[] = ['UNIT_HEAD', 'AGENCY_HEAD'];
const DEVICE_MANAGERS: RoleName[] = ['UNIT_HEAD', 'AGENCY_HEAD'];

export const RECORDS_ACCESS: Record<string, RoleName[]> = {
  'POST /api/records': RECORD_CREATORS,
  'GET /api/records': RECORD_READERS,
  'GET /api/records/:id': RECORD_READERS,
  'GET /api/records/:id/files/:fileId/content': RECORD_READERS,
  'GET /api/records/:id/files/:fileId/download': RECORD_READERS,
  'PATCH /api/records/:id/metadata': RECORD_CREATORS,
  'POST /api/records/:id/share': RECORD_READERS,
  'POST /api/records/:id/legal-hold': RECORD_MANAGERS,
  'POST /api/records/:id/disposal': RECORD_MANAGERS,
  'POST /api/records/:id/disposal/:requestId/decision': RECORD_MANAGERS,
  'GET /api/access-register': ['SUPERVISOR', 'AUDIT_ADMIN'],
  'GET /api/devices': BUSINESS_READERS,
  'POST /api/devices': DEVICE_MANAGERS,
  'GET /api/devices/:id': BUSINESS_READERS,
  'POST /api/devices/:id/checkout': DEVICE_MANAGERS,
  'POST /api/devices/:id/return': DEVICE_MANAGERS,
};
