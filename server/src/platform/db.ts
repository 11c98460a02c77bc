import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from '../schema';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; every repository function takes one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const MIGRATIONS_FOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../db/migrations');

// DATE columns come back as 'YYYY-MM-DD' strings (legal dates have no time zone), bigint as number.
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, (v) => Number(v));

/**
 * What the current transaction may see. Row-level security reads these settings; the service
 * layer computes them from the user's roles. `all` is for the public portal (published fields
 * only), seeding and administrator tasks that are not about one agency.
 */
export type Scope = { kind: 'all' } | { kind: 'agencies'; agencyIds: string[] };

export interface Database {
  pool: pg.Pool;
  db: Db;
  tx<T>(scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function connectDatabase(url: string, opts: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, application_name: 'zhifa' });
  // The application never acts as the owner: row-level security and the append-only grants apply.
  pool.on('connect', (client) => {
    client.query('SET ROLE zhifa_app').catch(() => undefined);
  });
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next checkout.
  let closing = false;
  pool.on('error', (err) => {
    if (!closing) process.emitWarning(`PostgreSQL idle connection error: ${err.message}`);
  });
  const db = drizzle(pool, { schema });
  return {
    pool,
    db,
    async tx(scope, fn) {
      return db.transaction(async (tx) => {
        await tx.execute(
          sql`SELECT set_config('zhifa.scope', ${scope.kind}, true),
                     set_config('zhifa.agencies', ${scope.kind === 'agencies' ? scope.agencyIds.join(',') : ''}, true)`,
        );
        return fn(tx);
      });
    },
    close: () => {
      closing = true;
      return pool.end();
    },
  };
}

/** Applies the committed SQL migrations as the connecting (owner) user. */
export async function runMigrations(url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await pool.end();
  }
}
