import type { FastifyInstance } from 'fastify';
import { SYSTEM_ACTOR } from './platform/audit/audit.service';
import { type Config, loadConfig } from './platform/config';
import { connectDatabase, type Database, runMigrations } from './platform/db';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './platform/embedded-postgres';
import { isDemoSeeded, seedDemo } from './seed/demo';
import { buildServices, type Services } from './services';

export interface Runtime {
  config: Config;
  database: Database;
  services: Services;
  embedded: EmbeddedDatabase | null;
  stop(): Promise<void>;
}

/** Starts the database (embedded unless DATABASE_URL is set), migrates, and builds the services. */
export async function openRuntime(opts: { config?: Config; log?: (m: string) => void } = {}): Promise<Runtime> {
  const config = opts.config ?? loadConfig();
  const log = opts.log ?? (() => undefined);
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log(`启动内嵌 PostgreSQL（数据目录 ${config.dataDir}/pg）…`);
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      secretKey: config.secretKey,
      port: config.pgPort,
      database: 'zhifa',
    });
    url = embedded.url;
  }
  await runMigrations(url);
  const database = connectDatabase(url);
  const services = buildServices(config, database);
  await database.tx({ kind: 'all' }, (tx) => services.calendar.seedBundled(tx, SYSTEM_ACTOR));
  return {
    config,
    database,
    services,
    embedded,
    async stop() {
      await database.close().catch(() => undefined);
      await embedded?.stop().catch(() => undefined);
    },
  };
}

export async function seedIfFirstStart(runtime: Runtime, log: (m: string) => void): Promise<void> {
  const { config, services } = runtime;
  if (config.mode !== 'demo' || !config.seedDemo) return;
  if (await isDemoSeeded(services)) return;
  log('首次启动：载入演示数据（虚构的青溪县）…');
  const r = await seedDemo(services);
  log(`演示数据：${r.agencies} 个执法主体，${r.officers} 名执法人员，${r.users} 个演示账户`);
}

export async function listen(app: FastifyInstance, config: Config): Promise<string> {
  return app.listen({ port: config.port, host: config.host });
}
