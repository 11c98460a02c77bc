import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openRuntime } from '../src/boot';
import { loadConfig } from '../src/platform/config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/platform/embedded-postgres';
import { seedDemo } from '../src/seed/demo';
import { TEST_SECRET_HEX, withDatabase } from './secret';

/**
 * One PostgreSQL per test run: the embedded PostgreSQL 18 by default, or the cluster named by
 * ZHIFA_TEST_ADMIN_URL (e.g. Debian's PostgreSQL 15). A template database is migrated and seeded
 * with the demo county once; every test file clones it (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedDatabase | null = null;
  let dir: string | null = null;
  let adminUrl = process.env.ZHIFA_TEST_ADMIN_URL;
  if (!adminUrl) {
    dir = mkdtempSync(path.join(tmpdir(), 'zhifa-test-'));
    embedded = await startEmbeddedPostgres({
      dataDir: dir,
      secretKey: Buffer.from(TEST_SECRET_HEX, 'hex'),
      port: 0,
      database: 'postgres',
    });
    adminUrl = embedded.adminUrl;
  }
  const template = `zhifa_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const url = withDatabase(adminUrl, template);
  const runtime = await openRuntime({
    config: loadConfig({
      DATABASE_URL: url,
      ZHIFA_MODE: 'demo',
      ZHIFA_SECRET_KEY: TEST_SECRET_HEX,
      ZHIFA_DATA_DIR: dir ?? tmpdir(),
      LOG_LEVEL: 'silent',
    }),
  });
  await seedDemo(runtime.services);
  await runtime.stop();
  const [{ version }] = (await admin.query("SELECT current_setting('server_version') AS version")).rows;
  console.log(`[integration] PostgreSQL ${version}, template ${template}`);
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', template);
  project.provide('pgVersion', String(version));
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    await embedded?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
    pgVersion: string;
  }
}
