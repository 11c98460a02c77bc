import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerCasesRoutes } from './modules/cases/cases.routes';
import { registerCatalogueRoutes } from './modules/catalogue/catalogue.routes';
import { registerDocumentRoutes } from './modules/documents/documents.routes';
import { registerOfficerRoutes } from './modules/officers/officers.routes';
import { registerOrgRoutes } from './modules/org/org.routes';
import { registerCataloguePortal } from './modules/portal/portal.catalogue';
import { registerProceduresPortal } from './modules/portal/portal.procedures';
import { registerPortal } from './modules/portal/portal.routes';
import { registerProcedureRoutes } from './modules/procedures/procedures.routes';
import { registerDevicesRoutes } from './modules/records/devices.routes';
import { registerIngestRoutes } from './modules/records/ingest/ingest.routes';
import { registerRecordsRoutes } from './modules/records/records.routes';
import { registerAuditRoutes } from './platform/audit/audit.routes';
import { registerAuthRoutes } from './platform/auth/auth.routes';
import { registerCalendarRoutes } from './platform/calendar/calendar.routes';
import { installErrorHandler } from './platform/http/errors-handler';
import { watchApiRoutes } from './platform/http/routes';
import { installSessionHook } from './platform/http/session-hook';
import { registerSystemRoutes } from './platform/http/system.routes';
import { registerLedgerRoutes } from './platform/ledger/ledger.routes';
import type { Services } from './services';

z.config(z.locales.zhCN());

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

// Personal identifiers and secrets never reach the logs: no bodies are logged, cookies and CSRF
// headers are redacted, and query strings are dropped from logged URLs.
const LOG_REDACT = [
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

export async function buildApp(
  services: Services,
  opts: { logger?: boolean; logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: { paths: LOG_REDACT, censor: '[已隐去]' },
            serializers: {
              req: (req) => ({ method: req.method, url: String(req.url).split('?')[0], remoteAddress: req.ip }),
            },
            ...(opts.logStream ? { stream: opts.logStream } : {}),
          },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    genReqId: () => `req-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    requestIdHeader: false,
  });
  watchApiRoutes(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  await app.register(multipart, { limits: { fileSize: config.uploadLimit, files: 1 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Zhifa 执法 API', description: '行政执法综合管理平台接口', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zhifa_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  installErrorHandler(app);
  installSessionHook(app, services.auth, config);

  registerSystemRoutes(app, services);
  registerAuthRoutes(app, services);
  registerOrgRoutes(app, services);
  registerOfficerRoutes(app, services);
  registerCalendarRoutes(app, services);
  registerAuditRoutes(app, services);
  registerIngestRoutes(app, services);
  registerRecordsRoutes(app, services);
  registerDevicesRoutes(app, services);
  registerLedgerRoutes(app, services);
  registerCatalogueRoutes(app, services);
  registerCasesRoutes(app, services);
  registerPortal(app, services);
  registerCataloguePortal(app, services);
  registerDocumentRoutes(app, services);
  registerProcedureRoutes(app);
  registerProceduresPortal(app);

  // The staff app: a built React SPA under /app. In production mode it is served only once the
  // three administrators (三员) exist.
  if (existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      prefix: '/app/',
      decorateReply: true,
      index: false,
      wildcard: false,
    });
  }
  const serveApp = async (_req: unknown, reply: import('fastify').FastifyReply) => {
    if (config.mode === 'production') {
      const missing = await services.users.missingAdministrators();
      if (missing.length) {
        return reply
          .status(503)
          .type('text/html; charset=utf-8')
          .send(
            `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>系统尚未初始化</title><body style="font-family:sans-serif;padding:2em"><h1>系统尚未初始化</h1><p>生产模式下，须先用命令行创建系统管理员、安全管理员和审计管理员（三员），才能使用工作人员系统：</p><pre>npm run zhifa -- create-admin --role SYSTEM_ADMIN --username ...</pre></body></html>`,
          );
      }
    }
    if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
      return reply.status(503).type('text/plain; charset=utf-8').send('工作人员系统尚未构建：请运行 npm run build:web');
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html', WEB_DIST);
  };
  app.get('/app', { schema: { hide: true } }, serveApp);
  app.get('/app/*', { schema: { hide: true } }, async (req, reply) => {
    const rel = (req.params as { '*': string })['*'];
    if (rel && /\.[a-z0-9]+$/i.test(rel) && existsSync(path.join(WEB_DIST, rel)) && !rel.includes('..')) {
      return reply
        .header('cache-control', rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
        .sendFile(rel, WEB_DIST);
    }
    return serveApp(req, reply);
  });
  return app;
}
