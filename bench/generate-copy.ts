// Bulk writer of the data generator: rows are buffered per table as COPY text and written in batches, each batch
// in one transaction (COPY per table in foreign-key order), over a small pool of connections working in parallel.
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type CopyValue, copyValue } from './generate-util';

/** The tables the generator fills, in foreign-key order, with the columns it writes (the rest take defaults). */
export const TABLES = {
  cases: [
    'id',
    'agency_id',
    'unit_id',
    'procedure',
    'state',
    'version',
    'case_number',
    'cause',
    'source',
    'source_detail',
    'clue_received_on',
    'matter_code',
    'category',
    'region',
    'facts',
    'party_summary',
    'next_due_on',
    'next_due_rule',
    'closed_on',
    'created_by',
    'created_at',
    'updated_at',
  ],
  case_parties: [
    'id',
    'case_id',
    'agency_id',
    'kind',
    'agent_for',
    'name',
    'gender',
    'birth_date',
    'id_type',
    'id_number_enc',
    'id_number_index',
    'id_number_masked',
    'credit_code',
    'legal_representative',
    'address',
    'phone_enc',
    'phone_masked',
    'service_address',
    'created_at',
    'agent_scope',
  ],
  case_officers: ['case_id', 'officer_id', 'agency_id', 'role', 'assigned_at'],
  case_events: [
    'id',
    'case_id',
    'agency_id',
    'seq',
    'action',
    'from_state',
    'to_state',
    'actor_user_id',
    'actor_name',
    'occurred_on',
    'occurred_at',
    'payload',
  ],
  case_clocks: [
    'id',
    'case_id',
    'agency_id',
    'rule',
    'trigger',
    'started_on',
    'started_at',
    'due_on',
    'due_at',
    'kind',
    'status',
    'pauses',
    'extensions',
    'stopped_on',
    'alert_level',
    'provisional',
  ],
  case_alerts: ['id', 'case_id', 'agency_id', 'unit_id', 'clock_id', 'rule', 'level', 'due_on', 'raised_at'],
  case_av_exemptions: [
    'id',
    'case_id',
    'agency_id',
    'activity',
    'reason',
    'requested_by',
    'requested_at',
    'approved_by',
    'approved_at',
  ],
  blobs: ['sha256', 'sm3', 'size', 'mime', 'file_kind', 'storage', 'created_at'],
  uploads: [
    'id',
    'agency_id',
    'created_by',
    'file_kind',
    'original_name',
    'size',
    'status',
    'blob_sha256',
    'created_at',
    'expires_at',
    'completed_at',
  ],
  records: [
    'id',
    'agency_id',
    'kind',
    'owner_type',
    'owner_id',
    'title',
    'current_version',
    'retention_class',
    'retain_until',
    'is_public',
    'restricted',
    'created_by',
    'created_at',
  ],
  record_versions: [
    'id',
    'record_id',
    'agency_id',
    'version',
    'metadata',
    'reason',
    'created_by',
    'created_by_name',
    'created_at',
  ],
  record_files: ['id', 'record_id', 'agency_id', 'blob_sha256', 'original_name', 'added_by', 'added_at'],
  case_record_links: ['case_id', 'record_id', 'agency_id', 'activity', 'linked_by', 'linked_at'],
  documents: [
    'id',
    'agency_id',
    'case_id',
    'code',
    'title',
    'number',
    'template_version',
    'content',
    'event_id',
    'issued_by',
    'issued_at',
  ],
  audit_events: [
    'stream',
    'seq',
    'event_type',
    'actor_user_id',
    'actor_name',
    'agency_id',
    'subject_type',
    'subject_id',
    'payload',
    'ip',
    'request_id',
    'occurred_at',
    'prev_hash',
    'hash',
  ],
  audit_stream_heads: ['stream', 'seq', 'hash'],
} as const;
export type TableName = keyof typeof TABLES;

/** Rows of one batch, as COPY text per table. */
export class Batch {
  readonly text = new Map<TableName, string[]>();
  readonly counts = new Map<TableName, number>();
  rows = 0;
  bytes = 0;

  add(table: TableName, values: readonly CopyValue[]): void {
    let line = '';
    for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : '\t') + copyValue(values[i]);
    line += '\n';
    let chunks = this.text.get(table);
    if (!chunks) {
      chunks = [];
      this.text.set(table, chunks);
    }
    chunks.push(line);
    this.counts.set(table, (this.counts.get(table) ?? 0) + 1);
    this.rows++;
    this.bytes += line.length;
  }
}

async function copyInto(client: pg.PoolClient, table: TableName, lines: string[]): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${TABLES[table].join(', ')}) FROM STDIN`));
  // Lines are joined into ~1 MB writes: fewer, larger socket writes.
  const source = (async function* () {
    let buf = '';
    for (const l of lines) {
      buf += l;
      if (buf.length > 1_000_000) {
        yield Buffer.from(buf, 'utf8');
        buf = '';
      }
    }
    if (buf) yield Buffer.from(buf, 'utf8');
  })();
  await pipeline(source, stream as unknown as Writable);
}

/**
 * A pool of writers. `submit` waits while every connection is busy, so the generator never runs further ahead
 * than one batch per connection; each batch commits on its own.
 */
export class CopyWriter {
  private readonly pool: pg.Pool;
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown = null;
  rowsWritten = 0;
  readonly perTable = new Map<TableName, number>();

  constructor(
    url: string,
    private readonly connections: number,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max: connections, application_name: 'zhifa-generate' });
    // Bulk load: the batch is committed as a whole, and a crash loses at most the batches in flight.
    this.pool.on('error', (e) => {
      this.failure ??= e;
    });
    this.pool.on('connect', (c) => {
      c.query('SET synchronous_commit = off').catch(() => undefined);
    });
  }

  async submit(batch: Batch): Promise<void> {
    if (this.failure) throw this.failure;
    while (this.inFlight.size >= this.connections) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    const p = this.write(batch).then(
      () => {
        this.inFlight.delete(p);
      },
      (e) => {
        this.failure = e;
        this.inFlight.delete(p);
      },
    );
    this.inFlight.add(p);
  }

  private async write(batch: Batch): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const table of Object.keys(TABLES) as TableName[]) {
        const lines = batch.text.get(table);
        if (lines?.length) await copyInto(client, table, lines);
      }
      await client.query('COMMIT');
      this.rowsWritten += batch.rows;
      for (const [t, n] of batch.counts) this.perTable.set(t, (this.perTable.get(t) ?? 0) + n);
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
