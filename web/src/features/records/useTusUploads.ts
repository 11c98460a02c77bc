import type { UploadView } from '@zhifa/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type DetailedError, defaultOptions, type PreviousUpload, Upload } from 'tus-js-client';
import { api } from '../../app/api';

/**
 * Resumable uploads (tus 1.0) to /api/uploads. The upload URL of each file is kept in localStorage under the
 * file's fingerprint (name, type, size, modification time), so that after the tab is closed, choosing the same
 * file again continues from what the server has durably stored instead of starting over.
 */

export const UPLOAD_ENDPOINT = '/api/uploads';
const CHUNK_SIZE = 16 * 1024 * 1024;
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10_000, 20_000];

export type { UploadView };

export type UploadStatus = 'preparing' | 'uploading' | 'paused' | 'verifying' | 'complete' | 'rejected' | 'error';

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  fileKind: string;
  status: UploadStatus;
  uploaded: number;
  /** bytes per second, smoothed */
  speed: number;
  /** set when the upload continued a previous, unfinished one: the percentage already on the server */
  resumedFromPercent: number | null;
  uploadId: string | null;
  sha256: string | null;
  sm3: string | null;
  message: string | null;
}

/** The server names an upload by the last path segment of its tus URL. */
export function uploadIdFromUrl(url: string): string {
  const path = new URL(url, window.location.href).pathname;
  return decodeURIComponent(path.split('/').filter(Boolean).pop() ?? '');
}

export function fetchUpload(id: string): Promise<UploadView> {
  return api.get<UploadView>(`${UPLOAD_ENDPOINT}/${encodeURIComponent(id)}`);
}

