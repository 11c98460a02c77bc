import type { Database } from '../../../platform/db';
import type { LedgerService } from '../../../platform/ledger/ledger.service';
import type { BlobStore } from '../storage/blob-store';

/** 电子证据包: original files, manifest, custody log, inclusion proofs and a signed checkpoint, as one zip. */
export class EvidencePackageService {
  constructor(
    readonly database: Database,
    readonly blobStore: BlobStore,
    readonly ledger: LedgerService,
  ) {}
}
