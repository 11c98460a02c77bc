import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import { type Config, loadConfig } from '../src/platform/config';
import { connectDatabase } from '../src/platform/db';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts';
import { buildServices, type Services } from '../src/services';
import { TEST_SECRET_HEX, withDatabase } from './secret';

export interface TestContext {
  app: FastifyInstance;
  services: Services;
  config: Config;
  /** Superuser connection to this test's database (for tampering tests and direct checks). */
  superuser: pg.Client;
  databaseUrl: string;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated, seeded template, and an app on top of it. */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const adminUrl = inject('adminUrl');
  const name = `zhifa_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDb')}`);
  await admin.end();
  const databaseUrl = withDatabase(adminUrl, name);
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    ZHIFA_MODE: 'demo',
    ZHIFA_SECRET_KEY: TEST_SECRET_HEX,
    ZHIFA_DATA_DIR: `/tmp/${name}`,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const database = connectDatabase(databaseUrl, { max: 5 });
  const services = buildServices(config, database);
  const app = await buildApp(services, { logger: false });
  await app.ready();
  const superuser = new pg.Client({ connectionString: databaseUrl });
  await superuser.connect();
  return {
    app,
    services,
    config,
    superuser,
    databaseUrl,
    async close() {
      await app.close();
      await superuser.end();
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
      await rm(config.dataDir, { recursive: true, force: true });
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

export async function login(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0];
  const body = res.json();
  return { cookie, csrf: body.csrfToken, userId: body.user.id };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls the API as a signed-in user (cookie + CSRF header), or anonymously with `null`. */
export function call(
  app: FastifyInstance,
  session: Session | null,
  method: Method,
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrf;
  }
  return app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
}

/** Id of a demo agency by its short name (县市场监管局, 县城管执法局, 县司法局 …). */
export async function agencyId(ctx: TestContext, shortName: string): Promise<string> {
  const r = await ctx.superuser.query('SELECT id FROM agencies WHERE short_name = $1', [shortName]);
  if (!r.rows[0]) throw new Error(`no agency ${shortName}`);
  return r.rows[0].id;
}
