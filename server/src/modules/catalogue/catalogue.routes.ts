import { isoDate, LIST_TYPES, listDraftInput, listQuery, optionalText, uuid, workflowInput } from '@zhifa/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { defineRoute } from '../../platform/http/routes';
import type { Services } from '../../services';
import type { ExportedFile } from './catalogue.public';
import { registerCataloguePublicRoutes } from './catalogue.public-routes';
import { proposedDecisionInput } from './catalogue.schemas';
import { registerLawRoutes } from './laws.routes';

const listType = z.enum(LIST_TYPES, { error: '清单类型无效' });
const idParams = z.object({ id: uuid });
const agencyListParams = z.object({ agencyId: uuid, listType });
const importParams = z.object({ agencyId: uuid, listType, id: uuid });
const TAGS = ['catalogue'];

export function sendFile(reply: FastifyReply, file: ExportedFile): void {
  const ascii = file.fileName.endsWith('.csv') ? 'catalogue.csv' : 'catalogue.xlsx';
  reply
    .header('Content-Type', file.contentType)
    .header(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.body);
}

/** Staff API of the catalogue (issue 4), the law library and the public catalogue API. */
export function registerCatalogueRoutes(app: FastifyInstance, services: Services): void {
  const { catalogue, config } = services;
  registerLawRoutes(app, services);
  registerCataloguePublicRoutes(app, services);

  defineRoute(app, {
    method: 'GET',
    url: '/api/catalogue/lists',
    access: 'catalogue.read',
    summary: '清单版本列表（按权限范围；监督机关为本区域）',
    tags: TAGS,
    schema: { querystring: listQuery },
    handler: async ({ actor, query }) => catalogue.list(actor, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/catalogue/lists/:id',
    access: 'catalogue.read',
    summary: '清单版本详情（条目、意见、可执行的操作）',
    tags: TAGS,
    schema: { params: idParams },
    handler: async ({ actor, params }) => catalogue.get(actor, params.id),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/catalogue/lists/:id/diff',
    access: 'catalogue.read',
    summary: '比较同一清单的两个版本（按编码）',
    tags: TAGS,
    schema: { params: idParams, querystring: z.object({ against: uuid }) },
    handler: async ({ actor, params, query }) => catalogue.diff(actor, params.id, query.against),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/catalogue/lists/:id/export',
    access: 'catalogue.read',
    summary: '导出清单版本（xlsx 或 CSV）',
    tags: TAGS,
    schema: { params: idParams, querystring: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }) },
    handler: async ({ actor, params, query, reply }) =>
      sendFile(reply, await catalogue.exportList(actor, params.id, query.format)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/catalogue/agencies/:agencyId/:listType/draft',
    access: 'catalogue.edit',
    summary: '新建清单版本（草稿，复制现行公布的条目）',
    tags: TAGS,
    schema: {
      params: agencyListParams,
      body: z
        .object({ effectiveFrom: isoDate.optional(), changeReason: optionalText('修订说明', 500) })
        .strict()
        .optional(),
    },
    handler: async ({ actor, params, body }) =>
      catalogue.createDraft(actor, params.agencyId, params.listType, {
        effectiveFrom: body?.effectiveFrom,
        changeReason: body?.changeReason || undefined,
      }),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/catalogue/lists/:id',
    access: 'catalogue.edit',
    summary: '保存草稿（仅草稿或已退回的版本；逐条校验）',
    tags: TAGS,
    schema: { params: idParams, body: listDraftInput },
    bodyLimit: 20 * 1024 * 1024,
    handler: async ({ actor, params, body }) => catalogue.save(actor, params.id, body),
  });

  const workflow = [
    ['submit', 'catalogue.edit', '提交审核'],
    ['return', 'catalogue.review', '退回修改（须填写意见）'],
    ['approve', 'catalogue.review', '审核通过（审核人不得为提交人）'],
    ['publish', 'catalogue.publish', '公布（计算 SM3 摘要，替代现行版本，记入账本）'],
  ] as const;
  for (const [action, access, summary] of workflow) {
    defineRoute(app, {
      method: 'POST',
      url: `/api/catalogue/lists/:id/${action}`,
      access,
      summary,
      tags: TAGS,
      schema: { params: idParams, body: workflowInput },
      handler: async ({ actor, params, body }) => {
        const comment = body.comment;
        if (action === 'submit') return catalogue.submit(actor, params.id, comment);
        if (action === 'return') return catalogue.returnForChanges(actor, params.id, comment);
        if (action === 'approve') return catalogue.approve(actor, params.id, comment);
        return catalogue.publish(actor, params.id, comment);
      },
    });
  }

  defineRoute(app, {
    method: 'GET',
    url: '/api/catalogue/template/:listType',
    access: 'catalogue.edit',
    summary: '下载清单导入模板（xlsx，每列有填写说明）',
    tags: TAGS,
    schema: { params: z.object({ listType }) },
    handler: async ({ params, reply }) => sendFile(reply, await catalogue.template(params.listType)),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/catalogue/agencies/:agencyId/:listType/imports',
    access: 'catalogue.edit',
    summary: '上传清单文件并开始校验（multipart：file）',
    tags: TAGS,
    bodyLimit: config.uploadLimit,
    schema: { params: agencyListParams },
    handler: async ({ req, actor, params }) => {
      if (!req.isMultipart())
        throw new AppError('VALIDATION', '请以 multipart/form-data 上传文件', [
          { path: 'file', message: '请选择文件' },
        ]);
      let file: { name: string; data: Buffer } | null = null;
      for await (const part of req.parts({ limits: { fileSize: config.uploadLimit, files: 1, fields: 5 } })) {
        if (part.type !== 'file') continue;
        const data = await part.toBuffer();
        if (part.file.truncated) throw new AppError('PAYLOAD_TOO_LARGE', '上传的文件过大');
        file = { name: part.filename, data };
      }
      if (!file) throw new AppError('VALIDATION', '请选择清单文件', [{ path: 'file', message: '请选择清单文件' }]);
      return catalogue.startImport(actor, params.agencyId, params.listType, file.name, file.data);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/catalogue/agencies/:agencyId/:listType/imports/:id',
    access: 'catalogue.edit',
    summary: '清单导入的校验进度与错误报告（行、列、原因）',
    tags: TAGS,
    schema: { params: importParams },
    handler: async ({ actor, params }) => catalogue.importView(actor, params.id, params),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/catalogue/agencies/:agencyId/:listType/imports/:id/apply',
    access: 'catalogue.edit',
    summary: '确认导入：以校验通过的条目替换草稿的条目',
    tags: TAGS,
    schema: { params: importParams },
    handler: async ({ actor, params }) => catalogue.applyImport(actor, params.id, params),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/catalogue/review-required',
    access: 'catalogue.read',
    summary: '按已公布的重大执法决定法制审核目录判断拟作决定是否须法制审核',
    tags: TAGS,
    schema: { body: proposedDecisionInput },
    handler: async ({ actor, body }) => {
      const { agencyId, ...decision } = body;
      return catalogue.reviewRequiredAs(actor, agencyId, decision);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/catalogue/agencies/:agencyId/profile',
    access: 'catalogue.read',
    summary: '执法参数（全国默认值与本机关公布的参数，标明每项来源）',
    tags: TAGS,
    schema: { params: z.object({ agencyId: uuid }) },
    handler: async ({ actor, params }) => catalogue.profileAs(actor, params.agencyId),
  });
}
