import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTableRelationsHelpers, extractTablesRelationalConfig, type TablesRelationalConfig } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres/session';
import { PgDialect } from 'drizzle-orm/pg-core';
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

export interface TxOptions {
  /**
   * Run the transaction's statements as named (server-side prepared) statements: each distinct statement text is
   * parsed and planned once per connection instead of on every execution. For hot paths whose statements have a
   * fixed set of shapes (a case action); a list with ad-hoc filters gains little and would fill the cache.
   */
  prepared?: boolean;
}

export interface Database {
  pool: pg.Pool;
  db: Db;
  tx<T>(scope: Scope, fn: (tx: Tx) => Promise<T>, opts?: TxOptions): Promise<T>;
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
  // Transactions are opened by hand rather than with db.transaction(): BEGIN and the scope settings go to the
  // server as one simple-protocol message, which saves a round trip on every transaction (two per API request:
  // the session lookup and the request's own work). Otherwise the same as drizzle's: COMMIT on success, ROLLBACK
  // on any error, the connection back to the pool.
  const dialect = new PgDialect();
  const tables = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
  const relational = { fullSchema: schema, schema: tables.tables, tableNamesMap: tables.tableNamesMap };
  return {
    pool,
    db,
    async tx(scope, fn, opts = {}) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query(beginWithScope(scope));
        const session = new NodePgSession(client, dialect, relational);
        if (opts.prepared) nameStatements(session);
        const result = await fn(new NodePgTransaction(dialect, session, relational) as Tx);
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {
          broken = true; // the connection is unusable: the pool discards it
        });
        throw e;
      } finally {
        client.release(broken);
      }
    },
    close: () => {
      closing = true;
      return pool.end();
    },
  };
}

/** Statement names by text, shared by every connection (a name always stands for the same text). */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 400;

/** Gives every statement the session prepares a name (unless it has one), so pg parses it once per connection. */
function nameStatements(session: NodePgSession<Record<string, unknown>, TablesRelationalConfig>): void {
  const prepare = session.prepareQuery.bind(session);
  session.prepareQuery = ((query, fields, name, ...rest) => {
    // Without parameters pg uses the simple protocol, which also allows several statements in one text: left so.
    if (name !== undefined || query.params.length === 0) return prepare(query, fields, name, ...rest);
    let named = statementNames.get(query.sql);
    if (named === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
      named = `zhifa_s${statementNames.size + 1}`;
      statementNames.set(query.sql, named);
    }
    return prepare(query, fields, named, ...rest);
  }) as typeof session.prepareQuery;
}

/**
 * BEGIN and the row-level security settings of the transaction (transaction-local, like SET LOCAL) in one
 * message. The values are literals here (the simple protocol has no parameters): a scope kind and agency ids.
 */
function beginWithScope(scope: Scope): string {
  const agencies = scope.kind === 'agencies' ? scope.agencyIds.join(',') : '';
  return `BEGIN; SELECT set_config('zhifa.scope', ${pg.escapeLiteral(scope.kind)}, true), set_config('zhifa.agencies', ${pg.escapeLiteral(agencies)}, true)`;
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
