import { createHash } from 'node:crypto';
import { AUDIT_GENESIS_HASH, auditEntryHash } from './audit-entry.js';
import { verifyCheckpoint } from './checkpoint.js';
import {
  type CustodyEntry,
  checkpointProblem,
  custodyEntryProblem,
  type EvidencePackageCheckpoint,
  type EvidencePackageFile,
  type EvidencePackageManifest,
  type EvidencePackageProof,
  type EvidencePackageReader,
  manifestProblem,
  PACKAGE_ENTRY,
  proofProblem,
} from './evidence-package.js';
import { leafHash, verifyInclusion } from './merkle.js';
import { type Sm2PublicKey, sm2KeyId, sm2PublicKeyFromPem } from './sm2.js';

/** One named check. `name` is the English check id, `detail` the Chinese text naming the item. */
export interface CheckResult {
  name: string;
  ok: boolean;
  detail: string;
}

export interface VerifyResult {
  ok: boolean;
  checks: CheckResult[];
}

export interface VerifyOptions {
  /** The key published by the platform (/transparency); without it the package's own key is used. */
  trustedPublicKeyPem?: string;
  /** Called as each check completes (hashing a multi-GB file takes a while). */
  onCheck?: (check: CheckResult) => void;
}

/** Control characters are shown escaped, so a file name cannot rewrite the verifier's output. */
function printable(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    out += control ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}

const fileLabel = (f: EvidencePackageFile) => `${f.path} (${printable(f.name)})`;
const entryLabel = (e: { id: number }) => `审计记录 #${e.id}`;
const short = (hex: string) => `${hex.slice(0, 16)}…`;
const toBytes = (hex: string) => Buffer.from(hex, 'hex');

async function readJson(reader: EvidencePackageReader, name: string): Promise<{ value?: unknown; error?: string }> {
  let buf: Buffer | null;
  try {
    buf = await reader.read(name);
  } catch (err) {
    return { error: `${name} 读取失败（${printable(err instanceof Error ? err.message : String(err))}）` };
  }
  if (!buf) return { error: `包内缺少 ${name}` };
  try {
    return { value: JSON.parse(buf.toString('utf8')) };
  } catch {
    return { error: `${name} 不是有效的 JSON` };
  }
}

async function digestEntry(reader: EvidencePackageReader, name: string) {
  const stream = await reader.stream(name);
  if (!stream) return null;
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  let size = 0;
  for await (const chunk of stream) {
    sha256.update(chunk);
    sm3.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: sha256.digest('hex'), sm3: sm3.digest('hex') };
}

/**
 * Checks an evidence package (see evidence-package.ts) and names every broken item: a file by
 * `files/<sha256> (原文件名)`, a custody entry by `审计记录 #id`, or the checkpoint. It never throws on a
 * malformed package; it reports.
 */
