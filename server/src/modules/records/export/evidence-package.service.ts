import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import yazl from 'yazl';
import { appendAudit } from '../../../platform/audit/audit.service';
import { auditEvents } from '../../../platform/audit/audit.tables';
import { actorOf } from '../../../platform/auth/auth.service';
import { type Actor, agenciesFor } from '../../../platform/auth/permissions';
import type { Database } from '../../../platform/db';
import { conflict } from '../../../platform/errors';
import type { LedgerService } from '../../../platform/ledger/ledger.service';
import { agencies } from '../../org/org.tables';
import { requireReason } from '../records.files';
import { filesOf, loadRecord } from '../records.queries';
import { recordVersions } from '../records.tables';
import type { BlobStore } from '../storage/blob-store';

/**
 * 电子证据包 (issue 3 §4): one zip that anyone can check offline with `npx zhifa-verify`:
 *   manifest.json     format, agency, record (current metadata version), files with SHA-256 and SM3
 *   files/<sha256>    the original bytes, from the content-addressed store
 *   custody.json      the record's whole custody chain (audit stream record:<id>) in seq order
 *   proofs.json       an inclusion proof of every custody entry in the checkpoint's tree
 *   checkpoint.json   the signed checkpoint (SM2, GB/T 32918) those proofs lead to
 *   signing-key.pem   the platform's SM2 public key
 * The export is itself a custody event (RECORD_EXPORTED), written first and covered by a MANUAL
 * checkpoint signed right after, so the package proves its own export too. Its payload's
 * packageSha256 is the SHA-256 of manifest.json (which lists every file by digest): the zip as a whole
 * cannot be named inside itself.
 */
export const PACKAGE_FORMAT = 'zhifa-evidence-package/1';

export interface EvidencePackageFile {
  /** Temporary zip file; the caller streams it and removes it. */
  path: string;
  size: number;
  /** ASCII file name for Content-Disposition, and the Chinese one for filename*. */
  fileName: string;
  displayName: string;
}

export class EvidencePackageService {
  constructor(
    readonly database: Database,
    readonly blobStore: BlobStore,
    readonly ledger: LedgerService,
  ) {}

