import { createHash, randomBytes } from 'node:crypto';
import { AUDIT_GENESIS_HASH, type AuditEntry, auditEntryHash } from '../audit-entry.js';
import { signCheckpoint } from '../checkpoint.js';
import {
  EVIDENCE_PACKAGE_FORMAT,
  type EvidencePackageCheckpoint,
  type EvidencePackageManifest,
  type EvidencePackageProof,
  evidenceFilePath,
} from '../evidence-package.js';
import { inclusionProofFromLeaves, leafHash, rootFromLeafHashes } from '../merkle.js';
import {
  type Sm2PrivateKey,
  sm2KeyId,
  sm2PrivateKeyFromSeed,
  sm2PublicKeyFromPrivate,
  sm2PublicKeyToPem,
} from '../sm2.js';

/**
 * Test support (not part of the public API): a complete, valid evidence package built with this
 * library's own functions, the way the server is meant to build it — two files, a custody stream
 * whose first three entries sit among other streams' leaves in a Merkle log of 11 leaves, a signed
 * checkpoint of that log, and one custody entry appended after the checkpoint.
 */
export interface EvidenceFixture {
  entries: Map<string, Buffer>;
  manifest: EvidencePackageManifest;
  custody: AuditEntry[];
  proofs: EvidencePackageProof[];
  checkpoint: EvidencePackageCheckpoint;
  signingKey: Sm2PrivateKey;
}

const RECORD_ID = '0195f0c2-7a3b-7c4d-8e5f-00000000e001';
const AGENCY_ID = '0195f0c2-0000-7000-8000-0000000000bb';
const OFFICER_ID = '0195f0c2-0000-7000-8000-0000000000aa';

const digest = (alg: string, b: Buffer) => createHash(alg).update(b).digest('hex');

export function buildEvidenceFixture(
  signingKey: Sm2PrivateKey = sm2PrivateKeyFromSeed(Buffer.from('fixture')),
): EvidenceFixture {
  const files = [
    { name: '执法记录仪视频 2026-03-01.mp4', bytes: randomBytes(300_000) },
    { name: '现场照片\n(1).jpg', bytes: Buffer.from('\xff\xd8\xff\xe0 not really a jpeg', 'latin1') },
  ].map((f) => ({ ...f, sha256: digest('sha256', f.bytes), sm3: digest('sm3', f.bytes), size: f.bytes.length }));
  const fileDigests = files.map(({ sha256, sm3, size }) => ({ sha256, sm3, size }));

  const stream = `record:${RECORD_ID}`;
  const base = {
    stream,
    actorUserId: OFFICER_ID,
    actorName: '王执法',
    agencyId: AGENCY_ID,
    subjectType: 'record',
    subjectId: RECORD_ID,
    ip: '10.0.0.8',
  };
  const events: { eventType: string; payload: unknown }[] = [
    {
      eventType: 'RECORD_CREATED',
      payload: { kind: 'EVIDENCE', ownerType: 'case', ownerId: 'case-1', files: fileDigests },
    },
    { eventType: 'RECORD_VIEWED', payload: { reason: '案件审核' } },
    { eventType: 'RECORD_DOWNLOADED', payload: { fileId: 'f1', sha256: files[0].sha256, reason: null } },
    { eventType: 'RECORD_EXPORTED', payload: { packageSha256: 'pending', files: 2, reason: '移送' } },
  ];
  const custody: AuditEntry[] = [];
  let prevHash = AUDIT_GENESIS_HASH;
  events.forEach((ev, i) => {
    const fields = {
      ...base,
      seq: i + 1,
      eventType: ev.eventType,
      payload: ev.payload,
      requestId: `req-${i + 1}`,
      occurredAt: new Date(Date.UTC(2026, 2, 1, 8, i)).toISOString(),
    };
    const hash = auditEntryHash(prevHash, fields);
    custody.push({ id: 100 + i * 7, ...fields, prevHash, hash });
    prevHash = hash;
  });

  // The Merkle log: other streams' entries around ours; custody entries 1–3 are leaves 3, 6 and 8.
  const other = (n: number) => leafHash(createHash('sm3').update(`other entry ${n}`).digest());
  const own = (i: number) => leafHash(Buffer.from(custody[i].hash, 'hex'));
  const leaves = [
    other(0),
    other(1),
    other(2),
    own(0),
    other(3),
    other(4),
    own(1),
    other(5),
    own(2),
    other(6),
    other(7),
  ];
  const ownIndex = [3, 6, 8];
  const treeSize = leaves.length;
  const rootHash = rootFromLeafHashes(leaves).toString('hex');
  const publicKey = sm2PublicKeyFromPrivate(signingKey);
  const body = { treeSize, rootHash, signedAt: '2026-03-01T08:10:00.000Z' };
  const checkpoint: EvidencePackageCheckpoint = {
    ...body,
    kind: 'SCHEDULED',
    keyId: sm2KeyId(publicKey),
    signature: signCheckpoint(signingKey, body),
  };
  const proofs: EvidencePackageProof[] = ownIndex.map((leafIndex, i) => ({
    auditEventId: custody[i].id,
    leafIndex,
    leafHash: leaves[leafIndex].toString('hex'),
    treeSize,
    auditPath: inclusionProofFromLeaves(leaves, leafIndex).map((h) => h.toString('hex')),
  }));

  const manifest: EvidencePackageManifest = {
    format: EVIDENCE_PACKAGE_FORMAT,
    createdAt: '2026-03-01T08:15:00.000Z',
    agency: { id: AGENCY_ID, name: '某县市场监督管理局' },
    record: {
      id: RECORD_ID,
      kind: 'EVIDENCE',
      title: '现场检查证据',
      ownerType: 'case',
      ownerId: 'case-1',
      version: 1,
      metadata: { evidenceType: 'ELECTRONIC_DATA', description: '现场检查时拍摄' },
    },
    files: files.map((f) => ({
      path: evidenceFilePath(f.sha256),
      name: f.name,
      size: f.size,
      sha256: f.sha256,
      sm3: f.sm3,
    })),
    custody: 'custody.json',
    proofs: 'proofs.json',
    checkpoint: 'checkpoint.json',
    publicKey: 'signing-key.pem',
  };

  const json = (v: unknown) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`);
  const entries = new Map<string, Buffer>([
    ['manifest.json', json(manifest)],
    ...files.map((f) => [evidenceFilePath(f.sha256), f.bytes] as [string, Buffer]),
    ['custody.json', json(custody)],
    ['proofs.json', json(proofs)],
    ['checkpoint.json', json(checkpoint)],
    ['signing-key.pem', Buffer.from(sm2PublicKeyToPem(publicKey))],
  ]);
  return { entries, manifest, custody, proofs, checkpoint, signingKey };
}

/** Replaces a JSON entry of the package with an edited copy. */
export function editJson<T>(entries: Map<string, Buffer>, name: string, edit: (value: T) => void): void {
  const value = JSON.parse(entries.get(name)!.toString('utf8')) as T;
  edit(value);
  entries.set(name, Buffer.from(JSON.stringify(value, null, 2)));
}
