import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../platform/errors';
import { defineRoute } from '../../../platform/http/routes';
import type { Services } from '../../../services';
import { SIMPLE_UPLOAD_LIMIT } from './ingest.service';

const idParams = z.object({ id: z.string().min(1).max(100) });
const TAGS = ['uploads'];

/**
 * Uploads (issue 3 §2). The tus protocol at /api/uploads: POST creates, HEAD tells the stored
 * offset, PATCH appends, DELETE ends; the session hook has already resolved the user and checked
 * the CSRF header (tus-js-client sends `x-csrf-token`). The request body of a PATCH is left
 * unread by Fastify and streamed by the tus server straight to disk.
 */
export function registerIngestRoutes(app: FastifyInstance, services: Services): void {
  const { ingest } = services;
  app.addContentTypeParser('application/offset+octet-stream', (_req, _payload, done) => done(null));
  app.addHook('onClose', async () => ingest.close());

  defineRoute(app, {
    method: 'POST',
    url: '/api/uploads',
    access: 'record.create',
    summary: '创建断点续传上传（tus 1.0.0；Upload-Metadata：filename、fileKind、agencyId，可选 sha256、sm3）',
    tags: TAGS,
    handler: ({ req, reply, actor }) => ingest.handleTus('POST', actor, req, reply),
  });

  // GET answers the upload's state as JSON; its HEAD sibling (added by Fastify) is the tus HEAD.
  defineRoute(app, {
    method: 'GET',
    url: '/api/uploads/:id',
    access: 'record.create',
    summary: '上传状态（HEAD：tus 已保存的偏移量）',
    tags: TAGS,
    schema: { params: idParams },
    handler: ({ req, reply, actor, params }) =>
      req.method === 'HEAD' ? ingest.handleTus('HEAD', actor, req, reply, params.id) : ingest.view(actor, params.id),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/uploads/:id',
    access: 'record.create',
    summary: '续传一段数据（tus；可带 Upload-Checksum: sha1|sha256 <base64>）',
    tags: TAGS,
    schema: { params: idParams },
    handler: ({ req, reply, actor, params }) => ingest.handleTus('PATCH', actor, req, reply, params.id),
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/uploads/:id',
    access: 'record.create',
    summary: '终止上传并删除已接收的数据（tus termination）',
    tags: TAGS,
    schema: { params: idParams },
    handler: ({ req, reply, actor, params }) => ingest.handleTus('DELETE', actor, req, reply, params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/uploads/simple',
    access: 'record.create',
    summary: '上传小文件（multipart：agencyId、fileKind、可选 sha256/sm3，最后是 file；不超过 50 MB）',
    tags: TAGS,
    bodyLimit: SIMPLE_UPLOAD_LIMIT + 1024 * 1024,
    handler: async ({ req, actor }) => {
      if (!req.isMultipart()) throw new AppError('VALIDATION', '请以 multipart/form-data 上传文件');
      return ingest.simpleUpload(actor, req.parts({ limits: { fileSize: SIMPLE_UPLOAD_LIMIT, files: 1, fields: 10 } }));
    },
  });
}
