import type { Readable } from 'node:stream';
import type { Config } from '../../../platform/config';
import { LocalBlobStore } from './local-store';
import { S3BlobStore } from './s3-store';

/**
 * The file store: objects addressed by their SHA-256 (hex), written once (temporary name → flush →
 * link into place, or a completed multipart upload) and never overwritten or deleted through the
 * application — except `dispose`, which only an approved disposal calls.
 */
export interface BlobStore {
  readonly kind: 'LOCAL' | 'S3';
  /**
   * Stores the finished file at `localPath` under `sha256` (its size must be `size`). If the object
   * already exists it is kept and `stored` is false. The source file is left in place; the caller
   * removes it once the object is recorded.
   */
  putFile(localPath: string, sha256: string, size: number): Promise<{ stored: boolean }>;
  /** The object's bytes, or bytes start..end inclusive. Throws if missing. */
  get(sha256: string, range?: { start: number; end: number }): Promise<Readable>;
  stat(sha256: string): Promise<{ size: number } | null>;
  dispose(sha256: string): Promise<void>;
  check(): Promise<{ ok: boolean; detail: string }>;
}

export function createBlobStore(config: Config): BlobStore {
  if (config.storage.kind === 's3') return new S3BlobStore(config.storage.s3);
  return new LocalBlobStore(config.storage.localDir);
}