export async function verifyEvidencePackage(
  reader: EvidencePackageReader,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const checks: CheckResult[] = [];
  const report = (name: string, ok: boolean, detail: string) => {
    const c = { name, ok, detail };
    checks.push(c);
    options.onCheck?.(c);
  };

  // -- manifest and the package's entry list --------------------------------------------------
  const manifestJson = await readJson(reader, PACKAGE_ENTRY.manifest);
  const mProblem = manifestJson.error ?? manifestProblem(manifestJson.value);
  const manifest = mProblem ? null : (manifestJson.value as EvidencePackageManifest);
  if (manifest) {
    const r = manifest.record;
    report(
      'manifest',
      true,
      `清单 manifest.json 格式正确：记录 ${r.id}「${printable(r.title)}」，${manifest.files.length} 个文件`,
    );
  } else {
    report('manifest', false, `清单 manifest.json 无法使用：${mProblem}`);
  }

  const names = await reader.names();
  const listed = new Set(manifest?.files.map((f) => f.path) ?? []);
  const fixed = new Set<string>([
    PACKAGE_ENTRY.manifest,
    PACKAGE_ENTRY.custody,
    PACKAGE_ENTRY.proofs,
    PACKAGE_ENTRY.checkpoint,
    PACKAGE_ENTRY.publicKey,
    PACKAGE_ENTRY.filesDir,
  ]);
  const seen = new Set<string>();
  const strays: string[] = [];
  for (const name of names) {
    if (seen.has(name)) report('package.entries', false, `${printable(name)}：包内有同名的重复条目`);
    seen.add(name);
    if (name.startsWith(PACKAGE_ENTRY.filesDir) && !fixed.has(name)) {
      if (manifest && !listed.has(name)) report('files.unlisted', false, `${printable(name)}：未列入清单的文件`);
    } else if (!fixed.has(name)) {
      strays.push(name);
    }
  }
  for (const s of strays) report('package.entries', false, `${printable(s)}：证据包格式之外的条目`);
  if (manifest && names.every((n) => !n.startsWith(PACKAGE_ENTRY.filesDir) || fixed.has(n) || listed.has(n))) {
    report('files.unlisted', true, 'files/ 下没有清单之外的文件');
  }

  // -- files: streamed, so a multi-GB video never sits in memory ---------------------------------
  const digests = new Map<string, Awaited<ReturnType<typeof digestEntry>> | Error>();
  for (const f of manifest?.files ?? []) {
    if (!digests.has(f.path)) {
      try {
        digests.set(f.path, await digestEntry(reader, f.path));
      } catch (err) {
        digests.set(f.path, err instanceof Error ? err : new Error(String(err)));
      }
    }
    const got = digests.get(f.path) ?? null;
    if (got === null) report('file', false, `${fileLabel(f)}：包内缺少该文件`);
    else if (got instanceof Error) report('file', false, `${fileLabel(f)}：读取失败（${printable(got.message)}）`);
    else {
      const wrong: string[] = [];
      if (got.size !== f.size) wrong.push(`大小（清单 ${f.size} 字节，实际 ${got.size} 字节）`);
      if (got.sha256 !== f.sha256) wrong.push(`SHA-256（清单 ${short(f.sha256)}，实际 ${short(got.sha256)}）`);
      if (got.sm3 !== f.sm3) wrong.push(`SM3（清单 ${short(f.sm3)}，实际 ${short(got.sm3)}）`);
      if (wrong.length) report('file', false, `${fileLabel(f)}：文件已被改动，${wrong.join('、')}与清单不一致`);
      else report('file', true, `${fileLabel(f)}：大小 ${f.size} 字节，SHA-256 与 SM3 均与清单一致`);
    }
  }

  // -- custody: the record's hash chain ------------------------------------------------------------
  const custodyJson = await readJson(reader, PACKAGE_ENTRY.custody);
  let custody: CustodyEntry[] = [];
  if (custodyJson.error || !Array.isArray(custodyJson.value)) {
    report('custody', false, `保管记录 custody.json 无法使用：${custodyJson.error ?? '不是数组'}`);
  } else {
    custody = custodyJson.value as CustodyEntry[];
    let broken = 0;
    const stream = custody[0] && typeof custody[0] === 'object' ? custody[0].stream : undefined;
    for (const [i, e] of custody.entries()) {
      const shape = custodyEntryProblem(e);
      const label = shape ? `保管记录第 ${i + 1} 条` : `${entryLabel(e)}（序号 ${e.seq}，${printable(e.eventType)}）`;
      const problems: string[] = [];
      if (shape) problems.push(`格式不符：${shape}`);
      else {
        const prev = i === 0 ? AUDIT_GENESIS_HASH : custody[i - 1]?.hash;
        if (e.seq !== i + 1) problems.push(`序号应为 ${i + 1}`);
        if (e.prevHash !== prev) problems.push('前一哈希与上一条记录不衔接');
        if (auditEntryHash(e.prevHash, e) !== e.hash) problems.push('内容与哈希值不符，记录已被改动');
        if (e.stream !== stream || e.stream !== `${e.subjectType}:${e.subjectId}`) problems.push('不属于同一审计流');
        if (manifest && e.subjectId !== manifest.record.id) problems.push(`对象 ${printable(e.subjectId)} 不是本记录`);
      }
      if (problems.length) {
        broken++;
        report('custody.entry', false, `${label}：${problems.join('；')}`);
      }
    }
    if (custody.length === 0) report('custody', false, '保管记录 custody.json 为空');
    else if (broken === 0)
      report('custody', true, `保管记录 custody.json：${custody.length} 条审计记录，序号连续，哈希链完整，均属本记录`);
  }
  const validEntries = custody.filter((e) => custodyEntryProblem(e) === null);
  const byId = new Map(validEntries.map((e) => [e.id, e]));

  // -- checkpoint and key ------------------------------------------------------------------------
  const cpJson = await readJson(reader, PACKAGE_ENTRY.checkpoint);
  const cpProblem = cpJson.error ?? checkpointProblem(cpJson.value);
  const cp = cpProblem ? null : (cpJson.value as EvidencePackageCheckpoint);
  const cpLabel = cp
    ? `检查点（树大小 ${cp.treeSize}，根哈希 ${short(cp.rootHash)}，签署于 ${printable(cp.signedAt)}）`
    : '检查点 checkpoint.json';
  if (!cp) report('checkpoint', false, `检查点 checkpoint.json 无法使用：${cpProblem}`);

  // -- inclusion proofs ----------------------------------------------------------------------------
  const proofsJson = await readJson(reader, PACKAGE_ENTRY.proofs);
  const hasProof = new Set<number>(); // entries with a proof, valid or not
  const proven = new Set<number>(); // entries whose proof verifies against the checkpoint
  if (proofsJson.error || !Array.isArray(proofsJson.value)) {
    report('proofs', false, `包含证明 proofs.json 无法使用：${proofsJson.error ?? '不是数组'}`);
  } else {
    let bad = 0;
    for (const [i, p] of (proofsJson.value as EvidencePackageProof[]).entries()) {
      const shape = proofProblem(p);
      const entry = shape ? undefined : byId.get(p.auditEventId);
      const label = shape ? `包含证明第 ${i + 1} 条` : `审计记录 #${p.auditEventId} 的包含证明`;
      let problem: string | null = null;
      if (shape) problem = `格式不符：${shape}`;
      else if (!entry) problem = '保管记录中没有这条审计记录';
      else if (hasProof.has(entry.id)) problem = '重复的证明';
      else if (!cp) problem = '没有可用的检查点';
      else if (p.treeSize !== cp.treeSize) problem = `树大小 ${p.treeSize} 与检查点的 ${cp.treeSize} 不一致`;
      else if (leafHash(Buffer.from(entry.hash, 'hex')).toString('hex') !== p.leafHash) {
        problem = '叶哈希与审计记录的哈希不符';
      } else if (
        !verifyInclusion(toBytes(p.leafHash), p.leafIndex, p.treeSize, p.auditPath.map(toBytes), toBytes(cp.rootHash))
      ) {
        problem = `从第 ${p.leafIndex} 号叶到检查点根哈希的审计路径不成立，证明已被改动`;
      }
      if (entry) hasProof.add(entry.id);
      if (problem) {
        bad++;
        report('proof', false, `${label}：${problem}`);
      } else if (entry) {
        proven.add(entry.id);
      }
    }
    // The entries with proofs must be a prefix of the chain (seq 1 … k); later ones await the next checkpoint.
    let last = -1;
    validEntries.forEach((e, i) => {
      if (hasProof.has(e.id)) last = i;
    });
    for (const e of validEntries.slice(0, last + 1).filter((x) => !hasProof.has(x.id))) {
      bad++;
      report('proof', false, `${entryLabel(e)}：缺少包含证明，而其后的审计记录已被检查点覆盖`);
    }
    if (hasProof.size === 0) report('proofs', false, '包含证明 proofs.json：没有任何审计记录被签名检查点覆盖');
    else if (bad === 0) report('proofs', true, `包含证明 proofs.json：${proven.size} 条审计记录均包含在${cpLabel}中`);
    const pending = validEntries.slice(last + 1);
    if (last >= 0 && pending.length > 0) {
      const range =
        pending.length === 1 ? entryLabel(pending[0]) : `${entryLabel(pending[0])} 至 #${pending.at(-1)!.id}`;
      report('custody.pending', true, `${range}（${pending.length} 条）晚于该检查点，尚未被签名覆盖，仅由哈希链保护`);
    }
  }

  // -- files are anchored: their digests are in a custody entry's payload (RECORD_CREATED) -------
  if (manifest && validEntries.length) {
    const created = validEntries.find((e) => e.eventType === 'RECORD_CREATED');
    const registered = validEntries.flatMap((e) => {
      const files = (e.payload as { files?: unknown } | null)?.files;
      return Array.isArray(files) ? files.map((f) => ({ f: f as Partial<EvidencePackageFile>, e })) : [];
    });
    let unanchored = 0;
    for (const f of manifest.files) {
      const hit = registered.find(({ f: g }) => g.sha256 === f.sha256 && g.sm3 === f.sm3 && g.size === f.size);
      if (!hit) {
        unanchored++;
        report('file.registered', false, `${fileLabel(f)}：摘要未登记在保管记录的入库事件中`);
      } else if (!proven.has(hit.e.id)) {
        unanchored++;
        report(
          'file.registered',
          false,
          `${fileLabel(f)}：登记该摘要的${entryLabel(hit.e)}（${printable(hit.e.eventType)}）未被签名检查点覆盖`,
        );
      }
    }
    const r = manifest.record;
    const p = created?.payload as { kind?: unknown; ownerType?: unknown; ownerId?: unknown } | undefined;
    if (!created || !p) {
      report('record.registered', false, '保管记录中没有入库事件（RECORD_CREATED）');
    } else if (p.kind !== r.kind || p.ownerType !== r.ownerType || p.ownerId !== r.ownerId) {
      report('record.registered', false, `清单中记录的类别或归属与${entryLabel(created)}（入库）不一致`);
    } else if (unanchored === 0) {
      report(
        'record.registered',
        true,
        `记录类别、归属和全部 ${manifest.files.length} 个文件的摘要均登记在${entryLabel(created)}（入库）中`,
      );
    }
  }

  // -- the checkpoint's signature --------------------------------------------------------------------
  let pem: Buffer | null = null;
  let key: Sm2PublicKey | null = null;
  try {
    pem = await reader.read(PACKAGE_ENTRY.publicKey);
    if (pem) key = sm2PublicKeyFromPem(pem.toString('utf8'));
  } catch {
    key = null;
  }
  if (!key) report('checkpoint.key', false, `签名公钥 signing-key.pem ${pem ? '不是有效的 SM2 公钥' : '缺失'}`);
  if (key && options.trustedPublicKeyPem !== undefined) {
    let trusted: Sm2PublicKey | null = null;
    try {
      trusted = sm2PublicKeyFromPem(options.trustedPublicKeyPem);
    } catch {
      trusted = null;
    }
    if (!trusted) report('checkpoint.trustedKey', false, '指定的可信公钥不是有效的 SM2 公钥');
    else if (trusted.x !== key.x || trusted.y !== key.y) {
      report(
        'checkpoint.trustedKey',
        false,
        `签名公钥 signing-key.pem（${sm2KeyId(key)}）不是指定的可信公钥（${sm2KeyId(trusted)}）`,
      );
    } else report('checkpoint.trustedKey', true, `签名公钥与指定的可信公钥一致（密钥标识 ${sm2KeyId(key)}）`);
  }
  if (key && cp) {
    const keyId = sm2KeyId(key);
    if (cp.keyId !== keyId)
      report(
        'checkpoint.keyId',
        false,
        `${cpLabel}：密钥标识 ${printable(cp.keyId)} 与签名公钥 signing-key.pem 的 ${keyId} 不一致`,
      );
    if (verifyCheckpoint(key, cp, cp.signature))
      report('checkpoint.signature', true, `${cpLabel}：SM2 签名有效（密钥标识 ${keyId}）`);
    else report('checkpoint.signature', false, `${cpLabel}：SM2 签名无效，检查点或签名公钥被改动`);
  }

  return { ok: checks.every((c) => c.ok), checks };
}
