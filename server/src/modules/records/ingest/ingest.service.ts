import { mkdir, open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Upload } from '@tus/server';
import { checkDeclaredFile, FILE_SIZE_LIMITS } from '@zhifa/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit, SYSTEM_ACTOR } from '../../../platform/audit/audit.service';
import { actorOf } from '../../../platform/auth/auth.service';
import { type Actor, agenciesFor, can } from '../../../platform/auth/permissions';
import type { Config } from '../../../platform/config';
import type { Database } from '../../../platform/db';
import { AppError, notFound } from '../../../platform/errors';
import { newId } from '../../../platform/ids';
import type { BlobStore } from '../storage/blob-store';
import { DigestPool, type DigestSession } from './digest-pool';
import { type FinishDeps, ingestReceivedFile, rejectUpload, type UploadView, uploadView } from './ingest.finish';
import { findBlob, findUpload, finishUpload, insertUpload, listExpired, type UploadRow } from './ingest.repository';
import { type DeclaredUpload, declaredUpload } from './ingest.validation';
import { answerSettled, createTusServer, type TusMethod, withUploadLock } from './tus-server';
import {
  CHECKSUM_ALGORITHMS,
  HashingFileStore,
  isTusFailure,
  parseUploadChecksum,
  tusCall,
  tusFailure,
  writeHashed,
} from './tus-store';

export type { UploadView } from './ingest.finish';
export type { TusMethod } from './tus-server';

/** The plain multipart endpoint is for small files. */
export const SIMPLE_UPLOAD_LIMIT = 50 * 1024 * 1024;
const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface MultipartPart {
  type: 'file' | 'field';
  fieldname: string;
  value?: unknown;
  filename?: string;
  file?: Readable & { truncated?: boolean };
}

/**
 * Resumable uploads (tus, /api/uploads) and the plain multipart upload, and their ingest into the
 * file store (issue 3 §2). An upload belongs to its creator: nobody else may see, continue or end
 * it (they get the not-found answer). No `blobs` row exists before the whole file is stored and
 * its digests are final; a rejected or abandoned upload leaves no bytes behind.
 */
export class IngestService {
  private readonly pool = new DigestPool();
  private endpoint: Promise<{ store: HashingFileStore; tus: ReturnType<typeof createTusServer> }> | null = null;

  constructor(
    readonly database: Database,
    readonly config: Config,
    readonly blobStore: BlobStore,
  ) {}

  private get deps(): FinishDeps {
    return { database: this.database, blobStore: this.blobStore, maxFileBytes: this.config.storage.maxFileBytes };
  }

  /**
   * The tus server and its file store, built on first use (an app that never receives an upload
   * creates no folder). The folder is made here, so that a failure is an error of the request.
   */
  private tusEndpoint() {
    this.endpoint ??= mkdir(this.config.storage.uploadDir, { recursive: true }).then(() => {
      const store = new HashingFileStore(this.config.storage.uploadDir, this.pool, (id) => this.terminated(id));
      const tus = createTusServer(store, this.config.storage.maxFileBytes, {
        onCreate: (upload) => this.onCreate(upload),
        onFinish: (upload) => this.onFinish(upload),
        onUnexpected: (err) => tusCall.getStore()?.log.error({ err }, 'tus: unexpected error'),
      });
      return { store, tus };
    });
    this.endpoint.catch(() => {
      this.endpoint = null;
    });
    return this.endpoint;
  }

  /** The partial file of an upload: <upload folder>/<id>; null for an id we never made. */
  private partialPath(id: string): string | null {
    return UUID.test(id) ? path.join(this.config.storage.uploadDir, id) : null;
  }

  /** Deletes an upload's partial bytes and tus info file, if any. */
  private removeBytes(id: string): () => Promise<void> {
    return async () => {
      const file = this.partialPath(id);
      if (!file) return;
      await rm(file, { force: true });
      await rm(`${file}.json`, { force: true });
    };
  }

  private async storedBytes(id: string): Promise<number> {
    const file = this.partialPath(id);
    if (!file) return 0;
    return stat(file).then(
      (s) => s.size,
      () => 0,
    );
  }

  /** The actor's own upload, or the not-found answer (also for other users' uploads). */
  private async ownUpload(actor: Actor, id: string): Promise<UploadRow> {
    if (!UUID.test(id)) throw notFound('上传');
    const agencyIds = agenciesFor(actor, 'record.create');
    const row = await this.database.tx({ kind: 'agencies', agencyIds }, (tx) => findUpload(tx, id));
    if (!row || row.createdBy !== actor.userId) throw notFound('上传');
    return row;
  }

  // ── tus ────────────────────────────────────────────────────────────────────────────────────

