import { deviceCheckoutInput, deviceInput, deviceListQuery, deviceReturnInput, uuid } from '@zhifa/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/routes';
import type { Services } from '../../services';

const idParams = z.object({ id: uuid });

export function registerDevicesRoutes(app: FastifyInstance, services: Services): void {
  const { devices } = services;

  defineRoute(app, {
    method: 'GET',
    url: '/api/devices',
    access: 'device.read',
    summary: '执法记录设备登记簿（按权限范围）',
    tags: ['devices'],
    schema: { querystring: deviceListQuery },
    handler: async ({ actor, query }) => devices.list(actor, query),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/devices',
    access: 'device.manage',
    summary: '登记设备',
    tags: ['devices'],
    schema: { body: deviceInput },
    handler: async ({ actor, body }) => devices.register(actor, body),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/devices/:id',
    access: 'device.read',
    summary: '设备详情及使用登记',
    tags: ['devices'],
    schema: { params: idParams },
    handler: async ({ actor, params }) => devices.get(actor, params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/devices/:id/checkout',
    access: 'device.manage',
    summary: '设备领用登记',
    tags: ['devices'],
    schema: { params: idParams, body: deviceCheckoutInput },
    handler: async ({ actor, params, body }) => devices.checkout(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/devices/:id/return',
    access: 'device.manage',
    summary: '设备归还登记',
    tags: ['devices'],
    schema: { params: idParams, body: deviceReturnInput },
    handler: async ({ actor, params, body }) => devices.return(actor, params.id, body),
  });
}
