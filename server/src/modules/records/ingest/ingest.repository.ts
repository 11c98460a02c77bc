import { and, asc, eq, lt } from 'drizzle-orm';
import type { Tx } from '../../../platform/db';
import { blobs, uploads } from '../records.tables';

/** Typed queries of the ingest use cases; every function takes the caller's transaction. */
export type UploadRow = typeof uploads.$inferSelect;
export type BlobRow = typeof blobs.$inferSelect;

export async function insertUpload(tx: Tx, row: typeof uploads.$inferInsert): Promise<void> {
  await tx.insert(uploads).values(row);
}

export async function findUpload(tx: Tx, id: string): Promise<UploadRow | null> {
  const [row] = await tx.select().from(uploads).where(eq(uploads.id, id));
  return row ?? null;
}

/** Row-locked, for the state changes that follow (complete, reject, expire). */
export async function lockUpload(tx: Tx, id: string): Promise<UploadRow | null> {
  const [row] = await tx.select().from(uploads).where(eq(uploads.id, id)).for('update');
  return row ?? null;
}

/** Compare-and-set from RECEIVING; false when another request got there first. */
export async function finishUpload(
  tx: Tx,
  id: string,
  to:
    | { status: 'COMPLETE'; blobSha256: string; completedAt: Date }
    | { status: 'REJECTED'; rejection: string }
    | { status: 'EXPIRED' },
): Promise<boolean> {
  const done = await tx
    .update(uploads)
    .set(to)
    .where(and(eq(uploads.id, id), eq(uploads.status, 'RECEIVING')))
    .returning({ id: uploads.id });
  return done.length === 1;
}

/** Uploads still receiving after their expiry time (oldest first). */
export async function listExpired(tx: Tx, now: Date, limit: number): Promise<UploadRow[]> {
  return tx
    .select()
    .from(uploads)
    .where(and(eq(uploads.status, 'RECEIVING'), lt(uploads.expiresAt, now)))
    .orderBy(asc(uploads.expiresAt))
    .limit(limit);
}

export async function findBlob(tx: Tx, sha256: string): Promise<BlobRow | null> {
  const [row] = await tx.select().from(blobs).where(eq(blobs.sha256, sha256));
  return row ?? null;
}

/**
 * The row of a stored object. The same content uploaded twice is one object and one row; if the
 * object had been disposed of and is stored again, the row says so (disposed_at cleared).
 */
export async function recordBlob(tx: Tx, row: typeof blobs.$inferInsert): Promise<void> {
  const existing = await tx.select().from(blobs).where(eq(blobs.sha256, row.sha256)).for('update');
  if (!existing[0]) {
    await tx.insert(blobs).values(row);
    return;
  }
  if (existing[0].disposedAt) {
    await tx
      .update(blobs)
      .set({ disposedAt: null, storage: row.storage, fixityStatus: 'UNCHECKED', lastFixityAt: null })
      .where(eq(blobs.sha256, row.sha256));
  }
}
