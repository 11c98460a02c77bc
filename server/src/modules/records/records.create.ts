import {
  type AvMetadata,
  avMetadata,
  type EvidenceMetadata,
  evidenceMetadata,
  type RecordInput,
  type recordMetadataEdit,
} from '@zhifa/contracts';
import { isRetentionClass, retainUntil, todayInShanghai } from '@zhifa/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { v5 as uuidV5 } from 'uuid';
import type { z } from 'zod';
import { appendAudit } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, agenciesFor, can } from '../../platform/auth/permissions';
import type { Database, Tx } from '../../platform/db';
import { AppError, conflict, type FieldError, invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { loadRecord, officersOfAgency } from './records.queries';
import { blobs, devices, recordFiles, records, recordVersions, uploads } from './records.tables';

export type RecordMetadataEdit = z.output<typeof recordMetadataEdit>;
type Metadata = EvidenceMetadata | AvMetadata;

/**
 * A record file's id is derived from the upload it came from (UUIDv5 in a fixed namespace), so the
 * primary key guarantees that one upload is attached to at most one record, even when two requests
 * race. (A `record_files.upload_id` column with a unique index would say the same more plainly.)
 */
const FILE_ID_NAMESPACE = '6f1c8a52-5d0e-4f4b-9a55-2f7c1d3e8b10';
export const fileIdForUpload = (uploadId: string): string => uuidV5(`upload:${uploadId}`, FILE_ID_NAMESPACE);

const failed = (fields: FieldError[]) => invalid(fields.map((f) => f.message).join('；'), fields);

/** Officers named in the metadata must belong to the record's agency; a chosen device too. */
async function checkPeople(tx: Tx, agencyId: string, kind: RecordInput['kind'], m: Metadata): Promise<FieldError[]> {
  const fields: FieldError[] = [];
  const key = kind === 'EVIDENCE' ? 'collectedBy' : 'operators';
  const ids = kind === 'EVIDENCE' ? (m as EvidenceMetadata).collectedBy : (m as AvMetadata).operators;
  const known = await officersOfAgency(tx, agencyId, ids);
  ids.forEach((id, i) => {
    if (!known.has(id)) fields.push({ path: `metadata.${key}.${i}`, message: '所选人员不是本执法主体的执法人员' });
  });
  if (kind === 'AV_RECORD' && (m as AvMetadata).deviceId) {
    const [d] = await tx
      .select({ id: devices.id })
      .from(devices)
      .where(and(eq(devices.id, (m as AvMetadata).deviceId!), eq(devices.agencyId, agencyId)));
    if (!d) fields.push({ path: 'metadata.deviceId', message: '所选设备不是本执法主体登记的设备' });
  }
  return fields;
}

/** The time the content was captured: when the evidence was collected or the recording started. */
function capturedAt(kind: RecordInput['kind'], m: Metadata): string {
  return kind === 'EVIDENCE' ? (m as EvidenceMetadata).collectedAt : (m as AvMetadata).startedAt;
}

function capturedBy(kind: RecordInput['kind'], m: Metadata): string[] {
  return kind === 'EVIDENCE' ? (m as EvidenceMetadata).collectedBy : (m as AvMetadata).operators;
}

/**
 * Creates a record from completed uploads in one transaction: the record, version 1, its files and
 * the custody events (capture, entry into the store with the file digests). An upload may be
 * attached only by the person who uploaded it, in the same agency, once.
 */
export async function createRecord(database: Database, actor: Actor, input: RecordInput): Promise<string> {
  if (!can(actor, 'record.create', { agencyId: input.agencyId }))
    throw new AppError('FORBIDDEN', '无权在该执法主体新增记录');
  if (!isRetentionClass(input.retentionClass)) throw invalid('请选择保管期限');
  const uploadIds = [...new Set(input.uploadIds)];
  if (uploadIds.length !== input.uploadIds.length) {
    throw failed([{ path: 'uploadIds', message: '同一个上传文件不能重复添加' }]);
  }
  const scope = { kind: 'agencies' as const, agencyIds: agenciesFor(actor, 'record.create') };
  return database
    .tx(scope, (tx) => insertRecord(tx, actor, input, uploadIds))
    .catch((err) => {
      // Two requests attaching the same upload at once: the file id (derived from it) collides.
      const e = err as { code?: string; cause?: { code?: string } };
      if (e?.code === '23505' || e?.cause?.code === '23505') throw conflict('该上传文件已添加到其他记录');
      throw err;
    });
}

async function insertRecord(tx: Tx, actor: Actor, input: RecordInput, uploadIds: string[]): Promise<string> {
  const found = await tx
    .select({ u: uploads, b: blobs })
    .from(uploads)
    .leftJoin(blobs, eq(blobs.sha256, uploads.blobSha256))
    .where(
      and(
        inArray(uploads.id, uploadIds),
        eq(uploads.agencyId, input.agencyId),
        eq(uploads.createdBy, actor.userId),
        eq(uploads.status, 'COMPLETE'),
      ),
    );
  const byId = new Map(found.map((x) => [x.u.id, x]));
  const attached = new Set(
    (
      await tx
        .select({ id: recordFiles.id })
        .from(recordFiles)
        .where(inArray(recordFiles.id, uploadIds.map(fileIdForUpload)))
    ).map((r) => r.id),
  );
  const fields: FieldError[] = [];
  uploadIds.forEach((uid, i) => {
    const x = byId.get(uid);
    const path = `uploadIds.${i}`;
    if (!x?.b) fields.push({ path, message: '上传文件不存在、尚未完成或不是本人在本执法主体上传的' });
    else if (x.b.disposedAt) fields.push({ path, message: '该文件内容已被处置销毁，请重新上传' });
    else if (attached.has(fileIdForUpload(uid))) fields.push({ path, message: '该上传文件已添加到其他记录' });
  });
  fields.push(...(await checkPeople(tx, input.agencyId, input.kind, input.metadata)));
  if (fields.length) throw failed(fields);
  // A disposal running at the same time takes these rows FOR UPDATE: it waits, then sees this record.
  await tx
    .select({ sha256: blobs.sha256 })
    .from(blobs)
    .where(inArray(blobs.sha256, [...new Set(found.map((x) => x.b!.sha256))]))
    .for('share');

  const id = newId();
  const now = new Date();
  await tx.insert(records).values({
    id,
    agencyId: input.agencyId,
    kind: input.kind,
    ownerType: input.ownerType,
    ownerId: input.ownerId,
    title: input.title,
    currentVersion: 1,
    retentionClass: input.retentionClass,
    retainUntil: retainUntil(input.retentionClass, todayInShanghai(now)),
    isPublic: input.isPublic,
    restricted: input.restricted,
    createdBy: actor.userId,
    createdAt: now,
  });
  await tx.insert(recordVersions).values({
    id: newId(),
    recordId: id,
    agencyId: input.agencyId,
    version: 1,
    metadata: input.metadata,
    reason: '创建',
    createdBy: actor.userId,
    createdByName: actor.displayName,
    createdAt: now,
  });
  const files = uploadIds.map((uid) => byId.get(uid)!);
  await tx.insert(recordFiles).values(
    files.map((x) => ({
      id: fileIdForUpload(x.u.id),
      recordId: id,
      agencyId: input.agencyId,
      blobSha256: x.b!.sha256,
      originalName: x.u.originalName.slice(0, 255),
      addedBy: actor.userId,
      addedAt: now,
    })),
  );
  const audit = { subjectType: 'record', subjectId: id, agencyId: input.agencyId } as const;
  await appendAudit(tx, actorOf(actor), {
    type: 'RECORD_CAPTURED',
    ...audit,
    payload: { capturedAt: capturedAt(input.kind, input.metadata), by: capturedBy(input.kind, input.metadata) },
  });
  await appendAudit(tx, actorOf(actor), {
    type: 'RECORD_CREATED',
    ...audit,
    payload: {
      kind: input.kind,
      ownerType: input.ownerType,
      ownerId: input.ownerId,
      files: files.map((x) => ({ sha256: x.b!.sha256, sm3: x.b!.sm3, size: x.b!.size })),
    },
  });
  return id;
}

/** Metadata must be of the record's own kind (an evidence record cannot take AV metadata). */
function metadataOfKind(kind: RecordInput['kind'], metadata: unknown): Metadata {
  const parsed = (kind === 'EVIDENCE' ? evidenceMetadata : avMetadata).safeParse(metadata);
  if (parsed.success) return parsed.data;
  const label = kind === 'EVIDENCE' ? '证据' : '音像记录';
  throw failed(
    parsed.error.issues.map((i) => ({
      path: ['metadata', ...i.path.map(String)].join('.'),
      message: i.code === 'unrecognized_keys' ? `元数据与记录类型（${label}）不符` : i.message,
    })),
  );
}

/**
 * A metadata edit adds a version; earlier versions stay (append-only table). The version number is
 * a compare-and-set on the record, so two simultaneous edits cannot both become version n + 1.
 */
export async function editMetadata(
  database: Database,
  actor: Actor,
  id: string,
  input: RecordMetadataEdit,
): Promise<number> {
  const scope = { kind: 'agencies' as const, agencyIds: agenciesFor(actor, 'record.create') };
  return database.tx(scope, async (tx) => {
    const r = await loadRecord(tx, actor, id, 'record.create');
    if (r.status !== 'ACTIVE') throw conflict('该记录已处置，不能修改');
    const metadata = metadataOfKind(r.kind, input.metadata);
    const people = await checkPeople(tx, r.agencyId, r.kind, metadata);
    if (people.length) throw failed(people);
    const version = r.currentVersion + 1;
    const updated = await tx
      .update(records)
      .set({ currentVersion: version, ...(input.title ? { title: input.title } : {}) })
      .where(and(eq(records.id, id), eq(records.currentVersion, r.currentVersion)))
      .returning({ id: records.id });
    if (!updated.length) throw conflict('该记录刚被他人修改，请刷新后重试');
    await tx.insert(recordVersions).values({
      id: newId(),
      recordId: id,
      agencyId: r.agencyId,
      version,
      metadata,
      reason: input.reason,
      createdBy: actor.userId,
      createdByName: actor.displayName,
    });
    await appendAudit(tx, actorOf(actor), {
      type: 'RECORD_METADATA_EDITED',
      subjectType: 'record',
      subjectId: id,
      agencyId: r.agencyId,
      payload: { version, reason: input.reason },
    });
    return version;
  });
}
