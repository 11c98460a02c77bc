import { ALL, BUSINESS_READERS, type RoleName } from './roles';

/**
 * Ledger, checkpoints and proofs routes (issue 3 §4): who may call each.
 *   ledger.read — system admin, audit admin, supervisor: the checkpoint list and the log status
 *   signing a checkpoint on request — ledger.read AND the SYSTEM_ADMIN role (operating the system,
 *     三员分立; the service refuses the audit admin and the supervisor with 403)
 *   public — anyone, without a session: checkpoints, key, consistency and inclusion proofs
 *   the evidence package — record.read (every business role; the object check in the service
 *     answers another agency's record with 404, which the matrix counts as "allowed")
 */
const LEDGER_READERS: RoleName[] = ['SUPERVISOR', 'SYSTEM_ADMIN', 'AUDIT_ADMIN'];

export const LEDGER_ACCESS: Record<string, RoleName[]> = {
  'GET /api/ledger/checkpoints': LEDGER_READERS,
  'POST /api/ledger/checkpoints': ['SYSTEM_ADMIN'],
  'GET /api/ledger/status': LEDGER_READERS,
  'GET /api/public/ledger/checkpoints': ALL,
  'GET /api/public/ledger/key': ALL,
  'GET /api/public/ledger/consistency': ALL,
  'GET /api/public/ledger/proof/:eventId': ALL,
  'GET /api/records/:id/evidence-package': BUSINESS_READERS,
};
