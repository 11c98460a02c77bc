import { ERRORS, MemoryLocker, Server, type Upload } from '@tus/server';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../../platform/errors';
import { newId } from '../../../platform/ids';
import type { UploadRow } from './ingest.repository';
import { type HashingFileStore, isTusFailure, type TusFailure, tusCall, tusFailure } from './tus-store';

export type TusMethod = 'POST' | 'HEAD' | 'PATCH' | 'DELETE';

/** The tus endpoint's path; the upload URL is `/api/uploads/<id>` (relative Location). */
export const TUS_PATH = '/api/uploads';

/** Chinese answers for the tus server's own errors (same status codes as the protocol asks). */
const CHINESE: [TusFailure, string, string][] = [
  [ERRORS.INVALID_OFFSET, 'CONFLICT', '上传偏移量与服务器已保存的字节数不一致，请先查询（HEAD）再从该位置继续'],
  [ERRORS.FILE_NOT_FOUND, 'NOT_FOUND', '上传不存在或无权访问'],
  [ERRORS.FILE_NO_LONGER_EXISTS, 'NOT_FOUND', '上传已过期或已被删除，请重新上传'],
  [ERRORS.ERR_SIZE_EXCEEDED, 'PAYLOAD_TOO_LARGE', '发送的数据超过了声明的文件大小'],
  [ERRORS.ERR_MAX_SIZE_EXCEEDED, 'PAYLOAD_TOO_LARGE', '文件超过了系统允许的最大上传大小'],
  [ERRORS.INVALID_LENGTH, 'VALIDATION', '必须在创建上传时声明文件大小（Upload-Length）'],
  [ERRORS.INVALID_METADATA, 'VALIDATION', '上传信息（Upload-Metadata）格式错误'],
  [ERRORS.MISSING_OFFSET, 'VALIDATION', '缺少 Upload-Offset'],
  [ERRORS.INVALID_CONTENT_TYPE, 'VALIDATION', '续传请求的 Content-Type 必须是 application/offset+octet-stream'],
  [ERRORS.ABORTED, 'CONFLICT', '同一上传有新的请求，本次请求已中止'],
  [ERRORS.ERR_LOCK_TIMEOUT, 'CONFLICT', '该上传正被另一个请求处理，请稍后重试'],
  [
    { ...ERRORS.UNSUPPORTED_CREATION_DEFER_LENGTH_EXTENSION, status_code: 400 },
    'VALIDATION',
    '必须在创建上传时声明文件大小（Upload-Length）',
  ],
  [
    { ...ERRORS.UNSUPPORTED_CONCATENATION_EXTENSION, status_code: 400 },
    'VALIDATION',
    '不支持分段并行上传（concatenation）',
  ],
  [ERRORS.INVALID_TERMINATION, 'CONFLICT', '已完成的上传不能终止'],
];

function chinese(err: Error | TusFailure): TusFailure {
  if (isTusFailure(err) && err.body.startsWith('{')) return err;
  for (const [known, code, message] of CHINESE) {
    if (err === known || (isTusFailure(err) && err.body === known.body))
      return tusFailure(known.status_code, code, message);
  }
  const status = isTusFailure(err) ? err.status_code : 500;
  if (status === 412) return tusFailure(412, 'VALIDATION', '请使用 tus 1.0.0 协议（Tus-Resumable: 1.0.0）');
  if (status >= 400 && status < 500) return tusFailure(status, 'VALIDATION', '上传请求格式错误');
  return tusFailure(500, 'INTERNAL', '接收文件时出错，请稍后从已保存的位置继续上传');
}

export interface TusHooks {
  /** Validates and records a new upload; returns the metadata to keep (or throws a TusFailure). */
  onCreate(upload: Upload): Promise<Record<string, string>>;
  /** Runs when the last byte is stored; throws a TusFailure when the file is rejected. */
  onFinish(upload: Upload): Promise<void>;
  /** Errors that are not the protocol's own (500s) are logged here. */
  onUnexpected(err: unknown): void;
}

/**
 * The tus 1.0.0 server (creation, creation-with-upload, termination, checksum) on the hashing file
 * store. CORS is off (the staff app is same-origin); Upload-Length is required. The lock is in
 * memory: with several app processes, requests for one upload must reach the same process (sticky
 * routing by upload URL), which also keeps its partial file on that process's disk.
 */
export function createTusServer(store: HashingFileStore, maxSize: number, hooks: TusHooks) {
  const locker = new MemoryLocker();
  const server = new Server({
    path: TUS_PATH,
    datastore: store,
    locker,
    maxSize,
    relativeLocation: true,
    allowedOrigins: [],
    namingFunction: () => newId(),
    // The id comes from the route's checked path parameter, never from tus parsing the URL again
    // (its last-segment rule would also read a query string such as ?x=/<another upload>).
    getFileIdFromRequest: () => tusCall.getStore()?.uploadId,
    onUploadCreate: async (_req, upload) => ({ metadata: await hooks.onCreate(upload) }),
    onUploadFinish: async (_req, upload) => {
      await hooks.onFinish(upload);
      return {};
    },
    onResponseError: (_req, err) => {
      const answer = chinese(err);
      if (answer.status_code >= 500) hooks.onUnexpected(err);
      return answer;
    },
  });
  return { server, locker };
}

/** Holds the tus lock of one upload while `fn` runs (finishing, expiring). */
export async function withUploadLock<T>(locker: MemoryLocker, id: string, fn: () => Promise<T>): Promise<T> {
  const lock = locker.newLock(id);
  await lock.lock(new AbortController().signal, () => undefined);
  try {
    return await fn();
  } finally {
    await lock.unlock();
  }
}

/** HEAD/PATCH/DELETE of an upload that is no longer receiving. */
export function answerSettled(method: TusMethod, row: UploadRow, reply: FastifyReply) {
  reply.header('tus-resumable', '1.0.0').header('cache-control', 'no-store');
  if (row.status === 'COMPLETE') {
    if (method === 'HEAD') {
      return reply.code(200).header('upload-offset', String(row.size)).header('upload-length', String(row.size)).send();
    }
    throw new AppError('CONFLICT', method === 'DELETE' ? '已完成的上传不能终止' : '该上传已完成');
  }
  // 410 Gone: the tus answer for an upload the server no longer keeps.
  const message = row.status === 'EXPIRED' ? '上传已过期，请重新上传' : `上传已被拒绝：${row.rejection ?? ''}`;
  return reply.code(410).send({ error: { code: 'CONFLICT', message, fields: [], requestId: reply.request.id } });
}
