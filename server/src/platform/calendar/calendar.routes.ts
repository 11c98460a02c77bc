import { calendarYearInput } from '@zhifa/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../services';
import { actorOf } from '../auth/auth.service';
import { can } from '../auth/permissions';
import { defineRoute } from '../http/routes';

const yearParams = z.object({
  year: z.coerce.number().int().min(2000, '年份应在 2000–2100 之间').max(2100, '年份应在 2000–2100 之间'),
});

export function registerCalendarRoutes(app: FastifyInstance, { calendar }: Services): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/calendar',
    access: 'calendar.read',
    summary: '节假日安排概览（含未导入的年份）',
    tags: ['calendar'],
    handler: async ({ actor }) => calendar.overview(can(actor, 'calendar.manage')),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/calendar/:year',
    access: 'calendar.read',
    summary: '某年的放假和调休上班日',
    tags: ['calendar'],
    schema: { params: yearParams },
    handler: async ({ params }) => calendar.year(params.year),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/calendar/:year',
    access: 'calendar.manage',
    summary: '导入或修改某年的国务院节假日安排',
    tags: ['calendar'],
    schema: { params: yearParams, body: calendarYearInput },
    handler: async ({ actor, params, body }) => {
      await calendar.saveYear(actorOf(actor), params.year, body, 'MANUAL');
      return calendar.year(params.year);
    },
  });
}
