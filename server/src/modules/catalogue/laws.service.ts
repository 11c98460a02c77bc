import type { Database } from '../../platform/db';

/** The versioned law library. */
export class LawsService {
  constructor(readonly database: Database) {}
}
