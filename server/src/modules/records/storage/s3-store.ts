import type { Readable } from 'node:stream';
import type { BlobStore } from './blob-store';

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket?: string;
  accessKey?: string;
  secretKey?: string;
  forcePathStyle: boolean;
}

/** S3-compatible object store (MinIO, Ceph, cloud OSS) through @aws-sdk/client-s3. */
export class S3BlobStore implements BlobStore {
  readonly kind = 'S3' as const;
  constructor(private readonly settings: S3Settings) {}
  async putFile(_localPath: string, _sha256: string, _size: number): Promise<{ stored: boolean }> {
    throw new Error(`S3 store ${this.settings.bucket}: putFile is being built`);
  }
  async get(_sha256: string): Promise<Readable> {
    throw new Error('S3 store: get is being built');
  }
  async stat(_sha256: string): Promise<{ size: number } | null> {
    return null;
  }
  async dispose(_sha256: string): Promise<void> {}
  async check(): Promise<{ ok: boolean; detail: string }> {
    return { ok: false, detail: 'S3 store is being built' };
  }
}
