import { createReadStream } from 'node:fs';
import { stat as statFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { PutObjectCommandInput, S3Client } from '@aws-sdk/client-s3';
import type { BlobStore } from './blob-store';

// The AWS SDK is loaded on first use (about 25 MB of memory): a deployment on the local folder
// store never loads it.
type Sdk = typeof import('@aws-sdk/client-s3') & { Upload: typeof import('@aws-sdk/lib-storage').Upload };
let sdkLoading: Promise<Sdk> | null = null;
const loadSdk = (): Promise<Sdk> =>
  (sdkLoading ??= Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/lib-storage')]).then(([s3, storage]) => ({
    ...s3,
    Upload: storage.Upload,
  })));

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket?: string;
  accessKey?: string;
  secretKey?: string;
  forcePathStyle: boolean;
}

const SHA256 = /^[0-9a-f]{64}$/;
/** Multipart part size. lib-storage holds at most QUEUE_SIZE + 1 parts in memory (48 MiB). */
export const S3_PART_SIZE = 16 * 1024 * 1024;
const QUEUE_SIZE = 2;

/** Bytes skip … skip+length-1 of a stream. */
async function* slice(source: Readable, skip: number, length: number): AsyncGenerator<Buffer> {
  let pos = 0;
  const end = skip + length;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const from = Math.max(0, skip - pos);
      const to = Math.min(chunk.length, end - pos);
      if (to > from) yield chunk.subarray(from, to);
      pos += chunk.length;
      if (pos >= end) break;
    }
  } finally {
    source.destroy();
  }
}

const statusOf = (err: unknown): number | undefined =>
  (err as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;

/**
 * S3-compatible object store (MinIO, Ceph, a cloud OSS) through @aws-sdk/client-s3. Objects are
 * keyed `objects/<sha256>`. A put never overwrites: HeadObject first, then the PUT (or the
 * CompleteMultipartUpload) carries `If-None-Match: *`, which S3 and MinIO enforce (412 when the key
 * exists). Stores that ignore the header (s3rver, older gateways) could, in a race between two
 * puts of the same content, write the object twice — harmless, since the key is the content hash
 * and both writes carry the same bytes. Stores that refuse the header (501) are retried without it.
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 'S3' as const;
  private client: S3Client | null = null;
  private readonly bucket: string;
  /** Set once the store has answered 501 to a conditional write. */
  private conditionalWrites = true;

  constructor(private readonly settings: S3Settings) {
    if (!settings.bucket) throw new Error('S3 store: bucket is not configured');
    this.bucket = settings.bucket;
  }

  private async sdk(): Promise<{ sdk: Sdk; client: S3Client }> {
    const sdk = await loadSdk();
    const settings = this.settings;
    this.client ??= new sdk.S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKey && settings.secretKey
          ? { accessKeyId: settings.accessKey, secretAccessKey: settings.secretKey }
          : undefined,
      // Flexible checksums (aws-chunked trailers) are not understood by every S3-compatible
      // store; our own SHA-256/SM3 cover integrity, and the size is checked after each put.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    return { sdk, client: this.client };
  }

  private keyOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`invalid object address ${sha256}`);
    return `objects/${sha256}`;
  }

  async putFile(localPath: string, sha256: string, size: number): Promise<{ stored: boolean }> {
    const Key = this.keyOf(sha256);
    if (await this.stat(sha256)) return { stored: false };
    const actual = (await statFile(localPath)).size;
    if (actual !== size) throw new Error(`S3 store: ${localPath} has ${actual} bytes, expected ${size}`);
    try {
      await this.upload(localPath, Key, size, this.conditionalWrites);
    } catch (err) {
      if (statusOf(err) === 412 || (err as Error).name === 'PreconditionFailed') return { stored: false };
      if (statusOf(err) !== 501 || !this.conditionalWrites) throw err;
      this.conditionalWrites = false;
      await this.upload(localPath, Key, size, false);
    }
    const stored = await this.stat(sha256);
    if (stored?.size !== size) throw new Error(`S3 store: object ${Key} has ${stored?.size ?? 'no'} bytes after put`);
    return { stored: true };
  }

  /** Streams from the local file; lib-storage switches to multipart above one part. */
  private async upload(localPath: string, Key: string, size: number, conditional: boolean): Promise<void> {
    const { sdk, client } = await this.sdk();
    const params: PutObjectCommandInput = {
      Bucket: this.bucket,
      Key,
      Body: createReadStream(localPath, { highWaterMark: 1 << 20 }),
      ContentLength: size,
      ContentType: 'application/octet-stream',
      ...(conditional ? { IfNoneMatch: '*' } : {}),
    };
    await new sdk.Upload({ client, params, partSize: S3_PART_SIZE, queueSize: QUEUE_SIZE }).done();
  }

  async get(sha256: string, range?: { start: number; end: number }): Promise<Readable> {
    const Key = this.keyOf(sha256);
    const { sdk, client } = await this.sdk();
    const out = await client.send(
      new sdk.GetObjectCommand({
        Bucket: this.bucket,
        Key,
        ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
      }),
    );
    const body = out.Body;
    if (!body) throw new Error(`S3 store: object ${sha256} has no body`);
    const stream = body instanceof Readable ? body : Readable.fromWeb(body as never);
    if (!range) return stream;
    // Some S3-compatible servers answer a range only partly (s3rver reads `bytes=0-0` as the whole
    // object) or not at all (200 with everything): cut what was asked for out of what came back.
    const wanted = range.end - range.start + 1;
    const returnedStart = Number(/^bytes (\d+)-/.exec(out.ContentRange ?? '')?.[1] ?? 0);
    const skip = range.start - returnedStart;
    if (skip === 0 && Number(out.ContentLength) === wanted) return stream;
    if (skip < 0) throw new Error(`S3 store: object ${sha256}: server answered another range (${out.ContentRange})`);
    return Readable.from(slice(stream, skip, wanted));
  }

  async stat(sha256: string): Promise<{ size: number } | null> {
    const Key = this.keyOf(sha256);
    const { sdk, client } = await this.sdk();
    try {
      const head = await client.send(new sdk.HeadObjectCommand({ Bucket: this.bucket, Key }));
      return { size: Number(head.ContentLength ?? 0) };
    } catch (err) {
      if (statusOf(err) === 404 || (err as Error).name === 'NotFound') return null;
      throw err;
    }
  }

  /** Only an approved disposal calls this (the tombstone keeps the digests). */
  async dispose(sha256: string): Promise<void> {
    const Key = this.keyOf(sha256);
    const { sdk, client } = await this.sdk();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key }));
  }

  async check(): Promise<{ ok: boolean; detail: string }> {
    const where = `${this.settings.endpoint ?? 'aws'}/${this.bucket}`;
    try {
      const { sdk, client } = await this.sdk();
      await client.send(new sdk.HeadBucketCommand({ Bucket: this.bucket }));
      return { ok: true, detail: where };
    } catch (err) {
      return { ok: false, detail: `${where}: ${(err as Error).name} ${statusOf(err) ?? ''}`.trim() };
    }
  }

  destroy(): void {
    this.client?.destroy();
  }
}
