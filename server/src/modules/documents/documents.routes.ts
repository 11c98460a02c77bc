import { signatureInput, uuid } from '@zhifa/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/routes';
import type { Services } from '../../services';
import { contentDisposition } from '../records/records.presenters';
import { DOCX_MIME, HTML_MIME } from './documents.render';
import type { OpenedDocument } from './documents.service';

const idParams = z.object({ id: uuid });

// The A4 page is shown on its own (new tab or frame of the app): styles only, no script, nothing external.
const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

function send(reply: FastifyReply, opened: OpenedDocument, mime: string, disposition: 'inline' | 'attachment') {
  return reply
    .header('Content-Type', mime)
    .header('Content-Length', String(opened.body.length))
    .header('Content-Disposition', contentDisposition(disposition, opened.fileName))
    .header('Cache-Control', 'private, no-store')
    .header('X-Content-Type-Options', 'nosniff')
    .header('ETag', `"${disposition === 'inline' ? opened.row.htmlSha256 : opened.row.docxSha256}"`)
    .send(opened.body);
}

export function registerDocumentRoutes(app: FastifyInstance, services: Services): void {
  const { documents } = services;

  defineRoute(app, {
    method: 'GET',
    url: '/api/documents/:id',
    access: 'case.read',
    summary: '文书详情（文号、模板版本、电子印章、签名记录）',
    tags: ['documents'],
    schema: { params: idParams },
    handler: async ({ actor, params }) => documents.get(actor, params.id),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/documents/:id/html',
    access: 'case.read',
    summary: '文书 A4 打印页（HTML）',
    tags: ['documents'],
    schema: { params: idParams },
    handler: async ({ actor, params, reply }) => {
      const opened = await documents.open(actor, params.id, 'HTML');
      reply.header('Content-Security-Policy', DOCUMENT_CSP);
      return send(reply, opened, HTML_MIME, 'inline');
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/documents/:id/docx',
    access: 'case.read',
    summary: '下载文书 Word 文件（已加盖电子印章）',
    tags: ['documents'],
    schema: { params: idParams },
    handler: async ({ actor, params, reply }) =>
      send(reply, await documents.open(actor, params.id, 'DOCX'), DOCX_MIME, 'attachment'),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/documents/:id/signatures',
    access: 'case.act',
    summary: '登记文书签名（或拒签情况）',
    tags: ['documents'],
    schema: { params: idParams, body: signatureInput },
    handler: async ({ actor, params, body }) => documents.sign(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/document-templates',
    access: 'case.read',
    summary: '文书模板（编码、名称、版本、字段）',
    tags: ['documents'],
    handler: async () => ({ items: documents.templates() }),
  });
}
