import { catalogueSearchQuery, LIST_TYPES, uuid } from '@zhifa/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/routes';
import type { Services } from '../../services';
import { sendFile } from './catalogue.routes';

const PUBLIC_RATE = { rateLimit: { max: 120, timeWindow: '1 minute' } };
const TAGS = ['public'];
const listParams = z.object({ agencyId: uuid, listType: z.enum(LIST_TYPES, { error: '清单类型无效' }) });
const version = z.coerce.number({ error: '版本号必须是数字' }).int().min(1, '版本号应为正整数').optional();

/**
 * Open data of the catalogue (事前公示, issue 4 §6): published versions only, no session. The portal
 * pages call the same service functions.
 */
export function registerCataloguePublicRoutes(app: FastifyInstance, services: Services): void {
  const { catalogue } = services;

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/catalogue/search',
    access: 'public',
    summary: '公开：按中文关键词检索各执法主体已公布的清单条目',
    tags: TAGS,
    config: PUBLIC_RATE,
    schema: { querystring: catalogueSearchQuery },
    handler: async ({ query }) => catalogue.search(query.q, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/catalogue/agencies/:agencyId',
    access: 'public',
    summary: '公开：执法主体已公布的清单类型',
    tags: TAGS,
    config: PUBLIC_RATE,
    schema: { params: z.object({ agencyId: uuid }) },
    handler: async ({ params }) => catalogue.publishedTypes(params.agencyId),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/catalogue/agencies/:agencyId/:listType',
    access: 'public',
    summary: '公开：现行公布的清单（version=n 为历史版本）',
    tags: TAGS,
    config: PUBLIC_RATE,
    schema: { params: listParams, querystring: z.object({ version }) },
    handler: async ({ params, query }) => catalogue.publishedList(params.agencyId, params.listType, query.version),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/catalogue/agencies/:agencyId/:listType/versions',
    access: 'public',
    summary: '公开：清单的公布历史（版本、施行日期、公布时间、SM3 摘要、条目数）',
    tags: TAGS,
    config: PUBLIC_RATE,
    schema: { params: listParams },
    handler: async ({ params }) => catalogue.versions(params.agencyId, params.listType),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/catalogue/agencies/:agencyId/:listType/download',
    access: 'public',
    summary: '公开：下载清单（format=xlsx 或 csv；version=n 为历史版本）',
    tags: TAGS,
    config: PUBLIC_RATE,
    schema: {
      params: listParams,
      querystring: z.object({
        format: z.enum(['xlsx', 'csv'], { error: '格式应为 xlsx 或 csv' }).default('csv'),
        version,
      }),
    },
    handler: async ({ params, query, reply }) =>
      sendFile(
        reply,
        await catalogue.exportFile(
          { agencyId: params.agencyId, listType: params.listType, version: query.version },
          query.format,
        ),
      ),
  });
}
