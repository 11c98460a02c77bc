import { AsyncLocalStorage } from 'node:async_hooks';
import { type FileHandle, open } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../../platform/auth/permissions';
import { BLOCK_SIZE, type DigestPool, type DigestSession } from './digest-pool';

/** Per-request facts the tus hooks and the store need; set around each call into the tus server. */
export interface TusCall {
  actor: Actor;
  /** The upload the route checked (HEAD/PATCH/DELETE); the tus server acts on this id only. */
  uploadId: string | undefined;
  checksum: ChecksumClaim | null;
  log: FastifyBaseLogger;
}
export const tusCall = new AsyncLocalStorage<TusCall>();

/** tus checksum extension: algorithms we verify (advertised in Tus-Checksum-Algorithm). */
export const CHECKSUM_ALGORITHMS = ['sha1', 'sha256'] as const;
export interface ChecksumClaim {
  algorithm: (typeof CHECKSUM_ALGORITHMS)[number];
  /** base64, as sent */
  digest: string;
}

/** Parses `Upload-Checksum: <algorithm> <base64>`; an unknown algorithm or bad value is an error. */
export function parseUploadChecksum(header: string | undefined): ChecksumClaim | null | { error: string } {
  if (header === undefined) return null;
  const m = /^([a-z0-9-]+) ([A-Za-z0-9+/]+={0,2})$/.exec(header.trim());
  if (!m) return { error: 'Upload-Checksum 格式错误，应为“算法 Base64摘要”' };
  const algorithm = m[1] as ChecksumClaim['algorithm'];
  if (!CHECKSUM_ALGORITHMS.includes(algorithm)) {
    return { error: `不支持的校验算法 ${m[1]}，支持：${CHECKSUM_ALGORITHMS.join('、')}` };
  }
  return { algorithm, digest: m[2] };
}

/** An error the tus server answers with (status and a JSON body in the API's error shape). */
export interface TusFailure {
  status_code: number;
  body: string;
}
export function tusFailure(status: number, code: string, message: string): TusFailure {
  return { status_code: status, body: JSON.stringify({ error: { code, message, fields: [] } }) };
}
export const isTusFailure = (e: unknown): e is TusFailure =>
  typeof e === 'object' && e !== null && 'status_code' in e && 'body' in e;

/** Start flushing to disk after this many new bytes (one flush in flight at a time). */
const SYNC_EVERY = 16 * 1024 * 1024;

/**
 * Copies a byte stream into `fh` at `start` and feeds it to the digest session, in 1 MiB blocks.
 * Hashing and writing overlap: a copy of each block goes to the SM3 worker at once, while the
 * disk writes run one after another in a chain — strictly in order, so the file never has a hole
 * and its size is always a prefix that was really received — and each written block then goes to
 * the SHA-256 worker. Durability: a flush
 * (fdatasync) is started every 16 MiB without waiting for it, so the kernel writes back while the
 * next bytes arrive instead of all at once at the end; all writes and a last flush are awaited
 * before returning, so the offset acknowledged to the client is on disk. Returns the bytes written.
 */