  /**
   * One tus request. Ownership and state are checked here; the protocol itself (offsets, 409 on a
   * wrong offset, locking, the info file) is @tus/server's, writing through HashingFileStore.
   */
  async handleTus(method: TusMethod, actor: Actor, req: FastifyRequest, reply: FastifyReply, id?: string) {
    const checksumHeader = req.headers['upload-checksum'];
    const checksum = parseUploadChecksum(Array.isArray(checksumHeader) ? checksumHeader[0] : checksumHeader);
    if (checksum && 'error' in checksum) throw new AppError('VALIDATION', checksum.error);
    if (id !== undefined) {
      let row = await this.ownUpload(actor, id);
      // All bytes stored but never finished (a crash between the last write and the ingest):
      // finish now, so a resuming client that sees offset = length finds a complete upload.
      if (row.status === 'RECEIVING' && method === 'HEAD' && (await this.storedBytes(id)) === row.size) {
        row = await this.finish(actor, id).then(
          () => this.ownUpload(actor, id),
          async (err) => {
            if (err instanceof AppError || isTusFailure(err)) return this.ownUpload(actor, id);
            throw err;
          },
        );
      }
      if (row.status === 'RECEIVING' && row.expiresAt.getTime() < Date.now()) {
        return answerSettled(method, { ...row, status: 'EXPIRED' }, reply);
      }
      if (row.status !== 'RECEIVING') return answerSettled(method, row, reply);
    }
    reply.hijack();
    const res = reply.raw;
    res.setHeader('x-request-id', req.id);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('tus-checksum-algorithm', CHECKSUM_ALGORITHMS.join(','));
    try {
      const { tus } = await this.tusEndpoint();
      await tusCall.run({ actor, uploadId: id, checksum, log: req.log }, () => tus.server.handle(req.raw, res));
    } catch (err) {
      req.log.error({ err }, 'tus request failed');
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
      return;
    }
  }

  private async onCreate(upload: Upload): Promise<Record<string, string>> {
    const call = tusCall.getStore();
    if (!call) throw tusFailure(500, 'INTERNAL', '上传上下文缺失');
    if (upload.sizeIsDeferred || upload.size === undefined) {
      throw tusFailure(400, 'VALIDATION', '必须在创建上传时声明文件大小（Upload-Length）');
    }
    const metadata = Object.fromEntries(Object.entries(upload.metadata ?? {}).filter(([, v]) => v !== null));
    const parsed = declaredUpload.safeParse(metadata);
    if (!parsed.success) {
      throw tusFailure(400, 'VALIDATION', `上传信息有误：${parsed.error.issues.map((i) => i.message).join('；')}`);
    }
    const declared = parsed.data;
    await this.admit(call.actor, upload.id, declared, upload.size, (message, status) =>
      tusFailure(status, status === 404 ? 'NOT_FOUND' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION', message),
    );
    return {
      filename: declared.filename,
      fileKind: declared.fileKind,
      agencyId: declared.agencyId,
      ...(declared.sha256 ? { sha256: declared.sha256 } : {}),
      ...(declared.sm3 ? { sm3: declared.sm3 } : {}),
    };
  }

  /**
   * Checks a declared upload (the agency, the size limit of the kind) before any byte is accepted,
   * then records it (RECEIVING, UPLOAD_STARTED) in one transaction.
   */
  private async admit(
    actor: Actor,
    id: string,
    declared: DeclaredUpload,
    size: number,
    refuse: (message: string, status: 400 | 404 | 413) => unknown,
  ): Promise<UploadRow> {
    if (!can(actor, 'record.create', { agencyId: declared.agencyId })) throw refuse('执法主体不存在或无权访问', 404);
    const limit = Math.min(FILE_SIZE_LIMITS[declared.fileKind], this.config.storage.maxFileBytes);
    if (size > limit) throw refuse(checkDeclaredFile(declared.fileKind, size, undefined, limit) ?? '文件过大', 413);
    const problem = checkDeclaredFile(declared.fileKind, size);
    if (problem) throw refuse(problem, 400);
    const row: UploadRow = {
      id,
      agencyId: declared.agencyId,
      createdBy: actor.userId,
      fileKind: declared.fileKind,
      originalName: declared.filename,
      size,
      declaredSha256: declared.sha256 ?? null,
      declaredSm3: declared.sm3 ?? null,
      status: 'RECEIVING',
      rejection: null,
      blobSha256: null,
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + this.config.storage.uploadExpiryDays * DAY_MS),
      completedAt: null,
    };
    await this.database.tx({ kind: 'agencies', agencyIds: [row.agencyId] }, async (tx) => {
      await insertUpload(tx, row);
      await appendAudit(tx, actorOf(actor), {
        type: 'UPLOAD_STARTED',
        subjectType: 'upload',
        subjectId: id,
        agencyId: row.agencyId,
        payload: { uploadId: id, size, fileKind: row.fileKind },
      });
    });
    return row;
  }

  private async onFinish(upload: Upload): Promise<void> {
    const call = tusCall.getStore();
    if (!call) throw tusFailure(500, 'INTERNAL', '上传上下文缺失');
    try {
      await this.finish(call.actor, upload.id);
    } catch (err) {
      if (err instanceof AppError) throw tusFailure(err.status, err.code, err.message);
      throw err;
    }
  }

