import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  checkpointText,
  leafHash,
  rootFromLeafHashes,
  sm2PublicKeyFromPem,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@zhifa/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestContext, login, type TestContext } from '../../../test/helpers';
import { appendAudit, SYSTEM_ACTOR } from '../audit/audit.service';
import { hmacSm3 } from '../crypto';
import { derivePrivateKeyHex, ledgerSigningKey, SM2_ORDER } from './keys';

const run = promisify(execFile);
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const hex = (s: string) => Buffer.from(s, 'hex');
const auditHash = async (id: number) =>
  (await ctx.superuser.query('SELECT hash FROM audit_events WHERE id = $1', [id])).rows[0].hash as string;

/** An audit event on its own stream (so concurrent test transactions never share a head row). */
const note = (tx: Parameters<Parameters<TestContext['services']['database']['tx']>[1]>[0], subjectId: string) =>
  appendAudit(tx, SYSTEM_ACTOR, {
    type: 'RECORD_VIEWED',
    subjectType: 'test',
    subjectId,
    payload: { reason: null },
  });

describe('sequencing', () => {
  it('assigns gapless leaves; the root from stored nodes equals rootFromLeafHashes over all leaves', async () => {
    const { ledger } = ctx.services;
    const first = await ledger.sequence();
    const events = Number((await ctx.superuser.query('SELECT count(*) FROM audit_events')).rows[0].count);
    expect(first.size).toBe(events);
    const rows = (
      await ctx.superuser.query(
        `SELECT l.leaf_index, l.leaf_hash, a.hash FROM ledger_leaves l JOIN audit_events a ON a.id = l.audit_event_id
         ORDER BY l.leaf_index`,
      )
    ).rows as { leaf_index: string; leaf_hash: Buffer; hash: string }[];
    expect(rows.map((r) => Number(r.leaf_index))).toEqual(rows.map((_, i) => i));
    for (const r of rows) expect(r.leaf_hash.equals(leafHash(hex(r.hash)))).toBe(true);
    const leaves = rows.map((r) => r.leaf_hash);
    for (const size of [1, 2, 3, 5, 8, leaves.length - 1, leaves.length]) {
      expect((await ledger.root(size)).toString('hex'), `size ${size}`).toBe(
        rootFromLeafHashes(leaves.slice(0, size)).toString('hex'),
      );
    }
    expect(await ledger.sequence()).toEqual({ added: 0, size: events });
  });

  it('commit order, not id order: an event that commits late with a smaller id gets a later leaf', async () => {
    const { database, ledger } = ctx.services;
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let appended!: () => void;
    const inserted = new Promise<void>((r) => {
      appended = r;
    });
    const late = database.tx({ kind: 'all' }, async (tx) => {
      await note(tx, 'late');
      appended();
      await gate;
    });
    await inserted;
    await database.tx({ kind: 'all' }, (tx) => note(tx, 'early'));
    await ledger.sequence();
    release();
    await late;
    // Seen as older than the late-commit window (as if its transaction had stayed open for hours):
    // an ordinary run does not look that far back; the full pass of the daily checkpoint does.
    await ctx.superuser.query('BEGIN');
    await ctx.superuser.query('SET LOCAL session_replication_role = replica');
    await ctx.superuser.query(
      `UPDATE audit_events SET occurred_at = now() - interval '3 hours' WHERE subject_type = 'test' AND subject_id = 'late'`,
    );
    await ctx.superuser.query('COMMIT');
    expect((await ledger.sequence()).added).toBe(0);
    expect((await ledger.sequence({ full: true })).added).toBe(1);
    const r = await ctx.superuser.query(
      `SELECT a.subject_id, a.id, l.leaf_index FROM audit_events a JOIN ledger_leaves l ON l.audit_event_id = a.id
       WHERE a.subject_type = 'test' ORDER BY a.subject_id`,
    );
    const [early, lateRow] = r.rows.map((x) => ({ id: Number(x.id), leaf: Number(x.leaf_index) }));
    expect(lateRow.id).toBeLessThan(early.id);
    expect(lateRow.leaf).toBeGreaterThan(early.leaf);
  });
});

