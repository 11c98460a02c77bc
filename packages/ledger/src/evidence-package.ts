import type { AuditEntry } from './audit-entry.js';

/**
 * The electronic evidence package (电子证据包), one zip:
 *
 *   manifest.json     EvidencePackageManifest
 *   files/<sha256>    the original bytes of each file, named by their SHA-256 (lower-case hex)
 *   custody.json      CustodyEntry[] — the record's whole audit stream, seq 1, 2, … (保管记录)
 *   proofs.json       EvidencePackageProof[] — an inclusion proof for every custody entry covered by the checkpoint
 *   checkpoint.json   EvidencePackageCheckpoint — the signed checkpoint the proofs lead to
 *   signing-key.pem   the platform's SM2 public key (SubjectPublicKeyInfo PEM)
 *
 * Nothing else may be in the package (a `files/` directory entry is allowed). What ties it together:
 * each file's digests are in the manifest and in the custody log's RECORD_CREATED payload; the custody
 * log is a hash chain; each entry's hash is a leaf (SM3(0x00 ‖ hash bytes)) of the Merkle log whose
 * root the checkpoint signs. Record title and metadata are descriptive and not covered by a signature.
 */

export const EVIDENCE_PACKAGE_FORMAT = 'zhifa-evidence-package/1';

export const PACKAGE_ENTRY = {
  manifest: 'manifest.json',
  custody: 'custody.json',
  proofs: 'proofs.json',
  checkpoint: 'checkpoint.json',
  publicKey: 'signing-key.pem',
  filesDir: 'files/',
} as const;

export interface EvidencePackageFile {
  /** `files/<sha256>` */
  path: string;
  /** The original file name, as metadata only. */
  name: string;
  size: number;
  sha256: string;
  sm3: string;
}

export interface EvidencePackageManifest {
  format: typeof EVIDENCE_PACKAGE_FORMAT;
  createdAt: string;
  agency: { id: string; name: string };
  record: {
    id: string;
    kind: string;
    title: string;
    ownerType: string;
    ownerId: string;
    version: number;
    metadata: unknown;
  };
  files: EvidencePackageFile[];
  custody: typeof PACKAGE_ENTRY.custody;
  proofs: typeof PACKAGE_ENTRY.proofs;
  checkpoint: typeof PACKAGE_ENTRY.checkpoint;
  publicKey: typeof PACKAGE_ENTRY.publicKey;
}

/** A full audit entry of the record's stream (occurredAt ISO-8601). */
export type CustodyEntry = AuditEntry;

export interface EvidencePackageProof {
  auditEventId: number;
  leafIndex: number;
  /** hex of SM3(0x00 ‖ entry hash bytes) */
  leafHash: string;
  treeSize: number;
  auditPath: string[];
}

export interface EvidencePackageCheckpoint {
  treeSize: number;
  rootHash: string;
  signedAt: string;
  kind: string;
  keyId: string;
  /** base64 DER SM2 signature over checkpointText({ treeSize, rootHash, signedAt }) */
  signature: string;
}

export function evidenceFilePath(sha256: string): string {
  return `${PACKAGE_ENTRY.filesDir}${sha256}`;
}

/** Read access to a package's entries; the zip reader of zhifa-verify streams from disk. */
export interface EvidencePackageReader {
  /** Every entry name, in package order, duplicates and directory entries (ending in "/") included. */
  names(): string[] | Promise<string[]>;
  /** The whole entry (used only for the small JSON and PEM entries), or null if absent. */
  read(name: string): Promise<Buffer | null>;
  /** The entry's bytes as a stream (used for the files, which may be several GB), or null if absent. */
  stream(name: string): Promise<AsyncIterable<Uint8Array> | null>;
}

/** A reader over entries held in memory (tests, small packages built by the server). */
export function memoryPackageReader(
  entries: Map<string, Uint8Array> | Record<string, Uint8Array>,
): EvidencePackageReader {
  const map = entries instanceof Map ? entries : new Map(Object.entries(entries));
  return {
    names: () => [...map.keys()],
    read: async (name) => {
      const v = map.get(name);
      return v ? Buffer.from(v) : null;
    },
    stream: async (name) => {
      const v = map.get(name);
      if (!v) return null;
      return (async function* () {
        yield v;
      })();
    },
  };
}