export async function writeHashed(
  source: AsyncIterable<Uint8Array>,
  fh: FileHandle,
  start: number,
  session: DigestSession,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<number> {
  session.begin();
  let block: ArrayBuffer | null = null;
  let view = new Uint8Array(0);
  let fill = 0;
  let position = start;
  let sinceSync = 0;
  let failure: unknown = null;
  let writing: Promise<void> = Promise.resolve();
  let syncing: Promise<void> | null = null;
  const startSync = () => {
    if (syncing) return;
    sinceSync = 0;
    syncing = fh
      .datasync()
      .catch((err) => {
        failure ??= err;
      })
      .finally(() => {
        syncing = null;
      });
  };
  const writeBlock = async (buf: ArrayBuffer, len: number, at: number) => {
    try {
      if (failure) return;
      const data = new Uint8Array(buf, 0, len);
      for (let done = 0; done < len; ) {
        const { bytesWritten } = await fh.write(data, done, len - done, at + done);
        done += bytesWritten;
      }
      sinceSync += len;
      if (sinceSync >= SYNC_EVERY) startSync();
    } catch (err) {
      failure ??= err;
    }
  };
  const flush = async () => {
    if (failure) throw failure;
    const full = block as ArrayBuffer;
    const len = fill;
    const at = position;
    block = null;
    position += len;
    writing = writing.then(() => writeBlock(full, len, at));
    await session.feed(full, len, writing);
  };
  try {
    block = await session.acquire();
    view = new Uint8Array(block);
    for await (const chunk of source) {
      if (position - start + fill + chunk.length > maxBytes) throw new RangeError('too many bytes');
      for (let off = 0; off < chunk.length; ) {
        const n = Math.min(chunk.length - off, BLOCK_SIZE - fill);
        view.set(chunk.subarray(off, off + n), fill);
        fill += n;
        off += n;
        if (fill === BLOCK_SIZE) {
          await flush();
          block = await session.acquire();
          view = new Uint8Array(block);
          fill = 0;
        }
      }
    }
    if (fill > 0) await flush();
    await writing;
    await syncing;
    if (failure) throw failure;
    await fh.datasync();
    return position - start;
  } finally {
    if (block) session.release(block);
    // never leave a write or a flush running on a handle the caller is about to close
    await writing;
    await syncing;
    session.end();
  }
}

/**
 * The tus file store (partial files and their `.json` info under the upload folder) with
 * digests computed while the bytes arrive, and the checksum extension.
 *
 * Resuming after a restart: the worker states died with the old process. When a PATCH arrives
 * for an upload without a live session (or whose session does not end at the stored offset), the
 * durably stored prefix is first re-hashed from disk in the workers, then the new bytes follow.
 * The same happens when a write failed half-way (the state is then uncertain, so it is dropped).
 *
 * Checksum extension: with `Upload-Checksum`, the state is remembered before the PATCH; if the
 * received bytes do not match, the file is truncated back to the old offset, the state is rolled
 * back, and the answer is 460 — nothing of that PATCH is kept.
 */
export class HashingFileStore extends FileStore {
  /**
   * Expiry is not the tus store's: the `uploads` row holds expires_at, the service refuses an
   * expired upload (410) and the hourly job deletes its bytes. (The tus expiration extension would
   * also re-read an upload that creation-with-upload has just finished and moved away.)
   */
  constructor(
    directory: string,
    private readonly pool: DigestPool,
    private readonly onTerminated: (id: string) => Promise<void>,
  ) {
    super({ directory, expirationPeriodInMilliseconds: 0 });
    this.extensions = ['creation', 'creation-with-upload', 'termination', 'checksum'];
  }

  /** Upload ids are server-made UUIDs; the partial file is <upload folder>/<id>. */
  pathOf(id: string): string {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`invalid upload id ${id}`);
    return path.join(this.directory, id);
  }

  /** The live digest session of the upload, rebuilt from the stored bytes when missing. */
  async sessionAt(id: string, offset: number): Promise<DigestSession> {
    const live = this.pool.get(id);
    if (live && live.offset === offset) return live;
    const session = this.pool.open(id);
    try {
      if (offset > 0) await session.rehash(this.pathOf(id), offset);
    } catch (err) {
      session.fail(err as Error);
      throw err;
    }
    return session;
  }

  override async write(readable: Readable, id: string, offset: number): Promise<number> {
    const checksum = tusCall.getStore()?.checksum ?? null;
    const session = await this.sessionAt(id, offset);
    let mismatch = false;
    const fh = await open(this.pathOf(id), 'r+');
    try {
      if (checksum) await session.mark(checksum.algorithm);
      const written = await writeHashed(readable, fh, offset, session);
      if (checksum) {
        const received = Buffer.from((await session.chunkDigest()) ?? '', 'base64');
        if (!received.equals(Buffer.from(checksum.digest, 'base64'))) {
          await fh.truncate(offset);
          await fh.sync();
          await session.rollback();
          mismatch = true;
          throw tusFailure(
            460,
            'CHECKSUM_MISMATCH',
            `本段数据的 ${checksum.algorithm} 校验和不一致，未保存，请重新发送`,
          );
        }
      }
      return offset + written;
    } catch (err) {
      if (!mismatch) this.pool.drop(id);
      throw err;
    } finally {
      await fh.close();
    }
  }

  /** tus termination (DELETE by the uploader); the service records why, before the 204 goes out. */
  override async remove(id: string): Promise<void> {
    this.pool.drop(id);
    await super.remove(id);
    await this.onTerminated(id);
  }
}
