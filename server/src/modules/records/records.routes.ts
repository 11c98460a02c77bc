import {
  accessReasonQuery,
  accessRegisterQuery,
  disposalDecisionInput,
  disposalRequestInput,
  legalHoldInput,
  recordInput,
  recordListQuery,
  recordMetadataEdit,
  shareInput,
  uuid,
} from '@zhifa/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../platform/auth/permissions';
import { defineRoute } from '../../platform/http/routes';
import type { Services } from '../../services';
import { contentDisposition } from './records.presenters';

const idParams = z.object({ id: uuid });
const fileParams = z.object({ id: uuid, fileId: uuid });
const decisionParams = z.object({ id: uuid, requestId: uuid });
/** To whom the record was shown or handed, and why (a custody fact; to be moved to contracts). */

function refusal(req: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message, fields: [], requestId: req.id } });
}

export function registerRecordsRoutes(app: FastifyInstance, services: Services): void {
  const { records } = services;

  defineRoute(app, {
    method: 'POST',
    url: '/api/records',
    access: 'record.create',
    summary: '新建证据或音像记录（附加已完成的上传文件）',
    tags: ['records'],
    schema: { body: recordInput },
    handler: async ({ actor, body }) => records.create(actor, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/records',
    access: 'record.read',
    summary: '记录列表（按权限范围）',
    tags: ['records'],
    schema: { querystring: recordListQuery },
    handler: async ({ actor, query }) => records.list(actor, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/records/:id',
    access: 'record.read',
    summary: '记录详情（写入调阅记录；受限记录须说明理由）',
    tags: ['records'],
    schema: { params: idParams, querystring: accessReasonQuery },
    handler: async ({ actor, params, query }) => records.get(actor, params.id, query.reason),
  });

  const fileRoute =
    (mode: 'stream' | 'download') =>
    async ({
      req,
      reply,
      actor,
      params,
      query,
    }: {
      req: FastifyRequest;
      reply: FastifyReply;
      actor: Actor;
      params: z.output<typeof fileParams>;
      query: z.output<typeof accessReasonQuery>;
    }) => {
      const opened = await records.openFile(actor, params.id, params.fileId, {
        mode,
        range: req.headers.range,
        reason: query.reason,
      });
      if (opened.kind === 'gone') return refusal(req, reply, 410, 'GONE', opened.message);
      if (opened.kind === 'unsatisfiable') {
        reply.header('Content-Range', `bytes */${opened.size}`);
        return refusal(req, reply, 416, 'RANGE_NOT_SATISFIABLE', '请求的字节范围超出文件大小');
      }
      const { range, size } = opened;
      reply
        .code(range ? 206 : 200)
        .header('Content-Type', opened.mime)
        .header('Content-Length', String(range ? range.end - range.start + 1 : size))
        .header('Accept-Ranges', 'bytes')
        .header('ETag', `"${opened.sha256}"`)
        .header('Cache-Control', 'private, no-store')
        .header('X-Content-Type-Options', 'nosniff')
        .header(
          'Content-Disposition',
          contentDisposition(mode === 'stream' ? 'inline' : 'attachment', opened.fileName),
        );
      if (range) reply.header('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      return reply.send(opened.body);
    };

  defineRoute(app, {
    method: 'GET',
    url: '/api/records/:id/files/:fileId/content',
    access: 'record.read',
    summary: '播放或查看文件（支持 Range 分段请求）',
    tags: ['records'],
    schema: { params: fileParams, querystring: accessReasonQuery },
    handler: fileRoute('stream'),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/records/:id/files/:fileId/download',
    access: 'record.read',
    summary: '下载文件（写入调阅记录）',
    tags: ['records'],
    schema: { params: fileParams, querystring: accessReasonQuery },
    handler: fileRoute('download'),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/records/:id/metadata',
    access: 'record.create',
    summary: '修改记录元数据（新增版本，旧版本保留）',
    tags: ['records'],
    schema: { params: idParams, body: recordMetadataEdit },
    handler: async ({ actor, params, body }) => records.editMetadata(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/records/:id/share',
    access: 'record.read',
    summary: '登记共享（向谁出示或移交了记录）',
    tags: ['records'],
    schema: { params: idParams, body: shareInput },
    handler: async ({ actor, params, body }) => records.share(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/records/:id/legal-hold',
    access: 'record.manage',
    summary: '设置或解除保全（保全期间不得处置）',
    tags: ['records'],
    schema: { params: idParams, body: legalHoldInput },
    handler: async ({ actor, params, body }) => records.setLegalHold(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/records/:id/disposal',
    access: 'record.manage',
    summary: '申请处置（销毁）记录',
    tags: ['records'],
    schema: { params: idParams, body: disposalRequestInput },
    handler: async ({ actor, params, body }) => records.requestDisposal(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/records/:id/disposal/:requestId/decision',
    access: 'record.manage',
    summary: '审批处置申请（须由另一人审批）',
    tags: ['records'],
    schema: { params: decisionParams, body: disposalDecisionInput },
    handler: async ({ actor, params, body }) => records.decideDisposal(actor, params.id, params.requestId, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/access-register',
    access: 'access.read',
    summary: '调阅记录登记簿（查看、播放、下载、共享、导出）',
    tags: ['records'],
    schema: { querystring: accessRegisterQuery },
    handler: async ({ actor, query }) => records.accessRegister(actor, query),
  });
}
