import { completedNodes, leafHash, type PerfectNodeFn, rootFromPerfectNodes, verifyCheckpoint } from '@zhifa/ledger';
import { asc, eq, sql } from 'drizzle-orm';
import type { FileProblem } from '../modules/records/records.fixity';
import type { Services } from '../services';
import { type ChainProblem, entryHash, verifyAuditChains } from './audit/audit.service';
import { auditEvents } from './audit/audit.tables';
import type { Database } from './db';
import type { LedgerSigningKey } from './ledger/keys';
import { ledgerCheckpoints, ledgerLeaves } from './ledger/ledger.tables';

/**
 * `zhifa verify` (issue 3 §4): recomputes every chain, every file digest and every checkpoint and
 * names each broken item. The Merkle roots are recomputed from the CURRENT audit rows — each leaf is
 * SM3(0x00 ‖ entryHash(row)) with the entry hash recomputed from the row's fields — so a changed row
 * is caught even if an attacker also rewrote the hash chain after it: the signed roots were computed
 * from the original entries and cannot be re-signed without the SM2 key.
 */
export interface LeafProblem {
  leafIndex: number;
  auditEventId: number;
  problem: 'LEAF_MISMATCH' | 'ENTRY_MISSING' | 'INDEX_GAP';
}

export interface CheckpointCheck {
  treeSize: number;
  kind: string;
  signedAt: string;
  ok: boolean;
  problems: ('ROOT_MISMATCH' | 'BAD_SIGNATURE' | 'UNKNOWN_KEY' | 'LEAVES_MISSING')[];
  recomputedRoot: string | null;
}

/** File digests recomputed from the store (records module); null when that check is not available. */
export interface FilesReport {
  checked: number | null;
  bytes: number | null;
  problems: FileProblem[];
}

export interface VerifyReport {
  chains: { entries: number; streams: number; problems: ChainProblem[] };
  files: FilesReport | null;
  ledger: { leaves: number; problems: LeafProblem[] };
  checkpoints: CheckpointCheck[];
  ok: boolean;
}

const PAGE = 5000;
const MISSING_LEAF = Buffer.alloc(32);

/**
 * Streams the leaves in order, recomputes each leaf from its audit row, and recomputes the root of
 * every stored checkpoint's size with an O(log n) frontier of perfect-subtree nodes. Also reports
 * leaves whose stored hash differs from the recomputed one (naming the audit entry).
 */
export async function verifyLedger(
  database: Database,
  key: LedgerSigningKey,
): Promise<{ leaves: number; problems: LeafProblem[]; checkpoints: CheckpointCheck[] }> {
  const cps = await database.tx({ kind: 'all' }, (tx) =>
    tx.select().from(ledgerCheckpoints).orderBy(asc(ledgerCheckpoints.treeSize)),
  );
  const checks: CheckpointCheck[] = cps.map((c) => {
    const problems: CheckpointCheck['problems'] = [];
    const payload = { treeSize: c.treeSize, rootHash: c.rootHash, signedAt: c.signedAt.toISOString() };
    if (c.keyId !== key.keyId) problems.push('UNKNOWN_KEY');
    else if (!safeVerify(key, payload, c.signature)) problems.push('BAD_SIGNATURE');
    return {
      treeSize: c.treeSize,
      kind: c.kind,
      signedAt: payload.signedAt,
      ok: false,
      problems,
      recomputedRoot: null,
    };
  });
  // Frontier: the latest left-child (even index) node per level — exactly the nodes that later
  // leaves and the root of the current size need.
  const frontier = new Map<number, { index: number; hash: Buffer }>();
  const getNode: PerfectNodeFn = (level, index) => {
    const n = frontier.get(level);
    if (!n || n.index !== index) throw new Error(`verify: node ${level}:${index} not in frontier`);
    return n.hash;
  };
  const problems: LeafProblem[] = [];
  let next = 0; // the next expected leaf index = leaves processed so far
  let ci = 0;
  const settle = async () => {
    while (ci < checks.length && checks[ci].treeSize === next) {
      const root = (await rootFromPerfectNodes(next, getNode)).toString('hex');
      checks[ci].recomputedRoot = root;
      if (root !== cps[ci].rootHash) checks[ci].problems.push('ROOT_MISMATCH');
      ci++;
    }
  };
  await settle();
  for (;;) {
    const page = await database.tx({ kind: 'all' }, (tx) =>
      tx
        .select({ leaf: ledgerLeaves, event: auditEvents })
        .from(ledgerLeaves)
        .leftJoin(auditEvents, eq(auditEvents.id, ledgerLeaves.auditEventId))
        .where(sql`${ledgerLeaves.leafIndex} >= ${next}`)
        .orderBy(asc(ledgerLeaves.leafIndex))
        .limit(PAGE),
    );
    if (page.length === 0) break;
    for (const { leaf, event } of page) {
      if (leaf.leafIndex !== next) {
        // A deleted leaf row: the tree above it cannot be recomputed; later checkpoints all fail.
        problems.push({ leafIndex: next, auditEventId: 0, problem: 'INDEX_GAP' });
        return finish(checks, problems, next);
      }
      let recomputed: Buffer;
      if (!event) {
        problems.push({ leafIndex: leaf.leafIndex, auditEventId: leaf.auditEventId, problem: 'ENTRY_MISSING' });
        recomputed = MISSING_LEAF;
      } else {
        recomputed = leafHash(Buffer.from(entryHash(event.prevHash, event), 'hex'));
        if (!recomputed.equals(leaf.leafHash)) {
          problems.push({ leafIndex: leaf.leafIndex, auditEventId: leaf.auditEventId, problem: 'LEAF_MISMATCH' });
        }
      }
      for (const n of await completedNodes(leaf.leafIndex, recomputed, getNode)) {
        if (n.index % 2 === 0) frontier.set(n.level, { index: n.index, hash: n.hash });
      }
      next++;
      await settle();
    }
  }
  return finish(checks, problems, next);
}

