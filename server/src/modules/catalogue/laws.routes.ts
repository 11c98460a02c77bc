import { lawInput, lawVersionInput, uuid } from '@zhifa/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/routes';
import type { Services } from '../../services';
import { applicableQuery } from './catalogue.schemas';

const TAGS = ['laws'];
const idParams = z.object({ id: uuid });
/** Either { markdown } (LAW_IMPORT.md) or { law, versions }; field errors keep their paths (law.name …). */
const importBody = z
  .object({
    markdown: z.string().min(1, '请提供 Markdown 文本').max(2_000_000, 'Markdown 文本过长').optional(),
    law: lawInput.optional(),
    versions: z.array(lawVersionInput).min(1, '请至少提供一个版本').max(20).optional(),
  })
  .strict()
  .refine((b) => (b.markdown !== undefined) !== (b.law !== undefined || b.versions !== undefined), {
    error: '请提交 { markdown } 或 { law, versions } 之一',
  })
  .refine((b) => b.markdown !== undefined || (b.law !== undefined && b.versions !== undefined), {
    error: '请同时提交 law 和 versions',
    path: ['versions'],
  });

/** The law library (issue 4 §1): read by every signed-in user, maintained under law.manage. */
export function registerLawRoutes(app: FastifyInstance, services: Services): void {
  const { laws } = services;

  defineRoute(app, {
    method: 'GET',
    url: '/api/laws',
    access: 'session',
    summary: '法律法规库（含各版本；q 按名称检索）',
    tags: TAGS,
    schema: { querystring: z.object({ q: z.string().trim().max(60).optional() }) },
    handler: async ({ query }) => laws.list(query.q),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/laws/applicable',
    access: 'session',
    summary: '从旧兼从轻：某条款适用哪一版本（行政处罚法第三十七条）',
    tags: TAGS,
    schema: { querystring: applicableQuery },
    handler: async ({ query }) => laws.applicable(query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/laws/:id',
    access: 'session',
    summary: '法律法规详情（各版本及条文）',
    tags: TAGS,
    schema: { params: idParams },
    handler: async ({ params }) => laws.get(params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/laws',
    access: 'law.manage',
    summary: '新增法律法规',
    tags: TAGS,
    schema: { body: lawInput },
    handler: async ({ actor, body }) => laws.create(actor, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/laws/:id/versions',
    access: 'law.manage',
    summary: '新增法律法规版本（施行期间不得与已有版本重叠）',
    tags: TAGS,
    schema: { params: idParams, body: lawVersionInput },
    bodyLimit: 10 * 1024 * 1024,
    handler: async ({ actor, params, body }) => laws.addVersion(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/laws/import',
    access: 'law.manage',
    summary: '导入法律法规（JSON 或 Markdown，格式见 LAW_IMPORT.md）',
    tags: TAGS,
    schema: { body: importBody },
    bodyLimit: 10 * 1024 * 1024,
    handler: async ({ actor, body }) =>
      laws.import(
        actor,
        body.markdown !== undefined ? { markdown: body.markdown } : { law: body.law!, versions: body.versions! },
      ),
  });
}