  /** Ingests a fully received tus upload, under its lock (a concurrent PATCH or DELETE waits). */
  private async finish(actor: Actor, id: string): Promise<UploadView> {
    const { store, tus } = await this.tusEndpoint();
    return withUploadLock(tus.locker, id, async () => {
      const row = await this.ownUpload(actor, id);
      if (row.status !== 'RECEIVING') return this.view(actor, id);
      const stored = await this.storedBytes(id);
      if (stored !== row.size) throw new AppError('CONFLICT', '文件尚未接收完整');
      const session = await store.sessionAt(id, stored);
      try {
        return await ingestReceivedFile(
          this.deps,
          actorOf(actor),
          row,
          store.pathOf(id),
          session,
          this.removeBytes(id),
        );
      } finally {
        this.pool.drop(id);
      }
    });
  }

  /** The creator ended the upload (tus termination): its bytes are gone; the row says why. */
  private async terminated(id: string): Promise<void> {
    const call = tusCall.getStore();
    if (!call) throw new Error('tus termination outside a request');
    const row = await this.ownUpload(call.actor, id);
    if (row.status === 'RECEIVING') {
      await rejectUpload(this.database, actorOf(call.actor), row, '上传者终止了上传', async () => undefined);
    }
  }

  // ── views, simple upload, expiry ───────────────────────────────────────────────────────────

  async view(actor: Actor, id: string): Promise<UploadView> {
    const row = await this.ownUpload(actor, id);
    const blob = row.blobSha256
      ? await this.database.tx({ kind: 'all' }, (tx) => findBlob(tx, row.blobSha256 as string))
      : null;
    return uploadView(row, blob, row.status === 'RECEIVING' ? await this.storedBytes(id) : 0);
  }

  /**
   * POST /api/uploads/simple (multipart: agencyId, fileKind, optional sha256/sm3, file — the
   * fields before the file): the file streams to disk through the same digest workers, then takes
   * the same sniff/digest/store path as a tus upload. Limited to 50 MiB.
   */
  async simpleUpload(actor: Actor, parts: AsyncIterable<MultipartPart>): Promise<UploadView> {
    const id = newId();
    const file = path.join(this.config.storage.uploadDir, id);
    const fields: Record<string, string> = {};
    let session: DigestSession | null = null;
    let size = -1;
    try {
      for await (const part of parts) {
        if (part.type === 'field') {
          fields[part.fieldname] = String(part.value ?? '');
          continue;
        }
        if (size >= 0 || !part.file) {
          part.file?.resume();
          continue;
        }
        fields.filename = part.filename ?? '';
        await mkdir(this.config.storage.uploadDir, { recursive: true });
        const fh = await open(file, 'wx');
        session = this.pool.open(id);
        try {
          size = await writeHashed(part.file, fh, 0, session, SIMPLE_UPLOAD_LIMIT);
        } catch (err) {
          const code = (err as { code?: string }).code;
          if (err instanceof RangeError || code === 'FST_REQ_FILE_TOO_LARGE') {
            throw new AppError('PAYLOAD_TOO_LARGE', '文件超过 50 MB，请使用断点续传上传');
          }
          throw err;
        } finally {
          await fh.close();
        }
        if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', '文件超过 50 MB，请使用断点续传上传');
      }
      if (size < 0) throw new AppError('VALIDATION', '请选择文件', [{ path: 'file', message: '请选择文件' }]);
      const parsed = declaredUpload.safeParse(fields);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new AppError('VALIDATION', issues.map((i) => i.message).join('；'), issues);
      }
      const row = await this.admit(actor, id, parsed.data, size, (message, status) =>
        status === 404
          ? notFound('执法主体')
          : new AppError(status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION', message),
      );
      return await ingestReceivedFile(
        this.deps,
        actorOf(actor),
        row,
        file,
        session as DigestSession,
        this.removeBytes(id),
      );
    } finally {
      this.pool.drop(id);
      await this.removeBytes(id)();
    }
  }

  /**
   * Uploads still receiving after their expiry (default 7 days): their bytes (partial file and
   * tus info) are deleted and they become EXPIRED, audited with the byte count. Called hourly by
   * the job scheduler.
   */
  async expireAbandoned(now: Date = new Date()): Promise<{ expired: number; bytes: number }> {
    let expired = 0;
    let bytes = 0;
    const { tus } = await this.tusEndpoint();
    for (;;) {
      const rows = await this.database.tx({ kind: 'all' }, (tx) => listExpired(tx, now, 100));
      for (const row of rows) {
        const removed = await withUploadLock(tus.locker, row.id, async () => {
          const size = await this.storedBytes(row.id);
          this.pool.drop(row.id);
          await this.removeBytes(row.id)();
          return this.database.tx({ kind: 'all' }, async (tx) => {
            if (!(await finishUpload(tx, row.id, { status: 'EXPIRED' }))) return null;
            await appendAudit(tx, SYSTEM_ACTOR, {
              type: 'UPLOAD_EXPIRED',
              subjectType: 'upload',
              subjectId: row.id,
              agencyId: row.agencyId,
              payload: { uploadId: row.id, bytes: size },
            });
            return size;
          });
        });
        if (removed !== null) {
          expired++;
          bytes += removed;
        }
      }
      if (rows.length < 100) return { expired, bytes };
    }
  }

  /** Stops the digest workers (the app is closing). */
  async close(): Promise<void> {
    await this.pool.close();
  }
}
