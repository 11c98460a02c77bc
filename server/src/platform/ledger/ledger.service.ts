import type { CheckpointView, InclusionProofView } from '@zhifa/contracts';
import {
  completedNodesForLeaves,
  consistencyProof,
  inclusionProof,
  leafHash,
  type PerfectNodeFn,
  rootFromPerfectNodes,
  signCheckpoint,
  subtreeRootFromPerfectNodes,
} from '@zhifa/ledger';
import { sql } from 'drizzle-orm';
import { type AuditActor, appendAudit, SYSTEM_ACTOR } from '../audit/audit.service';
import { actorOf } from '../auth/auth.service';
import type { Actor } from '../auth/permissions';
import type { Config } from '../config';
import type { Database, Tx } from '../db';
import { AppError, forbidden, invalid } from '../errors';
import { type LedgerSigningKey, ledgerSigningKey } from './keys';
import * as repo from './ledger.repository';

export type CheckpointKind = repo.CheckpointKind;

/**
 * Audit events whose proofs anyone may fetch (GET /api/public/ledger/proof/:eventId, /transparency):
 * facts that are published anyway — the holiday calendar, agency facts and the checkpoints
 * themselves (stream ledger:checkpoints). Later issues (publication records of 事前/事后公示) add
 * their subject types here; everything else answers exactly like an unknown id.
 */
export const PUBLIC_PROOF_SUBJECT_TYPES: readonly string[] = ['calendar', 'agency', 'ledger', 'catalogue'];

/** Rows sequenced per transaction: small enough for a short lock, large enough to catch up fast. */
const SEQUENCE_BATCH = 2000;
/** How far back an ordinary run looks for late commits (transactions here last seconds, clocks may drift). */
const LATE_WINDOW_MINUTES = 60;
const NODE_CACHE_LIMIT = 200_000;
const PLACEHOLDER = Buffer.alloc(32);

export interface ConsistencyProofView {
  first: number;
  second: number;
  firstRoot: string;
  secondRoot: string;
  proof: string[];
}

export interface LedgerStatus {
  treeSize: number;
  auditEvents: number;
  unsequenced: number;
  lastCheckpoint: CheckpointView | null;
  keyId: string;
}

export function checkpointView(row: repo.CheckpointRow): CheckpointView {
  return {
    treeSize: row.treeSize,
    rootHash: row.rootHash,
    kind: row.kind,
    signedAt: row.signedAt.toISOString(),
    keyId: row.keyId,
    signature: row.signature,
  };
}

/**
 * The Merkle log over the audit ledger (RFC 6962/9162 structure, SM3): sequencing, proofs and
 * signed checkpoints. All reads compose O(log n) stored perfect-subtree nodes; nodes never change
 * once written, so those read from the database are cached in memory.
 */
export class LedgerService {
  private readonly nodeCache = new Map<string, Buffer>();
  private signingKey: LedgerSigningKey | null = null;

  constructor(
    readonly database: Database,
    readonly config: Config,
  ) {}

  /** The platform's SM2 key (derived once, lazily: see keys.ts). */
  key(): LedgerSigningKey {
    this.signingKey ??= ledgerSigningKey(this.config);
    return this.signingKey;
  }

  publicKey(): { algorithm: 'SM2'; distinguishingId: string; keyId: string; pem: string } {
    const k = this.key();
    return { algorithm: 'SM2', distinguishingId: '1234567812345678', keyId: k.keyId, pem: k.publicKeyPem };
  }

  /**
   * Runs `fn` with a synchronous view of stored nodes. Node access depends only on sizes and
   * indexes, never on hash values, so a first pass with placeholders tells which nodes are needed;
   * they are fetched in one query and the second pass computes the real result.
   */
  private async withNodes<T>(tx: Tx, fn: (getNode: PerfectNodeFn) => Promise<T>): Promise<T> {
    const fetched = new Map<string, Buffer>();
    for (let pass = 0; pass < 3; pass++) {
      const missing: { level: number; index: number }[] = [];
      const result = await fn((level, index) => {
        const key = repo.nodeKey(level, index);
        const hit = fetched.get(key) ?? this.nodeCache.get(key);
        if (hit) return hit;
        missing.push({ level, index });
        return PLACEHOLDER;
      });
      if (missing.length === 0) return result;
      const loaded = await repo.loadNodes(tx, missing);
      for (const k of missing) {
        const key = repo.nodeKey(k.level, k.index);
        const hash = loaded.get(key);
        if (!hash) throw new Error(`ledger node ${key} is missing`);
        fetched.set(key, hash);
        this.remember(key, hash);
      }
    }
    throw new Error('ledger node lookup did not converge');
  }

  private remember(key: string, hash: Buffer): void {
    if (this.nodeCache.size >= NODE_CACHE_LIMIT) this.nodeCache.clear();
    this.nodeCache.set(key, hash);
  }

