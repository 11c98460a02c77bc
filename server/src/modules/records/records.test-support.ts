import { createHash, randomBytes } from 'node:crypto';
import { unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestContext } from '../../../test/helpers';

/** Test support for the records module (imported by its *.test.ts files only). */

export interface CompletedUpload {
  uploadId: string;
  sha256: string;
  sm3: string;
  size: number;
}

/**
 * What the ingest module leaves behind when an upload completes: the bytes in the store, a `blobs`
 * row and a COMPLETE `uploads` row owned by the uploader in an agency.
 */
export async function completedUpload(
  ctx: TestContext,
  opts: {
    userId: string;
    agencyId: string;
    bytes: Buffer;
    name?: string;
    mime?: string;
    fileKind?: 'VIDEO' | 'AUDIO' | 'IMAGE' | 'PDF' | 'OFD' | 'WORD';
    status?: 'COMPLETE' | 'RECEIVING';
  },
): Promise<CompletedUpload> {
  const sha256 = createHash('sha256').update(opts.bytes).digest('hex');
  const sm3 = createHash('sm3').update(opts.bytes).digest('hex');
  const size = opts.bytes.length;
  const tmp = path.join(os.tmpdir(), `zhifa-upload-${randomBytes(6).toString('hex')}`);
  await writeFile(tmp, opts.bytes);
  await ctx.services.blobStore.putFile(tmp, sha256, size);
  await unlink(tmp).catch(() => undefined);
  const fileKind = opts.fileKind ?? 'VIDEO';
  await ctx.superuser.query(
    `INSERT INTO blobs (sha256, sm3, size, mime, file_kind, storage) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (sha256) DO NOTHING`,
    [sha256, sm3, size, opts.mime ?? 'video/mp4', fileKind, ctx.services.blobStore.kind],
  );
  const uploadId = randomBytes(16).toString('hex');
  const complete = (opts.status ?? 'COMPLETE') === 'COMPLETE';
  await ctx.superuser.query(
    `INSERT INTO uploads (id, agency_id, created_by, file_kind, original_name, size, status, blob_sha256,
       expires_at, completed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + interval '7 days', $9)`,
    [
      uploadId,
      opts.agencyId,
      opts.userId,
      fileKind,
      opts.name ?? 'recording.mp4',
      size,
      complete ? 'COMPLETE' : 'RECEIVING',
      complete ? sha256 : null,
      complete ? new Date() : null,
    ],
  );
  return { uploadId, sha256, sm3, size };
}

/** Where the local folder store keeps an object (for tampering tests). */
export function storedPath(ctx: TestContext, sha256: string): string {
  return path.join(ctx.config.storage.localDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export async function officersOf(ctx: TestContext, agencyId: string): Promise<string[]> {
  const r = await ctx.superuser.query('SELECT id FROM officers WHERE agency_id = $1 ORDER BY id', [agencyId]);
  return r.rows.map((x: { id: string }) => x.id);
}

export const evidenceBody = (agencyId: string, uploadIds: string[], collectedBy: string[], over = {}) => ({
  kind: 'EVIDENCE',
  agencyId,
  ownerType: 'CASE',
  ownerId: 'QX-2026-0001',
  title: '超市现场检查照片',
  retentionClass: 'ROUTINE_6M',
  uploadIds,
  metadata: {
    evidenceType: 'DOCUMENTARY',
    description: '货架上过期食品的照片',
    source: '现场拍摄',
    collectedBy,
    collectedAt: '2026-03-02T10:15:00+08:00',
    place: '青溪县城关镇某超市',
    method: 'INSPECTION',
  },
  ...over,
});

export const avMetadataBody = (operators: string[], over = {}) => ({
  deviceType: 'BODY_CAM',
  deviceSerialNo: 'DSJ-QX-0001',
  operators,
  activity: 'SITE_INSPECTION',
  startedAt: '2026-03-02T09:00:00+08:00',
  endedAt: '2026-03-02T09:40:00+08:00',
  locationText: '青溪县城关镇某超市',
  announcedToParty: true,
  gaps: [{ from: '2026-03-02T09:20:00+08:00', to: '2026-03-02T09:22:00+08:00', reason: '更换电池' }],
  ...over,
});

export const avBody = (agencyId: string, uploadIds: string[], operators: string[], over = {}) => ({
  kind: 'AV_RECORD',
  agencyId,
  ownerType: 'INSPECTION',
  ownerId: 'JC-2026-0007',
  title: '现场检查执法记录仪录像',
  retentionClass: 'LONG_30Y',
  uploadIds,
  metadata: avMetadataBody(operators),
  ...over,
});
