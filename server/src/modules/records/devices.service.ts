import type { Database } from '../../platform/db';

/** Recording devices (执法记录仪 …) and their use ledger. */
export class DevicesService {
  constructor(readonly database: Database) {}
}
