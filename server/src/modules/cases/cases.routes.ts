import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import {
  agentInput,
  avExemptionInput,
  caseActionInput,
  caseActionQuery,
  caseCreate,
  caseListQuery,
  caseOfficerInput,
  clockExtensionInput,
  clockPauseInput,
  page,
  pageSize,
  partyInput,
  recordLinkInput,
  uuid,
} from '@zhifa/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../../platform/http/routes';
import type { Services } from '../../services';
import { contentDisposition } from '../records/records.presenters';
import { buildCaseBundle } from './cases.bundle';

const idParams = z.object({ id: uuid });
const exemptionParams = z.object({ id: uuid, exemptionId: uuid });

export function registerCasesRoutes(app: FastifyInstance, services: Services): void {
  const { cases } = services;

  defineRoute(app, {
    method: 'GET',
    url: '/api/cases',
    access: 'case.read',
    summary: '案件列表（按紧急程度；我的案件；关键词）',
    tags: ['cases'],
    schema: { querystring: caseListQuery },
    handler: async ({ actor, query }) => cases.list(actor, query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/cases/unit-alerts',
    access: 'case.read',
    summary: '本部门红灯、黄灯案件',
    tags: ['cases'],
    schema: { querystring: z.object({ page, pageSize }) },
    handler: async ({ actor, query }) => cases.unitAlerts(actor, query),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/cases',
    access: 'case.create',
    summary: '登记案件（案源）',
    tags: ['cases'],
    schema: { body: caseCreate },
    handler: async ({ actor, body, reply }) => reply.code(201).send(await cases.create(actor, body)),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/cases/:id',
    access: 'case.read',
    summary: '案件详情（可办理事项及不能办理的理由、期限、当事人、文书、证据、流程记录）',
    tags: ['cases'],
    schema: { params: idParams },
    handler: async ({ actor, params }) => cases.get(actor, params.id),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/cases/:id/file',
    access: 'case.read',
    summary: '电子卷宗（按标准顺序排列，列出按结果应有而缺少的材料）',
    tags: ['cases'],
    schema: { params: idParams },
    handler: async ({ actor, params }) => cases.file(actor, params.id),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/cases/:id/file/bundle',
    access: 'case.read',
    summary: '导出电子卷宗（zip：可打印卷宗、文书 Word/HTML 及签章、证据包）',
    tags: ['cases'],
    schema: { params: idParams },
    handler: async ({ actor, params, reply }) => {
      const { blobStore, config, cipher, evidencePackages, database } = services;
      const file = await buildCaseBundle(database, { blobStore, config, cipher, evidencePackages }, actor, params.id);
      const stream = createReadStream(file.path);
      stream.on('close', () => void rm(file.path, { force: true }));
      return reply
        .header('Content-Type', 'application/zip')
        .header('Content-Length', String(file.size))
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Disposition', contentDisposition('attachment', file.displayName))
        .send(stream);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/cases/:id/actions',
    access: 'case.act',
    summary: '办理案件事项（程序引擎校验；法律不允许时返回 422 及规则编号）；view=summary 只返回办理结果',
    tags: ['cases'],
    schema: { params: idParams, querystring: caseActionQuery, body: caseActionInput },
    handler: async ({ actor, params, query, body }) => cases.act(actor, params.id, body, query.view),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/cases/:id/parties',
    access: 'case.act',
    summary: '添加当事人',
    tags: ['cases'],
    schema: { params: idParams, body: partyInput },
    handler: async ({ actor, params, body }) => cases.addParty(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/cases/:id/agents',
    access: 'case.act',
    summary: '添加委托代理人（每名当事人一至二人）',
    tags: ['cases'],
    schema: { params: idParams, body: agentInput },
    handler: async ({ actor, params, body }) => cases.addAgent(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/cases/:id/officers',
    access: 'case.act',
    summary: '指定办案人员',
    tags: ['cases'],
    schema: { params: idParams, body: z.object({ officers: z.array(caseOfficerInput).max(20) }) },
    handler: async ({ actor, params, body }) => cases.setOfficers(actor, params.id, body.officers),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/cases/:id/records',
    access: 'case.act',
    summary: '关联证据或音像记录',
    tags: ['cases'],
    schema: { params: idParams, body: recordLinkInput },
    handler: async ({ actor, params, body }) => cases.linkRecord(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/cases/:id/av-exemptions',
    access: 'case.act',
    summary: '登记未音像记录的理由',
    tags: ['cases'],
    schema: { params: idParams, body: avExemptionInput },
    handler: async ({ actor, params, body }) => cases.requestAvExemption(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/cases/:id/av-exemptions/:exemptionId/approve',
    access: 'case.act',
    summary: '批准未音像记录的理由（负责人）',
    tags: ['cases'],
    schema: { params: exemptionParams },
    handler: async ({ actor, params }) => cases.approveAvExemption(actor, params.id, params.exemptionId),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/cases/:id/clocks/extensions',
    access: 'case.act',
    summary: '批准延长期限（机关负责人）',
    tags: ['cases'],
    schema: { params: idParams, body: clockExtensionInput },
    handler: async ({ actor, params, body }) => cases.extendClock(actor, params.id, body),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/cases/:id/clocks/pauses',
    access: 'case.act',
    summary: '登记期限中止期间（听证、检测、公告等）',
    tags: ['cases'],
    schema: { params: idParams, body: clockPauseInput },
    handler: async ({ actor, params, body }) => cases.pauseClock(actor, params.id, body),
  });
}
