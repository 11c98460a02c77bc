import type { Config } from '../config';
import type { Database } from '../db';

/** The Merkle log over the audit ledger: sequencing, proofs and signed checkpoints. */
export class LedgerService {
  constructor(
    readonly database: Database,
    readonly config: Config,
  ) {}
}
