import type { Config } from '../../platform/config';
import type { Database } from '../../platform/db';
import type { BlobStore } from './storage/blob-store';

/** Evidence and audio-video records: metadata versions, files, custody, access, retention. */
export class RecordsService {
  constructor(
    readonly database: Database,
    readonly config: Config,
    readonly blobStore: BlobStore,
  ) {}
}
