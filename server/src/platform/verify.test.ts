import { consistencyProofFromLeaves, leafHash, rootFromLeafHashes, verifyConsistency } from '@zhifa/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/helpers';
import { entryHash } from './audit/audit.service';
import { describeVerifyReport, verifyEverything } from './verify';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

interface Row {
  id: string;
  stream: string;
  seq: number;
  event_type: string;
  actor_user_id: string | null;
  actor_name: string | null;
  agency_id: string | null;
  subject_type: string;
  subject_id: string;
  payload: unknown;
  ip: string | null;
  request_id: string | null;
  occurred_at: Date;
  prev_hash: string;
  hash: string;
}

const fields = (r: Row) => ({
  stream: r.stream,
  seq: r.seq,
  eventType: r.event_type,
  actorUserId: r.actor_user_id,
  actorName: r.actor_name,
  agencyId: r.agency_id,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  payload: r.payload,
  ip: r.ip,
  requestId: r.request_id,
  occurredAt: r.occurred_at,
});

/** What an outsider would rebuild from the audit rows as they are now. */
async function recomputedLeaves(): Promise<Buffer[]> {
  const rows = (
    await ctx.superuser.query(
      'SELECT a.* FROM ledger_leaves l JOIN audit_events a ON a.id = l.audit_event_id ORDER BY l.leaf_index',
    )
  ).rows as Row[];
  return rows.map((r) => leafHash(Buffer.from(entryHash(r.prev_hash, fields(r)), 'hex')));
}

/** Superuser tampering: triggers (the append-only guard) are off in replica mode. */
async function tamper(sqlText: string, params: unknown[]): Promise<void> {
  await ctx.superuser.query('BEGIN');
  await ctx.superuser.query('SET LOCAL session_replication_role = replica');
  await ctx.superuser.query(sqlText, params);
  await ctx.superuser.query('COMMIT');
}

describe('zhifa verify', () => {
  it('passes on an intact database, and reports a forged checkpoint signature by tree size', async () => {
    const { ledger } = ctx.services;
    const cp = (await ledger.checkpoint('MANUAL'))!;
    const clean = await verifyEverything(ctx.services);
    expect(clean.chains.problems).toEqual([]);
    expect(clean.ledger.problems).toEqual([]);
    expect(clean.checkpoints).toEqual([expect.objectContaining({ treeSize: cp.treeSize, ok: true, problems: [] })]);
    expect(clean.ok).toBe(true);

    // A checkpoint with the right root but a signature that is not over its text.
    await ledger.sequence();
    const size = await ledger.size();
    await ctx.superuser.query(
      `INSERT INTO ledger_checkpoints (tree_size, root_hash, kind, signed_at, key_id, signature)
       VALUES ($1, $2, 'MANUAL', now(), $3, $4)`,
      [size, (await ledger.root(size)).toString('hex'), cp.keyId, cp.signature],
    );
    const forged = await verifyEverything(ctx.services);
    expect(forged.ok).toBe(false);
    expect(forged.checkpoints.find((c) => c.treeSize === size)).toMatchObject({
      ok: false,
      problems: ['BAD_SIGNATURE'],
    });
    expect(forged.checkpoints.find((c) => c.treeSize === cp.treeSize)?.ok).toBe(true);
    expect(describeVerifyReport(forged).some((l) => l.problem && l.text.includes(`树大小 ${size}`))).toBe(true);
    await tamper('DELETE FROM ledger_checkpoints WHERE tree_size = $1', [size]);
  });

  it('a changed audit row: verify names the entry and the checkpoint; consistency with the published checkpoint fails', async () => {
    const { ledger } = ctx.services;
    const cp = (await ledger.checkpoint('MANUAL'))!;
    await ledger.sequence(); // the checkpoint's own event: the recomputed tree is larger than the published one
    const [victim] = (
      await ctx.superuser.query(
        `SELECT a.id, l.leaf_index FROM audit_events a JOIN ledger_leaves l ON l.audit_event_id = a.id
         WHERE l.leaf_index = 3`,
      )
    ).rows;
    await tamper(`UPDATE audit_events SET actor_name = '篡改者' WHERE id = $1`, [victim.id]);

    const report = await verifyEverything(ctx.services);
    expect(report.ok).toBe(false);
    expect(report.chains.problems).toContainEqual(
      expect.objectContaining({ entryId: Number(victim.id), problem: 'HASH_MISMATCH' }),
    );
    expect(report.ledger.problems).toContainEqual({
      leafIndex: 3,
      auditEventId: Number(victim.id),
      problem: 'LEAF_MISMATCH',
    });
    for (const c of report.checkpoints) expect(c).toMatchObject({ ok: false, problems: ['ROOT_MISMATCH'] });
    const lines = describeVerifyReport(report)
      .filter((l) => l.problem)
      .map((l) => l.text);
    expect(lines.some((l) => l.includes(`审计记录 #${victim.id}`))).toBe(true);
    expect(lines.some((l) => l.includes(`树大小 ${cp.treeSize}`))).toBe(true);

    const leaves = await recomputedLeaves();
    expect(leaves.length).toBeGreaterThan(cp.treeSize);
    const proof = consistencyProofFromLeaves(leaves, cp.treeSize);
    const ok = verifyConsistency(
      cp.treeSize,
      leaves.length,
      Buffer.from(cp.rootHash, 'hex'),
      rootFromLeafHashes(leaves),
      proof,
    );
    expect(ok).toBe(false);
  });

  it('a changed row whose chain was recomputed by the attacker is still caught by the signed root', async () => {
    const { ledger } = ctx.services;
    // The last entry of a stream, re-hashed and the stream head moved along: the chain is consistent again.
    const [row] = (
      await ctx.superuser.query(
        `SELECT a.*, l.leaf_index FROM audit_events a JOIN ledger_leaves l ON l.audit_event_id = a.id
         WHERE a.seq = (SELECT max(seq) FROM audit_events b WHERE b.stream = a.stream) AND l.leaf_index > 3
         ORDER BY l.leaf_index LIMIT 1`,
      )
    ).rows as (Row & { leaf_index: string })[];
    const changed = { ...fields(row), actorName: '篡改者' };
    const hash = entryHash(row.prev_hash, changed);
    await tamper('UPDATE audit_events SET actor_name = $2, hash = $3 WHERE id = $1', [row.id, '篡改者', hash]);
    await tamper('UPDATE audit_stream_heads SET hash = $2 WHERE stream = $1', [row.stream, hash]);

    const report = await verifyEverything(ctx.services);
    expect(report.chains.problems.filter((p) => p.stream === row.stream)).toEqual([]);
    expect(report.ledger.problems).toContainEqual({
      leafIndex: Number(row.leaf_index),
      auditEventId: Number(row.id),
      problem: 'LEAF_MISMATCH',
    });
    const covering = report.checkpoints.filter((c) => c.treeSize > Number(row.leaf_index));
    expect(covering.length).toBeGreaterThan(0);
    for (const c of covering) expect(c.problems).toContain('ROOT_MISMATCH');
    expect(await ledger.size()).toBeGreaterThan(0);
  });
});
