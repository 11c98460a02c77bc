import { createHash } from 'node:crypto';
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { appendAudit, SYSTEM_ACTOR } from '../../platform/audit/audit.service';
import type { Database } from '../../platform/db';
import { blobs, recordFiles } from './records.tables';
import type { BlobStore } from './storage/blob-store';

export type FixityStatus = 'OK' | 'MISMATCH' | 'MISSING';

export interface FixityRun {
  checked: number;
  bytes: number;
  problems: { sha256: string; status: Exclude<FixityStatus, 'OK'> }[];
  /** objects that could not be read for another reason (store unreachable …): left unchanged */
  errors: { sha256: string; message: string }[];
}

export interface FileProblem {
  /** null when no record refers to the object (a completed upload not attached yet) */
  recordId: string | null;
  fileId: string | null;
  sha256: string;
  problem: 'MISMATCH' | 'MISSING';
}

/** What `zhifa verify` reports about the store: every object re-hashed, each broken record file named. */
export interface FilesVerification {
  ok: boolean;
  /** objects re-hashed (not disposed of) and their total size */
  checked: number;
  bytes: number;
  problems: FileProblem[];
}

type Expected = { sha256: string; sm3: string; size: number };

/**
 * Re-hashes one stored object (SHA-256 and SM3 in one streaming pass; memory stays flat whatever
 * the size) and compares with the digests recorded at ingest. The object address is itself the
 * SHA-256, so a single flipped byte changes it.
 */
export async function checkObject(store: BlobStore, b: Expected): Promise<FixityStatus> {
  if (!(await store.stat(b.sha256))) return 'MISSING';
  const sha = createHash('sha256');
  const sm3 = createHash('sm3');
  let size = 0;
  for await (const chunk of await store.get(b.sha256)) {
    const buf = chunk as Buffer;
    sha.update(buf);
    sm3.update(buf);
    size += buf.length;
  }
  return size === b.size && sha.digest('hex') === b.sha256 && sm3.digest('hex') === b.sm3 ? 'OK' : 'MISMATCH';
}

/**
 * The scheduled fixity job (issue 3 §4): re-hashes the objects checked longest ago (never-checked
 * first) until about `maxBytes` have been read — at least one object per run, so an object larger
 * than the pace is still checked. Each result updates the object's status; an audit event
 * (subject `blob:<sha256>`) is written when the status changes or is not OK, so a healthy store does
 * not flood the log.
 */
export async function runFixity(database: Database, store: BlobStore, maxBytes: number): Promise<FixityRun> {
  const candidates = await database.tx({ kind: 'all' }, (tx) =>
    tx
      .select()
      .from(blobs)
      .where(isNull(blobs.disposedAt))
      .orderBy(sql`${blobs.lastFixityAt} ASC NULLS FIRST`, asc(blobs.createdAt), asc(blobs.sha256))
      .limit(10_000),
  );
  const run: FixityRun = { checked: 0, bytes: 0, problems: [], errors: [] };
  for (const b of candidates) {
    if (run.checked > 0 && run.bytes + b.size > maxBytes) break;
    let status: FixityStatus;
    try {
      status = await checkObject(store, b);
    } catch (err) {
      run.errors.push({ sha256: b.sha256, message: (err as Error).message });
      continue;
    }
    run.checked++;
    run.bytes += b.size;
    if (status !== 'OK') run.problems.push({ sha256: b.sha256, status });
    await database.tx({ kind: 'all' }, async (tx) => {
      // Disposed meanwhile: its bytes are meant to be gone, nothing to record.
      const updated = await tx
        .update(blobs)
        .set({ fixityStatus: status, lastFixityAt: new Date() })
        .where(and(eq(blobs.sha256, b.sha256), isNull(blobs.disposedAt)))
        .returning({ sha256: blobs.sha256 });
      if (updated.length && (status !== 'OK' || b.fixityStatus !== status)) {
        await appendAudit(tx, SYSTEM_ACTOR, {
          type: 'FIXITY_CHECKED',
          subjectType: 'blob',
          subjectId: b.sha256,
          payload: { sha256: b.sha256, status },
        });
      }
    });
  }
  return run;
}

/**
 * Recomputes the digest of every stored object not disposed of, for `zhifa verify`, and names each
 * record file whose bytes are missing or altered (an unreadable object counts as missing).
 * Read-only: it changes no status (the fixity job does). Objects are read in address order, a page
 * at a time.
 */
export async function verifyFiles(database: Database, store: BlobStore): Promise<FilesVerification> {
  const problems: FileProblem[] = [];
  let checked = 0;
  let bytes = 0;
  let after = '';
  for (;;) {
    const page = await database.tx({ kind: 'all' }, (tx) =>
      tx
        .select({ sha256: blobs.sha256, sm3: blobs.sm3, size: blobs.size })
        .from(blobs)
        .where(and(isNull(blobs.disposedAt), gt(blobs.sha256, after)))
        .orderBy(asc(blobs.sha256))
        .limit(500),
    );
    if (!page.length) break;
    const bad: { sha256: string; problem: FileProblem['problem'] }[] = [];
    for (const b of page) {
      checked++;
      bytes += b.size;
      const status = await checkObject(store, b).catch(() => 'MISSING' as const);
      if (status !== 'OK') bad.push({ sha256: b.sha256, problem: status });
    }
    after = page[page.length - 1].sha256;
    if (!bad.length) continue;
    const files = await database.tx({ kind: 'all' }, (tx) =>
      tx
        .select({ id: recordFiles.id, recordId: recordFiles.recordId, sha256: recordFiles.blobSha256 })
        .from(recordFiles)
        .where(
          inArray(
            recordFiles.blobSha256,
            bad.map((x) => x.sha256),
          ),
        )
        .orderBy(asc(recordFiles.recordId), asc(recordFiles.id)),
    );
    for (const x of bad) {
      const refs = files.filter((f) => f.sha256 === x.sha256);
      if (!refs.length) problems.push({ recordId: null, fileId: null, sha256: x.sha256, problem: x.problem });
      for (const f of refs) problems.push({ recordId: f.recordId, fileId: f.id, sha256: x.sha256, problem: x.problem });
    }
  }
  return { ok: problems.length === 0, checked, bytes, problems };
}