/** A first guess of the kind from the browser's type and the extension; the server checks the bytes. */
export function guessFileKind(file: File): string | null {
  const type = file.type.toLowerCase();
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  if (type.startsWith('video/') || ['mp4', 'mov', 'avi', 'mkv', 'm4v', '3gp', 'ts'].includes(ext)) return 'VIDEO';
  if (type.startsWith('audio/') || ['mp3', 'wav', 'm4a', 'aac', 'amr', 'ogg', 'flac'].includes(ext)) return 'AUDIO';
  if (type.startsWith('image/') || ['jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'heic'].includes(ext)) {
    return 'IMAGE';
  }
  if (type === 'application/pdf' || ext === 'pdf') return 'PDF';
  if (ext === 'ofd') return 'OFD';
  if (['doc', 'docx'].includes(ext) || type.includes('word')) return 'WORD';
  return null;
}

async function explainError(err: Error, uploadUrl: string | null): Promise<{ rejected: boolean; message: string }> {
  if (uploadUrl) {
    try {
      const view = await fetchUpload(uploadIdFromUrl(uploadUrl));
      if (view.status === 'REJECTED') return { rejected: true, message: view.rejection ?? '文件被拒绝' };
      if (view.status === 'EXPIRED') return { rejected: true, message: '未完成的上传已过期，请重新选择文件上传' };
    } catch {
      // fall back to the response of the failed request
    }
  }
  const res = (err as DetailedError).originalResponse;
  if (res) {
    try {
      const body = JSON.parse(res.getBody()) as { error?: { message?: string } };
      if (body?.error?.message) return { rejected: res.getStatus() < 500, message: body.error.message };
    } catch {
      // not JSON
    }
    const status = res.getStatus();
    if (status === 413) return { rejected: true, message: '文件超过允许的大小' };
    if (status === 415) return { rejected: true, message: '文件类型不在允许范围内' };
    if (status === 401) return { rejected: false, message: '登录已失效，请重新登录后继续上传' };
    if (status === 403) return { rejected: true, message: '无权向该执法主体上传文件' };
  }
  return { rejected: false, message: '上传中断，请检查网络后点击“继续”' };
}

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

export function useTusUploads(csrfToken: string) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const uploads = useRef(new Map<string, { upload: Upload; file: File }>());
  const token = useRef(csrfToken);
  token.current = csrfToken;
  const counter = useRef(0);

  const patch = useCallback((key: string, changes: Partial<UploadItem>) => {
    setItems((prev) => prev.map((i) => (i.key === key ? { ...i, ...changes } : i)));
  }, []);

  /** After the last byte the server finishes the digests; wait until it says COMPLETE or REJECTED. */
  const settle = useCallback(
    async (key: string, id: string) => {
      patch(key, { status: 'verifying', uploadId: id, speed: 0 });
      for (let attempt = 0; attempt < 240; attempt++) {
        try {
          const view = await fetchUpload(id);
          if (view.status === 'COMPLETE') {
            patch(key, { status: 'complete', uploaded: view.size, sha256: view.sha256, sm3: view.sm3, message: null });
            return;
          }
          if (view.status === 'REJECTED' || view.status === 'EXPIRED') {
            patch(key, { status: 'rejected', message: view.rejection ?? '文件被拒绝' });
            return;
          }
        } catch {
          // transient: try again
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      patch(key, { status: 'error', message: '服务器尚未完成文件校验，请稍后刷新页面查看' });
    },
    [patch],
  );

  const add = useCallback(
    (files: File[], opts: { agencyId: string; fileKindOf: (f: File) => string }) => {
      for (const file of files) {
        const existing = [...uploads.current.values()].some((u) => sameFile(u.file, file));
        if (existing) continue;
        counter.current += 1;
        const key = `u${counter.current}`;
        const fileKind = opts.fileKindOf(file);
        let last = { at: performance.now(), bytes: 0, speed: 0, shownAt: 0 };

        const upload = new Upload(file, {
          endpoint: UPLOAD_ENDPOINT,
          chunkSize: CHUNK_SIZE,
          retryDelays: RETRY_DELAYS,
          storeFingerprintForResuming: true,
          removeFingerprintOnSuccess: true,
          metadata: { filename: file.name, fileKind, agencyId: opts.agencyId },
          onBeforeRequest: (req) => {
            req.setHeader('x-csrf-token', token.current);
          },
          onUploadUrlAvailable: () => {
            if (upload.url) patch(key, { uploadId: uploadIdFromUrl(upload.url) });
          },
          onProgress: (sent, total) => {
            const now = performance.now();
            const dt = (now - last.at) / 1000;
            if (dt >= 0.25) {
              const instant = Math.max(0, sent - last.bytes) / dt;
              const speed = last.speed ? last.speed * 0.6 + instant * 0.4 : instant;
              last = { at: now, bytes: sent, speed, shownAt: last.shownAt };
            }
            // re-render at most four times a second
            if (now - last.shownAt >= 250 || sent === total) {
              last.shownAt = now;
              patch(key, { uploaded: sent, speed: last.speed, status: 'uploading' });
            }
          },
          onSuccess: () => {
            if (upload.url) void settle(key, uploadIdFromUrl(upload.url));
          },
          onError: (err) => {
            void explainError(err, upload.url).then(({ rejected, message }) =>
              patch(key, { status: rejected ? 'rejected' : 'error', message, speed: 0 }),
            );
          },
        });
        uploads.current.set(key, { upload, file });
        setItems((prev) => [
          ...prev,
          {
            key,
            name: file.name,
            size: file.size,
            fileKind,
            status: 'preparing',
            uploaded: 0,
            speed: 0,
            resumedFromPercent: null,
            uploadId: null,
            sha256: null,
            sm3: null,
            message: null,
          },
        ]);

        void (async () => {
          const previous = await upload.findPreviousUploads().catch(() => [] as PreviousUpload[]);
          previous.sort((a, b) => b.creationTime.localeCompare(a.creationTime));
          for (const prev of previous) {
            if (!prev.uploadUrl) continue;
            const view = await fetchUpload(uploadIdFromUrl(prev.uploadUrl)).catch(() => null);
            if (view?.status === 'RECEIVING' && view.size === file.size) {
              const percent = file.size ? Math.floor((view.offset / file.size) * 100) : 0;
              patch(key, { resumedFromPercent: percent, uploaded: view.offset, uploadId: view.id });
              last = { at: performance.now(), bytes: view.offset, speed: 0, shownAt: 0 };
              upload.resumeFromPreviousUpload(prev);
              break;
            }
            if (view?.status === 'COMPLETE' && view.size === file.size) {
              // finished earlier but the page closed before it could forget the upload
              await defaultOptions.urlStorage.removeUpload(prev.urlStorageKey).catch(() => undefined);
              patch(key, {
                status: 'complete',
                uploadId: view.id,
                uploaded: view.size,
                sha256: view.sha256,
                sm3: view.sm3,
                message: '此文件此前已上传完成',
              });
              return;
            }
            // expired, rejected or unknown: forget it so that it is not offered again
            await defaultOptions.urlStorage.removeUpload(prev.urlStorageKey).catch(() => undefined);
          }
          if (!uploads.current.has(key)) return;
          patch(key, { status: 'uploading' });
          upload.start();
        })();
      }
    },
    [patch, settle],
  );

  const pause = useCallback(
    (key: string) => {
      const u = uploads.current.get(key);
      if (!u) return;
      void u.upload.abort();
      patch(key, { status: 'paused', speed: 0 });
    },
    [patch],
  );

  const resume = useCallback(
    (key: string) => {
      const u = uploads.current.get(key);
      if (!u) return;
      patch(key, { status: 'uploading', message: null });
      u.upload.start();
    },
    [patch],
  );

  /** Removes a file from the list; its partial upload stays resumable on the server until it expires. */
  const remove = useCallback((key: string) => {
    const u = uploads.current.get(key);
    if (u) void u.upload.abort();
    uploads.current.delete(key);
    setItems((prev) => prev.filter((i) => i.key !== key));
  }, []);

  useEffect(() => {
    const all = uploads.current;
    return () => {
      for (const u of all.values()) void u.upload.abort();
    };
  }, []);

  return { items, add, pause, resume, remove };
}