  async build(actor: Actor, recordId: string, reason?: string | null): Promise<EvidencePackageFile> {
    const scope = { kind: 'agencies' as const, agencyIds: agenciesFor(actor, 'record.read') };
    // 1. Access check, manifest and the export's custody event, in one scoped transaction.
    const prepared = await this.database.tx(scope, async (tx) => {
      const r = await loadRecord(tx, actor, recordId, 'record.read');
      const given = requireReason(r, reason ?? undefined);
      if (r.status === 'DISPOSED') throw conflict('该记录已按规定处置，原始文件已不在库中，无法导出证据包');
      const [agency] = await tx
        .select({ id: agencies.id, name: agencies.name })
        .from(agencies)
        .where(eq(agencies.id, r.agencyId));
      const [version] = await tx
        .select()
        .from(recordVersions)
        .where(and(eq(recordVersions.recordId, r.id), eq(recordVersions.version, r.currentVersion)));
      const files = (await filesOf(tx, r.id)).map(({ f, b }) => ({
        path: `files/${b.sha256}`,
        name: f.originalName,
        size: b.size,
        sha256: b.sha256,
        sm3: b.sm3,
      }));
      const manifest = {
        format: PACKAGE_FORMAT,
        createdAt: new Date().toISOString(),
        agency: { id: r.agencyId, name: agency?.name ?? '' },
        record: {
          id: r.id,
          kind: r.kind,
          title: r.title,
          ownerType: r.ownerType,
          ownerId: r.ownerId,
          version: r.currentVersion,
          metadata: version?.metadata ?? null,
        },
        files,
        custody: 'custody.json',
        proofs: 'proofs.json',
        checkpoint: 'checkpoint.json',
        publicKey: 'signing-key.pem',
      };
      const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
      await appendAudit(tx, actorOf(actor), {
        type: 'RECORD_EXPORTED',
        subjectType: 'record',
        subjectId: r.id,
        agencyId: r.agencyId,
        payload: {
          packageSha256: createHash('sha256').update(manifestBytes).digest('hex'),
          files: files.length,
          reason: given,
        },
      });
      // Our own export entry: the stream's head row stays locked by this transaction until commit.
      const [own] = await tx
        .select({ seq: sql<number>`max(${auditEvents.seq})` })
        .from(auditEvents)
        .where(eq(auditEvents.stream, `record:${r.id}`));
      return { record: r, manifestBytes, files, exportSeq: Number(own.seq) };
    });

    // 2. Sequence and sign, so that every custody entry up to the export is covered.
    const checkpoint = await this.ledger.checkpoint('MANUAL', actorOf(actor));
    if (!checkpoint) throw new Error('evidence package: no checkpoint could be signed');
    const stream = `record:${recordId}`;
    // The export event and everything before it in the stream committed before the checkpoint's
    // sequencing ran (a stream's head row is locked until commit), so all of them are covered.
    const custody = await this.database.tx({ kind: 'all' }, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.stream, stream), lte(auditEvents.seq, prepared.exportSeq)))
        .orderBy(asc(auditEvents.seq)),
    );
    const proofs = await this.ledger.inclusionProofs(
      custody.map((e) => e.id),
      checkpoint.treeSize,
    );

    // 3. The zip, streamed to a temporary file (files can be gigabytes).
    const custodyJson = custody.map((e) => ({
      id: e.id,
      stream: e.stream,
      seq: e.seq,
      eventType: e.eventType,
      actorUserId: e.actorUserId,
      actorName: e.actorName,
      agencyId: e.agencyId,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      payload: e.payload,
      ip: e.ip,
      requestId: e.requestId,
      occurredAt: e.occurredAt.toISOString(),
      prevHash: e.prevHash,
      hash: e.hash,
    }));
    const proofsJson = proofs.map((p) => ({
      auditEventId: p.entry.id,
      leafIndex: p.leafIndex,
      leafHash: p.leafHash,
      treeSize: p.treeSize,
      auditPath: p.auditPath,
    }));
    const json = (v: unknown) => Buffer.from(`${JSON.stringify(v, null, 2)}\n`);
    const mtime = new Date();
    const zip = new yazl.ZipFile();
    zip.addBuffer(prepared.manifestBytes, 'manifest.json', { mtime });
    const added = new Set<string>();
    for (const f of prepared.files) {
      if (added.has(f.path)) continue; // the same bytes attached twice are stored once
      added.add(f.path);
      // Original media is already compressed: store it as is, and open each object only when its turn comes.
      zip.addReadStreamLazy(f.path, { mtime, compress: false, size: f.size }, (cb) => {
        this.blobStore.get(f.sha256).then(
          (s) => cb(null, s),
          (err) => cb(err, undefined as unknown as NodeJS.ReadableStream),
        );
      });
    }
    zip.addBuffer(json(custodyJson), 'custody.json', { mtime });
    zip.addBuffer(json(proofsJson), 'proofs.json', { mtime });
    zip.addBuffer(json(checkpoint), 'checkpoint.json', { mtime });
    zip.addBuffer(Buffer.from(this.ledger.publicKey().pem), 'signing-key.pem', { mtime });
    zip.end();
    const file = path.join(os.tmpdir(), `zhifa-evidence-${randomBytes(12).toString('hex')}.zip`);
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('error', reject);
        pipeline(zip.outputStream, createWriteStream(file, { mode: 0o600 })).then(resolve, reject);
      });
    } catch (err) {
      await rm(file, { force: true });
      throw err;
    }
    const safeTitle = [...prepared.record.title]
      .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
      .join('')
      .slice(0, 60);
    return {
      path: file,
      size: (await stat(file)).size,
      fileName: `evidence-${recordId}.zip`,
      displayName: `电子证据包-${safeTitle}.zip`,
    };
  }
}