  /**
   * Appends audit events not yet in the log as leaves, in batches, each under a transaction-level
   * advisory lock so only one process sequences at a time.
   *
   * Commit order, not id order, defines the tree: ids come from a sequence when a row is inserted,
   * but transactions commit in any order, so an event with a smaller id can become visible after
   * larger ids were already sequenced. It then simply gets the next free leaf index. Leaves are
   * never re-ordered or inserted below the current size, which is why a tree, once published in a
   * signed checkpoint, never changes below its size (and consistency proofs between checkpoints hold).
   * `full` searches the whole log for late commits (the daily checkpoint), not only the last hour.
   */
  async sequence(opts: { full?: boolean } = {}): Promise<{ added: number; size: number }> {
    const search = { full: opts.full ?? false, lateWindowMinutes: LATE_WINDOW_MINUTES };
    let added = 0;
    for (;;) {
      const { batch, size, nodes } = await this.database.tx({ kind: 'all' }, async (tx) => {
        await lockSequencer(tx);
        const start = await repo.currentSize(tx);
        const events = await repo.unsequencedEvents(tx, SEQUENCE_BATCH, search);
        if (events.length === 0) return { batch: 0, size: start, nodes: [] };
        const leaves = events.map((e) => leafHash(Buffer.from(e.hash, 'hex')));
        const completed = await this.withNodes(tx, (getNode) => completedNodesForLeaves(start, leaves, getNode));
        await repo.insertLeaves(
          tx,
          events.map((e, i) => ({ leafIndex: start + i, auditEventId: e.id, leafHash: leaves[i] })),
        );
        await repo.insertNodes(tx, completed);
        return { batch: events.length, size: start + events.length, nodes: completed };
      });
      // Cached only after the commit: a rolled-back batch must leave no trace.
      for (const n of nodes) if (n.level > 0) this.remember(repo.nodeKey(n.level, n.index), n.hash);
      added += batch;
      if (batch < SEQUENCE_BATCH) return { added, size };
    }
  }

  async size(): Promise<number> {
    return this.database.tx({ kind: 'all' }, (tx) => repo.currentSize(tx));
  }

