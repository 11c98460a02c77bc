import { bigint, customType, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * The Merkle log (RFC 6962/9162 structure, SM3): leaf i is the audit entry sequenced i-th. The
 * sequencer assigns leaf indexes in commit order (not id order, which concurrent transactions can
 * break), so a published tree never changes below its size.
 */
export const ledgerLeaves = pgTable('ledger_leaves', {
  leafIndex: bigint('leaf_index', { mode: 'number' }).primaryKey(),
  auditEventId: bigint('audit_event_id', { mode: 'number' }).notNull().unique(),
  leafHash: bytea('leaf_hash').notNull(),
  sequencedAt: timestamp('sequenced_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * Hashes of perfect subtrees: node (level, index) covers leaves [index·2^level, (index+1)·2^level).
 * Stored when complete, so roots and proofs need O(log n) reads.
 */
export const ledgerNodes = pgTable(
  'ledger_nodes',
  {
    level: integer('level').notNull(),
    nodeIndex: bigint('node_index', { mode: 'number' }).notNull(),
    hash: bytea('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.nodeIndex] })],
);

/** Signed checkpoints (tree size, root, time), published on the portal's transparency page. */
export const ledgerCheckpoints = pgTable('ledger_checkpoints', {
  treeSize: bigint('tree_size', { mode: 'number' }).primaryKey(),
  rootHash: text('root_hash').notNull(),
  kind: text('kind', { enum: ['SCHEDULED', 'DAILY', 'MANUAL'] }).notNull(),
  signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }).notNull(),
  keyId: text('key_id').notNull(),
  signature: text('signature').notNull(),
});