function finish(
  checks: CheckpointCheck[],
  problems: LeafProblem[],
  leaves: number,
): { leaves: number; problems: LeafProblem[]; checkpoints: CheckpointCheck[] } {
  for (const c of checks) {
    if (c.recomputedRoot === null && !c.problems.includes('LEAVES_MISSING')) c.problems.push('LEAVES_MISSING');
    c.ok = c.problems.length === 0;
  }
  return { leaves, problems, checkpoints: checks };
}

function safeVerify(
  key: LedgerSigningKey,
  cp: { treeSize: number; rootHash: string; signedAt: string },
  signature: string,
): boolean {
  try {
    return verifyCheckpoint(key.publicKey, cp, signature);
  } catch {
    return false;
  }
}

/** The records module's file check, whatever its result shape (a list of problems, or a summary). */
async function verifyFilesIfAvailable(services: Services): Promise<FilesReport | null> {
  const records = services.records as unknown as { verifyFiles?: () => Promise<unknown> };
  if (typeof records.verifyFiles !== 'function') return null;
  const raw = (await records.verifyFiles()) as
    | FileProblem[]
    | { checked?: number; bytes?: number; problems: FileProblem[] };
  if (Array.isArray(raw)) return { checked: null, bytes: null, problems: raw };
  return { checked: raw.checked ?? null, bytes: raw.bytes ?? null, problems: raw.problems };
}

export async function verifyEverything(services: Services): Promise<VerifyReport> {
  const chains = await verifyAuditChains(services.database);
  const files = await verifyFilesIfAvailable(services);
  const ledger = await verifyLedger(services.database, services.ledger.key());
  const filesOk = !files || files.problems.length === 0;
  return {
    chains,
    files,
    ledger: { leaves: ledger.leaves, problems: ledger.problems },
    checkpoints: ledger.checkpoints,
    ok:
      chains.problems.length === 0 && filesOk && ledger.problems.length === 0 && ledger.checkpoints.every((c) => c.ok),
  };
}

const CHECKPOINT_PROBLEMS: Record<CheckpointCheck['problems'][number], string> = {
  ROOT_MISMATCH: '根哈希与按现有记录重新计算的结果不符',
  BAD_SIGNATURE: 'SM2 签名无效',
  UNKNOWN_KEY: '签名密钥不是本平台当前的公钥',
  LEAVES_MISSING: '日志叶子不足，无法重新计算',
};
const LEAF_PROBLEMS: Record<LeafProblem['problem'], string> = {
  LEAF_MISMATCH: '记录内容与入树时不一致',
  ENTRY_MISSING: '审计记录已不存在',
  INDEX_GAP: '叶子序号不连续（叶子被删除）',
};

/** The report as Chinese lines for the command line; `problem` lines go to stderr. */
export function describeVerifyReport(r: VerifyReport): { text: string; problem: boolean }[] {
  const out: { text: string; problem: boolean }[] = [];
  const info = (text: string) => out.push({ text, problem: false });
  const bad = (text: string) => out.push({ text, problem: true });
  info(`审计日志：${r.chains.entries} 条，${r.chains.streams} 条链`);
  for (const p of r.chains.problems) bad(`断点：链 ${p.stream} 第 ${p.seq} 条（审计记录 #${p.entryId}）：${p.problem}`);
  if (r.files) {
    const count = r.files.checked === null ? '' : `${r.files.checked} 个对象，`;
    info(`文件：${count}${r.files.problems.length ? `${r.files.problems.length} 个问题` : 'SHA-256 与 SM3 全部一致'}`);
    for (const p of r.files.problems) {
      const where = p.recordId ? `记录 ${p.recordId} 文件 ${p.fileId}` : '未归档的上传文件';
      bad(`文件：${where}（SHA-256 ${p.sha256}）：${p.problem === 'MISSING' ? '存储中缺失' : '内容与登记的摘要不符'}`);
    }
  }
  info(`默克尔日志：${r.ledger.leaves} 片叶子，${r.checkpoints.length} 个检查点`);
  for (const p of r.ledger.problems) {
    bad(`日志条目：叶子 ${p.leafIndex}（审计记录 #${p.auditEventId}）：${LEAF_PROBLEMS[p.problem]}`);
  }
  for (const c of r.checkpoints) {
    if (!c.ok)
      bad(`检查点：树大小 ${c.treeSize}（${c.signedAt}）：${c.problems.map((p) => CHECKPOINT_PROBLEMS[p]).join('；')}`);
  }
  (r.ok ? info : bad)(r.ok ? '校验通过：哈希链、文件和检查点全部完整' : '校验未通过：见上列问题');
  return out;
}
