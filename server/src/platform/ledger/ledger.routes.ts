import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { page, pageSize, uuid } from '@zhifa/contracts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerTransparencyPages } from '../../modules/portal/portal.transparency';
import type { Services } from '../../services';
import { defineRoute } from '../http/routes';

/**
 * The Merkle log over the audit ledger (issue 3 §4).
 *   staff (ledger.read: system admin, audit admin, supervisor)
 *     GET  /api/ledger/checkpoints          signed checkpoints, newest first
 *     POST /api/ledger/checkpoints          sign a checkpoint now (SYSTEM_ADMIN only, checked in the service)
 *     GET  /api/ledger/status               tree size, sequenced vs audit events, last checkpoint
 *   public (no session: anyone may check the platform)
 *     GET  /api/public/ledger/checkpoints   signed checkpoints
 *     GET  /api/public/ledger/key           the SM2 public key (PEM) and its key id
 *     GET  /api/public/ledger/consistency   consistency proof between two published sizes
 *     GET  /api/public/ledger/proof/:eventId inclusion proof of a published item
 *   records (record.read, object check in the service)
 *     GET  /api/records/:id/evidence-package 电子证据包 (zip)
 * and the portal pages /transparency and /transparency/proof.
 */
const pageQuery = z.object({ page, pageSize });
const PUBLIC_RATE = { rateLimit: { max: 120, timeWindow: '1 minute' } };

export function registerLedgerRoutes(app: FastifyInstance, services: Services): void {
  const { ledger, evidencePackages } = services;

  defineRoute(app, {
    method: 'GET',
    url: '/api/ledger/checkpoints',
    access: 'ledger.read',
    summary: '已签署的检查点',
    tags: ['ledger'],
    schema: { querystring: pageQuery },
    handler: async ({ query }) => ({ ...(await ledger.listCheckpoints(query.page, query.pageSize)), ...query }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/ledger/checkpoints',
    access: 'ledger.read',
    summary: '立即签署检查点（系统管理员）',
    tags: ['ledger'],
    handler: async ({ actor }) => ({ checkpoint: await ledger.manualCheckpoint(actor) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/ledger/status',
    access: 'ledger.read',
    summary: '日志状态',
    tags: ['ledger'],
    handler: async () => ledger.status(),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/ledger/checkpoints',
    access: 'public',
    summary: '公开：已签署的检查点',
    tags: ['public'],
    config: PUBLIC_RATE,
    schema: { querystring: pageQuery },
    handler: async ({ query }) => ({ ...(await ledger.listCheckpoints(query.page, query.pageSize)), ...query }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/ledger/key',
    access: 'public',
    summary: '公开：检查点签名公钥（SM2）',
    tags: ['public'],
    handler: async () => ledger.publicKey(),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/ledger/consistency',
    access: 'public',
    summary: '公开：两个树大小之间的一致性证明',
    tags: ['public'],
    config: PUBLIC_RATE,
    schema: {
      querystring: z.object({
        first: z.coerce.number({ error: 'first 必须是数字' }).int().min(1, 'first 最小为 1'),
        second: z.coerce.number({ error: 'second 必须是数字' }).int().min(1, 'second 最小为 1'),
      }),
    },
    handler: async ({ query }) => ledger.consistencyProof(query.first, query.second, { publishedOnly: true }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/public/ledger/proof/:eventId',
    access: 'public',
    summary: '公开：已公开事项的包含证明',
    tags: ['public'],
    config: PUBLIC_RATE,
    schema: {
      params: z.object({
        eventId: z.coerce.number({ error: '编号必须是数字' }).int('编号必须是整数').positive('编号必须是正整数'),
      }),
    },
    handler: async ({ params }) => ledger.publicInclusionProof(params.eventId),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/records/:id/evidence-package',
    access: 'record.read',
    summary: '导出电子证据包（zip）',
    tags: ['records'],
    schema: {
      params: z.object({ id: uuid }),
      querystring: z.object({ reason: z.string().trim().max(200, '原因不能超过 200 个字').optional() }),
    },
    handler: async ({ actor, params, query, reply }) => {
      const pkg = await evidencePackages.build(actor, params.id, query.reason || null);
      const stream = createReadStream(pkg.path);
      // The temporary file goes once sent (or if the client goes away).
      stream.on('close', () => void rm(pkg.path, { force: true }));
      return reply
        .header('Content-Type', 'application/zip')
        .header('Content-Length', String(pkg.size))
        .header('X-Content-Type-Options', 'nosniff')
        .header(
          'Content-Disposition',
          `attachment; filename="${pkg.fileName}"; filename*=UTF-8''${encodeURIComponent(pkg.displayName)}`,
        )
        .send(stream);
    },
  });

  registerTransparencyPages(app, services);
}