// ---- shape checks (the package comes from outside: nothing is trusted to be well-formed) --------

const HEX64 = /^[0-9a-f]{64}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isTime = (v: unknown) => isStr(v) && !Number.isNaN(Date.parse(v));

/** Returns a Chinese description of the first problem, or null when the manifest is well-formed. */
export function manifestProblem(m: unknown): string | null {
  if (!isObject(m)) return '不是 JSON 对象';
  if (m.format !== EVIDENCE_PACKAGE_FORMAT)
    return `格式标识应为 ${EVIDENCE_PACKAGE_FORMAT}，实际为 ${JSON.stringify(m.format)}`;
  if (!isTime(m.createdAt)) return 'createdAt 不是有效时间';
  if (!isObject(m.agency) || !isStr(m.agency.id) || !isStr(m.agency.name)) return 'agency 缺少 id 或 name';
  const r = m.record;
  if (!isObject(r) || ![r.id, r.kind, r.title, r.ownerType, r.ownerId].every(isStr) || !isCount(r.version)) {
    return 'record 缺少 id、kind、title、ownerType、ownerId 或 version';
  }
  if (!('metadata' in r)) return 'record 缺少 metadata';
  for (const key of ['custody', 'proofs', 'checkpoint', 'publicKey'] as const) {
    if (m[key] !== PACKAGE_ENTRY[key]) return `${key} 应为 ${PACKAGE_ENTRY[key]}`;
  }
  if (!Array.isArray(m.files)) return 'files 不是数组';
  for (const [i, f] of m.files.entries()) {
    if (!isObject(f) || !isStr(f.name) || !isCount(f.size)) return `files[${i}] 缺少 name 或 size`;
    if (!isStr(f.sha256) || !HEX64.test(f.sha256) || !isStr(f.sm3) || !HEX64.test(f.sm3)) {
      return `files[${i}] 的 sha256 / sm3 不是 64 位小写十六进制`;
    }
    if (f.path !== evidenceFilePath(f.sha256)) return `files[${i}] 的 path 应为 ${evidenceFilePath(f.sha256)}`;
  }
  return null;
}

export function custodyEntryProblem(e: unknown): string | null {
  if (!isObject(e)) return '不是 JSON 对象';
  if (!isCount(e.id) || !isCount(e.seq)) return 'id 或 seq 不是整数';
  if (![e.stream, e.eventType, e.subjectType, e.subjectId].every(isStr))
    return '缺少 stream、eventType、subjectType 或 subjectId';
  if (![e.actorUserId, e.actorName, e.agencyId, e.ip, e.requestId].every(isStrOrNull))
    return '参与人或来源字段类型不符';
  if (!('payload' in e)) return '缺少 payload';
  if (!isTime(e.occurredAt)) return 'occurredAt 不是有效时间';
  if (!isStr(e.prevHash) || !HEX64.test(e.prevHash) || !isStr(e.hash) || !HEX64.test(e.hash))
    return 'prevHash 或 hash 格式不符';
  return null;
}

export function proofProblem(p: unknown): string | null {
  if (!isObject(p)) return '不是 JSON 对象';
  if (!isCount(p.auditEventId) || !isCount(p.leafIndex) || !isCount(p.treeSize)) return '序号字段不是整数';
  if (!isStr(p.leafHash) || !HEX64.test(p.leafHash)) return 'leafHash 格式不符';
  if (!Array.isArray(p.auditPath) || !p.auditPath.every((x) => isStr(x) && HEX64.test(x))) return 'auditPath 格式不符';
  return null;
}

export function checkpointProblem(c: unknown): string | null {
  if (!isObject(c)) return '不是 JSON 对象';
  if (!isCount(c.treeSize) || c.treeSize < 1) return 'treeSize 不是正整数';
  if (!isStr(c.rootHash) || !HEX64.test(c.rootHash)) return 'rootHash 格式不符';
  if (!isTime(c.signedAt)) return 'signedAt 不是有效时间';
  if (!isStr(c.kind) || !isStr(c.keyId) || !isStr(c.signature)) return '缺少 kind、keyId 或 signature';
  return null;
}