  /** MTH of the first `size` leaves. */
  async root(size: number): Promise<Buffer> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      await assertWithin(tx, size);
      return this.rootIn(tx, size);
    });
  }

  private rootIn(tx: Tx, size: number): Promise<Buffer> {
    return this.withNodes(tx, (getNode) => rootFromPerfectNodes(size, getNode));
  }

  /**
   * Inclusion proofs of audit events in the tree of a signed checkpoint (default: the latest).
   * Used by the evidence package (many entries at once) and by inclusionProofFor.
   */
  async inclusionProofs(auditEventIds: number[], treeSize?: number): Promise<InclusionProofView[]> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const cp = treeSize === undefined ? await repo.latestCheckpoint(tx) : await repo.checkpointAt(tx, treeSize);
      if (!cp)
        throw new AppError('NOT_FOUND', treeSize === undefined ? '尚未签署任何检查点' : '该树大小没有已签署的检查点');
      const leaves = await repo.leavesOfEvents(tx, auditEventIds);
      const events = new Map((await repo.auditEventsByIds(tx, auditEventIds)).map((e) => [e.id, e]));
      const out: InclusionProofView[] = [];
      for (const id of auditEventIds) {
        const leaf = leaves.get(id);
        const e = events.get(id);
        if (!e) throw new AppError('NOT_FOUND', '审计记录不存在或无权访问');
        if (!leaf || leaf.leafIndex >= cp.treeSize) {
          throw new AppError('NOT_FOUND', '该记录尚未纳入已签署的检查点，请在下一个检查点签署后再查询');
        }
        const path = await this.withNodes(tx, (getNode) =>
          inclusionProof(leaf.leafIndex, cp.treeSize, (s, t) => subtreeRootFromPerfectNodes(s, t, getNode)),
        );
        out.push({
          leafIndex: leaf.leafIndex,
          treeSize: cp.treeSize,
          leafHash: leaf.leafHash.toString('hex'),
          auditPath: path.map((h) => h.toString('hex')),
          checkpoint: checkpointView(cp),
          entry: {
            id: e.id,
            stream: e.stream,
            seq: e.seq,
            eventType: e.eventType,
            hash: e.hash,
            occurredAt: e.occurredAt.toISOString(),
          },
        });
      }
      return out;
    });
  }

  async inclusionProofFor(auditEventId: number, treeSize?: number): Promise<InclusionProofView> {
    const [proof] = await this.inclusionProofs([auditEventId], treeSize);
    return proof;
  }

  /** The proof for a published item: refused for non-public subjects with the not-found answer. */
  async publicInclusionProof(auditEventId: number): Promise<InclusionProofView> {
    const [e] = await this.database.tx({ kind: 'all' }, (tx) => repo.auditEventsByIds(tx, [auditEventId]));
    if (!e || !PUBLIC_PROOF_SUBJECT_TYPES.includes(e.subjectType)) {
      throw new AppError('NOT_FOUND', '该记录不存在或未公开');
    }
    return this.inclusionProofFor(auditEventId);
  }

  /** PROOF(m, D[n]) of RFC 6962 §2.1.2 between two sizes of the current tree, with both roots. */
  async consistencyProof(m: number, n: number, opts: { publishedOnly?: boolean } = {}): Promise<ConsistencyProofView> {
    if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 1 || m > n) {
      throw invalid('树大小应满足 1 ≤ first ≤ second');
    }
    return this.database.tx({ kind: 'all' }, async (tx) => {
      if (opts.publishedOnly) {
        const latest = await repo.latestCheckpoint(tx);
        if (!latest || n > latest.treeSize) throw invalid('second 不能超过最新已签署检查点的树大小');
      } else {
        await assertWithin(tx, n);
      }
      return this.withNodes(tx, async (getNode) => {
        const sub = (s: number, t: number) => subtreeRootFromPerfectNodes(s, t, getNode);
        const proof = await consistencyProof(m, n, sub);
        return {
          first: m,
          second: n,
          firstRoot: (await rootFromPerfectNodes(m, getNode)).toString('hex'),
          secondRoot: (await rootFromPerfectNodes(n, getNode)).toString('hex'),
          proof: proof.map((h) => h.toString('hex')),
        };
      });
    });
  }

  /**
   * Sequences, then signs {treeSize, rootHash, signedAt} with the platform SM2 key (GB/T 32918,
   * distinguishing id 1234567812345678) and stores the checkpoint with a CHECKPOINT_SIGNED event.
   * A SCHEDULED checkpoint is skipped when nothing but checkpoint events was added since the last
   * SCHEDULED one (every checkpoint appends its own event, so the size alone always grows); DAILY
   * and MANUAL (evidence export) checkpoints are always signed. Returns null when skipped.
   */
  async checkpoint(kind: CheckpointKind, actor: AuditActor = SYSTEM_ACTOR): Promise<CheckpointView | null> {
    await this.sequence({ full: kind === 'DAILY' });
    const key = this.key();
    return this.database.tx({ kind: 'all' }, async (tx) => {
      // The same lock as the sequencer: the size read here stays the size signed.
      await lockSequencer(tx);
      const size = await repo.currentSize(tx);
      if (size === 0) return null;
      const latest = await repo.latestCheckpoint(tx);
      if (latest && latest.treeSize >= size) return kind === 'SCHEDULED' ? null : checkpointView(latest);
      if (kind === 'SCHEDULED') {
        const lastScheduled = await repo.latestCheckpoint(tx, 'SCHEDULED');
        if (lastScheduled && !(await repo.grewSince(tx, lastScheduled.treeSize))) return null;
      }
      const rootHash = (await this.rootIn(tx, size)).toString('hex');
      const signedAt = new Date();
      const signature = signCheckpoint(key.privateKey, { treeSize: size, rootHash, signedAt: signedAt.toISOString() });
      const row = { treeSize: size, rootHash, kind, signedAt, keyId: key.keyId, signature };
      if (!(await repo.insertCheckpoint(tx, row))) return checkpointView((await repo.checkpointAt(tx, size))!);
      await appendAudit(tx, actor, {
        type: 'CHECKPOINT_SIGNED',
        subjectType: 'ledger',
        subjectId: 'checkpoints',
        payload: { treeSize: size, rootHash, kind },
      });
      return checkpointView(row);
    });
  }

  /**
   * A checkpoint on request. ledger.read is held by the system, audit and supervising roles, but
   * signing is operating the system (三员分立): only the system administrator may do it.
   */
  async manualCheckpoint(actor: Actor): Promise<CheckpointView | null> {
    if (!actor.grants.some((g) => g.role === 'SYSTEM_ADMIN')) throw forbidden();
    return this.checkpoint('MANUAL', actorOf(actor));
  }

  async listCheckpoints(page: number, pageSize: number): Promise<{ total: number; items: CheckpointView[] }> {
    const r = await this.database.tx({ kind: 'all' }, (tx) => repo.listCheckpoints(tx, page, pageSize));
    return { total: r.total, items: r.items.map(checkpointView) };
  }

  async latestCheckpoint(): Promise<CheckpointView | null> {
    const row = await this.database.tx({ kind: 'all' }, (tx) => repo.latestCheckpoint(tx));
    return row ? checkpointView(row) : null;
  }

  async status(): Promise<LedgerStatus> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const latest = await repo.latestCheckpoint(tx);
      return {
        treeSize: await repo.currentSize(tx),
        auditEvents: await repo.countAuditEvents(tx),
        unsequenced: await repo.countUnsequenced(tx),
        lastCheckpoint: latest ? checkpointView(latest) : null,
        keyId: this.key().keyId,
      };
    });
  }
}

/** Serialises sequencing and checkpoint signing across every process on this database. */
async function lockSequencer(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('zhifa.ledger.sequencer'))`);
}

async function assertWithin(tx: Tx, size: number): Promise<void> {
  if (!Number.isSafeInteger(size) || size < 0 || size > (await repo.currentSize(tx))) {
    throw invalid('树大小超出当前日志范围');
  }
}
