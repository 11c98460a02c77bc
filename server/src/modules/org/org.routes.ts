import { agencyInput, unitInput } from '@zhifa/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/routes';
import type { Services } from '../../services';

const idParams = z.object({ id: z.string().uuid('编号格式错误') });

export function registerOrgRoutes(app: FastifyInstance, { org }: Services): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/regions',
    access: 'session',
    summary: '行政区划',
    tags: ['org'],
    handler: async () => org.listRegions(),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/agencies',
    access: 'agency.read',
    summary: '执法主体列表',
    tags: ['org'],
    handler: async ({ actor }) => org.listAgencies(actor),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/agencies/:id',
    access: 'agency.read',
    summary: '执法主体详情',
    tags: ['org'],
    schema: { params: idParams },
    handler: async ({ actor, params }) => org.getAgency(actor, params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/agencies',
    access: 'agency.manage',
    summary: '新增执法主体',
    tags: ['org'],
    schema: { body: agencyInput },
    handler: async ({ actor, body }) => org.getAgency(actor, await org.createAgency(actor, body)),
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/agencies/:id',
    access: 'agency.manage',
    summary: '修改执法主体',
    tags: ['org'],
    schema: { params: idParams, body: agencyInput },
    handler: async ({ actor, params, body }) => {
      await org.updateAgency(actor, params.id, body);
      return org.getAgency(actor, params.id);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/agencies/:id/units',
    access: 'agency.manage',
    summary: '新增内设机构',
    tags: ['org'],
    schema: { params: idParams, body: unitInput },
    handler: async ({ actor, params, body }) => {
      await org.createUnit(actor, params.id, body);
      return org.getAgency(actor, params.id);
    },
  });
}
