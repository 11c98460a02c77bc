import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { DEMO_ACCOUNTS } from '../../seed/demo-accounts';
import type { Services } from '../../services';
import { MIGRATIONS_FOLDER } from '../db';
import { defineRoute } from './routes';

export function registerSystemRoutes(app: FastifyInstance, services: Services): void {
  const { database, config, calendar, blobStore } = services;
  const expectedMigrations = (
    JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] }
  ).entries.length;

  defineRoute(app, {
    method: 'GET',
    url: '/api/health',
    access: 'public',
    summary: '健康检查：数据库、迁移、节假日数据、存储',
    tags: ['system'],
    handler: async ({ reply }) => {
      const report: Record<string, unknown> = { status: 'ok', mode: config.mode, time: new Date().toISOString() };
      let ok = true;
      try {
        const r = await database.tx({ kind: 'all' }, async (tx) => {
          const [v] = (await tx.execute(sql`SELECT current_setting('server_version') AS version, current_user AS role`))
            .rows as { version: string; role: string }[];
          const [m] = (await tx.execute(sql`SELECT count(*)::int AS applied FROM drizzle.__drizzle_migrations`))
            .rows as { applied: number }[];
          return { ...v, applied: m.applied };
        });
        report.database = { ok: true, version: r.version, role: r.role, embedded: config.embedded };
        report.migrations = { ok: r.applied === expectedMigrations, applied: r.applied, expected: expectedMigrations };
        if (r.applied !== expectedMigrations) ok = false;
      } catch (err) {
        ok = false;
        report.database = { ok: false, error: (err as Error).message };
      }
      try {
        const missing = await calendar.missingYears();
        const covered = (await calendar.calendar()).coveredYears();
        report.calendar = {
          ok: missing.length === 0,
          coveredFrom: covered[0] ?? null,
          coveredTo: covered[covered.length - 1] ?? null,
          missingYears: missing,
          message: missing.length ? `以下年份尚未导入节假日安排：${missing.join('、')}` : '节假日数据完整',
        };
        // A missing year degrades deadline computation but does not stop the service.
        if (missing.length) report.status = 'degraded';
      } catch (err) {
        report.calendar = { ok: false, error: (err as Error).message };
      }
      report.storage = { kind: blobStore.kind, ...(await blobStore.check()) };
      if (!(report.storage as { ok: boolean }).ok) ok = false;
      if (!ok) report.status = 'error';
      reply.status(ok ? 200 : 503);
      return report;
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/meta',
    access: 'public',
    summary: '运行模式与演示账户（仅演示模式）',
    tags: ['system'],
    handler: async () => ({
      mode: config.mode,
      demoAccounts:
        config.mode === 'demo'
          ? DEMO_ACCOUNTS.map(({ username, password, roleLabel, agencyName }) => ({
              username,
              password,
              roleLabel,
              agencyName,
            }))
          : [],
    }),
  });
}
