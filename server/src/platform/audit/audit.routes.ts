import { auditQuery } from '@zhifa/contracts';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services';
import { actorOf } from '../auth/auth.service';
import { loadExcel } from '../excel';
import { defineRoute } from '../http/routes';
import { beijingDateTime } from '../time';
import { AUDIT_EVENT_TYPES, AUDIT_EVENTS, type AuditEventType } from './audit.catalogue';
import { appendAudit, searchAudit } from './audit.service';

const label = (t: string) => AUDIT_EVENTS[t as AuditEventType]?.label ?? t;
const EXPORT_LIMIT = 50_000;

/** Only the audit administrator searches and exports the log; each search is itself logged. */
export function registerAuditRoutes(app: FastifyInstance, { database }: Services): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/audit/event-types',
    access: 'audit.read',
    summary: '审计事件类型',
    tags: ['audit'],
    handler: async () => AUDIT_EVENT_TYPES.map((type) => ({ type, label: label(type) })),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/audit',
    access: 'audit.read',
    summary: '查询审计日志与调阅记录',
    tags: ['audit'],
    schema: { querystring: auditQuery },
    handler: async ({ actor, query }) =>
      database.tx({ kind: 'all' }, async (tx) => {
        const { total, items } = await searchAudit(tx, query);
        const { page: _p, pageSize: _s, ...filters } = query;
        await appendAudit(tx, actorOf(actor), {
          type: 'AUDIT_LOG_SEARCHED',
          subjectType: 'audit-log',
          subjectId: actor.userId,
          payload: { query: filters, count: total },
        });
        return {
          total,
          page: query.page,
          pageSize: query.pageSize,
          items: items.map((e) => ({
            id: e.id,
            eventType: e.eventType,
            eventLabel: label(e.eventType),
            actorName: e.actorName,
            actorUserId: e.actorUserId,
            agencyId: e.agencyId,
            subjectType: e.subjectType,
            subjectId: e.subjectId,
            payload: e.payload,
            ip: e.ip,
            requestId: e.requestId,
            occurredAt: e.occurredAt.toISOString(),
            hash: e.hash,
          })),
        };
      }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/audit/export',
    access: 'audit.read',
    summary: '导出审计日志（Excel）',
    tags: ['audit'],
    schema: { querystring: auditQuery },
    handler: async ({ actor, query, reply }) => {
      const rows = await database.tx({ kind: 'all' }, async (tx) => {
        const { items, total } = await searchAudit(tx, { ...query, page: 1, pageSize: EXPORT_LIMIT });
        const { page: _p, pageSize: _s, ...filters } = query;
        await appendAudit(tx, actorOf(actor), {
          type: 'AUDIT_LOG_EXPORTED',
          subjectType: 'audit-log',
          subjectId: actor.userId,
          payload: { query: filters, count: Math.min(total, EXPORT_LIMIT) },
        });
        return items;
      });
      const wb = new (await loadExcel()).Workbook();
      const ws = wb.addWorksheet('审计日志');
      ws.columns = [
        { header: '序号', key: 'id', width: 10 },
        { header: '时间（北京时间）', key: 'occurredAt', width: 22 },
        { header: '事件', key: 'event', width: 18 },
        { header: '操作人', key: 'actorName', width: 14 },
        { header: '对象', key: 'subject', width: 44 },
        { header: 'IP', key: 'ip', width: 16 },
        { header: '请求编号', key: 'requestId', width: 20 },
        { header: '内容', key: 'payload', width: 60 },
        { header: '哈希（SM3）', key: 'hash', width: 66 },
      ];
      ws.getRow(1).font = { bold: true };
      for (const e of rows) {
        ws.addRow({
          id: e.id,
          occurredAt: beijingDateTime(e.occurredAt),
          event: label(e.eventType),
          actorName: e.actorName,
          subject: `${e.subjectType}:${e.subjectId}`,
          ip: e.ip,
          requestId: e.requestId,
          payload: JSON.stringify(e.payload),
          hash: e.hash,
        });
      }
      reply
        .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'Content-Disposition',
          `attachment; filename="audit.xlsx"; filename*=UTF-8''${encodeURIComponent('审计日志.xlsx')}`,
        )
        .send(Buffer.from(await wb.xlsx.writeBuffer()));
    },
  });
}
