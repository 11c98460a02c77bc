import type { Database } from '../../platform/db';

/** The enforcement catalogue: versioned lists per agency and their publication workflow. */
export class CatalogueService {
  constructor(readonly database: Database) {}
}