describe('checkpoints and proofs', () => {
  it('signs a checkpoint (SM2, GB/T 32918) that OpenSSL verifies with distid 1234567812345678', async () => {
    const { ledger } = ctx.services;
    const cp = await ledger.checkpoint('SCHEDULED');
    expect(cp).not.toBeNull();
    expect(cp!.treeSize).toBe(await ledger.size());
    expect(cp!.rootHash).toBe((await ledger.root(cp!.treeSize)).toString('hex'));
    const pub = sm2PublicKeyFromPem(ledger.publicKey().pem);
    expect(verifyCheckpoint(pub, cp!, cp!.signature)).toBe(true);
    const ev = await ctx.superuser.query(
      `SELECT payload FROM audit_events WHERE stream = 'ledger:checkpoints' AND event_type = 'CHECKPOINT_SIGNED'`,
    );
    expect(ev.rows.at(-1).payload).toEqual({ treeSize: cp!.treeSize, rootHash: cp!.rootHash, kind: 'SCHEDULED' });

    const dir = await mkdtemp(path.join(os.tmpdir(), 'zhifa-sm2-'));
    try {
      await writeFile(path.join(dir, 'cp.txt'), checkpointText(cp!));
      await writeFile(path.join(dir, 'cp.sig'), Buffer.from(cp!.signature, 'base64'));
      await writeFile(path.join(dir, 'pub.pem'), ledger.publicKey().pem);
      const args = ['pkeyutl', '-verify', '-pubin', '-inkey', 'pub.pem', '-rawin', '-digest', 'sm3'];
      const opts = ['-pkeyopt', 'distid:1234567812345678', '-in', 'cp.txt', '-sigfile', 'cp.sig'];
      const ok = await run('openssl', [...args, ...opts], { cwd: dir });
      expect(ok.stdout).toContain('Signature Verified Successfully');
      await writeFile(path.join(dir, 'cp.txt'), checkpointText({ ...cp!, treeSize: cp!.treeSize + 1 }));
      await expect(run('openssl', [...args, ...opts], { cwd: dir })).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('skips a SCHEDULED checkpoint when only checkpoint events were added; DAILY is signed anyway', async () => {
    const { ledger } = ctx.services;
    const before = (await ledger.latestCheckpoint())!;
    expect(await ledger.checkpoint('SCHEDULED')).toBeNull();
    const daily = await ledger.checkpoint('DAILY');
    expect(daily).toMatchObject({ kind: 'DAILY', treeSize: before.treeSize + 1 });
  });

  it('inclusion proofs of several events verify against the checkpoint; uncovered events are refused', async () => {
    const { ledger, database } = ctx.services;
    const cp = (await ledger.latestCheckpoint())!;
    const ids = (
      await ctx.superuser.query(
        `SELECT audit_event_id AS id FROM ledger_leaves WHERE leaf_index IN (0, 1, $1, $2, $3) ORDER BY leaf_index`,
        [Math.floor(cp.treeSize / 2), cp.treeSize - 2, cp.treeSize - 1],
      )
    ).rows.map((r) => Number(r.id));
    expect(ids.length).toBe(5);
    const proofs = await ledger.inclusionProofs(ids);
    for (const p of proofs) {
      expect(p.treeSize).toBe(cp.treeSize);
      expect(p.checkpoint).toEqual(cp);
      expect(p.leafHash).toBe(leafHash(hex(await auditHash(p.entry.id))).toString('hex'));
      const ok = verifyInclusion(hex(p.leafHash), p.leafIndex, p.treeSize, p.auditPath.map(hex), hex(cp.rootHash));
      expect(ok, `event ${p.entry.id}`).toBe(true);
      expect(
        verifyInclusion(hex(p.leafHash), p.leafIndex + 1, p.treeSize, p.auditPath.map(hex), hex(cp.rootHash)),
      ).toBe(false);
    }
    await database.tx({ kind: 'all' }, (tx) => note(tx, 'uncovered'));
    await ledger.sequence();
    const [{ id }] = (await ctx.superuser.query(`SELECT id FROM audit_events WHERE subject_id = 'uncovered'`)).rows;
    await expect(ledger.inclusionProofFor(Number(id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a consistency proof between two checkpoints verifies', async () => {
    const { ledger } = ctx.services;
    const { items } = await ledger.listCheckpoints(1, 10);
    const [newer, older] = items;
    const c = await ledger.consistencyProof(older.treeSize, newer.treeSize);
    expect(c.firstRoot).toBe(older.rootHash);
    expect(c.secondRoot).toBe(newer.rootHash);
    expect(
      verifyConsistency(older.treeSize, newer.treeSize, hex(older.rootHash), hex(newer.rootHash), c.proof.map(hex)),
    ).toBe(true);
    const later = (await ledger.checkpoint('MANUAL'))!;
    const c2 = await ledger.consistencyProof(older.treeSize, later.treeSize);
    expect(
      verifyConsistency(older.treeSize, later.treeSize, hex(older.rootHash), hex(later.rootHash), c2.proof.map(hex)),
    ).toBe(true);
  });

  it('the key is derived from the instance secret as documented, unless an SM2 key is configured', () => {
    const d = BigInt(`0x${derivePrivateKeyHex(ctx.config.secretKey)}`);
    const h = BigInt(`0x${hmacSm3(ctx.config.secretKey, 'zhifa/ledger/sm2-signing-key').toString('hex')}`);
    expect(d).toBe((h % (SM2_ORDER - 1n)) + 1n);
    const derived = ledgerSigningKey(ctx.config);
    expect(ctx.services.ledger.publicKey()).toMatchObject({ keyId: derived.keyId, pem: derived.publicKeyPem });
    const own = ledgerSigningKey({ ...ctx.config, ledger: { ...ctx.config.ledger, sm2PrivateKeyHex: '1'.repeat(64) } });
    expect(own.keyId).not.toBe(derived.keyId);
    expect(own.publicKeyPem).toContain('BEGIN PUBLIC KEY');
  });
});

describe('HTTP', () => {
  it('public endpoints answer without a session; proofs only for published subjects', async () => {
    const list = await call(ctx.app, null, 'GET', '/api/public/ledger/checkpoints?pageSize=2');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThanOrEqual(3);
    const key = (await call(ctx.app, null, 'GET', '/api/public/ledger/key')).json();
    expect(key).toMatchObject({ algorithm: 'SM2', distinguishingId: '1234567812345678' });
    expect(key.pem).toContain('BEGIN PUBLIC KEY');
    const [newer, older] = body.items;
    const cons = await call(
      ctx.app,
      null,
      'GET',
      `/api/public/ledger/consistency?first=${older.treeSize}&second=${newer.treeSize}`,
    );
    expect(cons.statusCode).toBe(200);
    const c = cons.json();
    expect(
      verifyConsistency(older.treeSize, newer.treeSize, hex(older.rootHash), hex(newer.rootHash), c.proof.map(hex)),
    ).toBe(true);
    const beyond = await call(
      ctx.app,
      null,
      'GET',
      `/api/public/ledger/consistency?first=1&second=${newer.treeSize + 5}`,
    );
    expect(beyond.statusCode).toBe(400);

    const [signed] = (
      await ctx.superuser.query(
        `SELECT a.id FROM audit_events a JOIN ledger_leaves l ON l.audit_event_id = a.id
         WHERE a.stream = 'ledger:checkpoints' AND l.leaf_index < $1 ORDER BY a.id LIMIT 1`,
        [newer.treeSize],
      )
    ).rows;
    const proof = await call(ctx.app, null, 'GET', `/api/public/ledger/proof/${signed.id}`);
    expect(proof.statusCode, proof.body).toBe(200);
    const p = proof.json();
    expect(
      verifyInclusion(hex(p.leafHash), p.leafIndex, p.treeSize, p.auditPath.map(hex), hex(p.checkpoint.rootHash)),
    ).toBe(true);
    const [hidden] = (
      await ctx.superuser.query(
        `SELECT a.id FROM audit_events a JOIN ledger_leaves l ON l.audit_event_id = a.id
         WHERE a.subject_type NOT IN ('calendar', 'agency', 'ledger', 'catalogue') ORDER BY a.id LIMIT 1`,
      )
    ).rows;
    const refused = await call(ctx.app, null, 'GET', `/api/public/ledger/proof/${hidden.id}`);
    const unknown = await call(ctx.app, null, 'GET', '/api/public/ledger/proof/999999999');
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.message).toBe(unknown.json().error.message);
  });

  it('staff: ledger.read lists checkpoints and status; only the system administrator signs on request', async () => {
    const auditor = await login(ctx.app, 'auditadmin');
    const sysadmin = await login(ctx.app, 'sysadmin');
    const list = await call(ctx.app, auditor, 'GET', '/api/ledger/checkpoints');
    expect(list.statusCode).toBe(200);
    const status = (await call(ctx.app, auditor, 'GET', '/api/ledger/status')).json();
    expect(status.treeSize).toBeGreaterThan(0);
    expect(status.auditEvents).toBeGreaterThanOrEqual(status.treeSize);
    expect(status.lastCheckpoint.treeSize).toBe(list.json().items[0].treeSize);
    expect((await call(ctx.app, auditor, 'POST', '/api/ledger/checkpoints')).statusCode).toBe(403);
    const made = await call(ctx.app, sysadmin, 'POST', '/api/ledger/checkpoints');
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().checkpoint).toMatchObject({ kind: 'MANUAL' });
    const ev = await ctx.superuser.query(
      `SELECT actor_name FROM audit_events WHERE stream = 'ledger:checkpoints' ORDER BY seq DESC LIMIT 1`,
    );
    expect(ev.rows[0].actor_name).not.toBe('系统');
  });

  it('/transparency renders without scripts, lists the checkpoint and the key, and verifies a proof', async () => {
    const cp = (await ctx.services.ledger.latestCheckpoint())!;
    const page = await ctx.app.inject({ method: 'GET', url: '/transparency' });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body).toContain(cp.rootHash);
    expect(page.body).toContain(cp.signature);
    expect(page.body).toContain('BEGIN PUBLIC KEY');
    expect(page.body).toContain('action="/transparency/proof"');
    const elder = await ctx.app.inject({ method: 'GET', url: '/transparency', cookies: { zhifa_elder: '1' } });
    expect(elder.body).toContain('class="elder"');

    const [ev] = (
      await ctx.superuser.query(
        `SELECT a.id FROM audit_events a JOIN ledger_leaves l ON l.audit_event_id = a.id
         WHERE a.stream = 'ledger:checkpoints' AND l.leaf_index < $1 ORDER BY a.id DESC LIMIT 1`,
        [cp.treeSize],
      )
    ).rows;
    const proof = await ctx.app.inject({ method: 'GET', url: `/transparency/proof?id=${ev.id}` });
    expect(proof.statusCode).toBe(200);
    expect(proof.body).toContain('验证通过');
    expect(proof.body).not.toMatch(/<script/i);
    expect((await ctx.app.inject({ method: 'GET', url: '/transparency/proof?id=abc' })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url: '/transparency/proof?id=999999999' })).statusCode).toBe(404);
  });
});
