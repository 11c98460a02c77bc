import type { Config } from '../../../platform/config';
import type { Database } from '../../../platform/db';
import type { BlobStore } from '../storage/blob-store';

/** Resumable uploads (tus) and ingest into the file store. */
export class IngestService {
  constructor(
    readonly database: Database,
    readonly config: Config,
    readonly blobStore: BlobStore,
  ) {}
}
