import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, open, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { BlobStore } from './blob-store';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Objects live at <root>/<aa>/<bb>/<sha256>. A new object is first given a temporary name in the
 * same folder (a hard link to the source when both are on one file system, otherwise a copy),
 * flushed (fsync), then linked into place: link() fails if the name exists, so an object is never
 * overwritten, and a crash leaves at most a temporary file (removed in `finally` otherwise). The
 * source file is left where it was; the caller removes it once the object is recorded, so a
 * failure between storing and recording can be retried.
 */
export class LocalBlobStore implements BlobStore {
  readonly kind = 'LOCAL' as const;

  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`invalid object address ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async putFile(localPath: string, sha256: string, size: number): Promise<{ stored: boolean }> {
    const target = this.pathOf(sha256);
    if (await this.stat(sha256)) return { stored: false };
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
    try {
      try {
        await link(localPath, tmp);
      } catch {
        await copyFile(localPath, tmp);
      }
      const fh = await open(tmp, 'r');
      try {
        await fh.sync();
        const actual = (await fh.stat()).size;
        if (actual !== size) throw new Error(`local store: ${localPath} has ${actual} bytes, expected ${size}`);
      } finally {
        await fh.close();
      }
      try {
        await link(tmp, target);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') return { stored: false };
        throw err;
      }
      const dir = await open(path.dirname(target), 'r');
      await dir.sync().catch(() => undefined);
      await dir.close();
      return { stored: true };
    } finally {
      await unlink(tmp).catch(() => undefined);
    }
  }

  async get(sha256: string, range?: { start: number; end: number }): Promise<Readable> {
    const p = this.pathOf(sha256);
    await stat(p);
    return createReadStream(
      p,
      range ? { start: range.start, end: range.end, highWaterMark: 1 << 20 } : { highWaterMark: 1 << 20 },
    );
  }

  async stat(sha256: string): Promise<{ size: number } | null> {
    const p = this.pathOf(sha256);
    try {
      const s = await stat(p);
      return { size: s.size };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async dispose(sha256: string): Promise<void> {
    await unlink(this.pathOf(sha256)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }

  async check(): Promise<{ ok: boolean; detail: string }> {
    try {
      await mkdir(this.root, { recursive: true });
      const probe = path.join(this.root, `.probe-${randomBytes(4).toString('hex')}`);
      const fh = await open(probe, 'w');
      await fh.close();
      await unlink(probe);
      return { ok: true, detail: this.root };
    } catch (err) {
      return { ok: false, detail: `${this.root}: ${(err as Error).message}` };
    }
  }
}
