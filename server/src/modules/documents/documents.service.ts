import type { Readable } from 'node:stream';
import type { signatureInput } from '@zhifa/contracts';
import { sm3Hex } from '@zhifa/ledger';
import type { z } from 'zod';
import { appendAudit } from '../../platform/audit/audit.service';
import { type Actor, scopeFor } from '../../platform/auth/permissions';
import type { Database, Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { auditActorOf, ensureRendered } from './documents.render';
import { findDocument, insertSignature, type SignatureRow, signaturesOf } from './documents.repository';
import type { DocumentContent, DocumentDeps, DocumentRow, DocumentTemplateView, DocumentView } from './documents.types';
import { sealKeyFor } from './seal';
import { currentTemplates, templateFor } from './templates';

/**
 * The document routes' use cases. Documents are read under the user's `case.read` scope (row-level security:
 * another agency's document is simply not found) and every read is written to the case's audit chain before a
 * byte leaves; signatures need `case.act` in the document's agency.
 */

export type SignatureInput = z.output<typeof signatureInput>;

export interface OpenedDocument {
  row: DocumentRow;
  body: Buffer;
  fileName: string;
}

const signatureView = (s: SignatureRow) => ({
  id: s.id,
  role: s.role,
  personName: s.personName,
  method: s.method,
  refused: s.refused,
  note: s.note,
  recordedBy: s.recordedBy,
  signedAt: s.signedAt.toISOString(),
});

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks);
}

/** A file name without path separators or control characters, for Content-Disposition. */
export function documentFileName(row: Pick<DocumentRow, 'title' | 'number'>, ext: string): string {
  const base = `${row.title}（${row.number}）`.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_');
  return `${base}.${ext}`;
}

export class DocumentsService {
  constructor(
    private readonly database: Database,
    private readonly deps: DocumentDeps,
  ) {}

  private async view(tx: Tx, row: DocumentRow): Promise<DocumentView> {
    const template = templateFor(row.code, row.templateVersion);
    const content = row.content as DocumentContent;
    const signatures = await signaturesOf(tx, row.id);
    return {
      id: row.id,
      caseId: row.caseId,
      agencyId: row.agencyId,
      code: row.code,
      title: row.title,
      number: row.number,
      templateVersion: row.templateVersion,
      internal: template?.internal ?? false,
      sealed: template?.sealed ?? false,
      issuedAt: row.issuedAt.toISOString(),
      issuedBy: row.issuedBy,
      eventId: row.eventId,
      rendered: !!row.docxSha256,
      docxSha256: row.docxSha256,
      htmlSha256: row.htmlSha256,
      docxSize: row.docxSize,
      digestSm3: row.digestSm3,
      seal:
        row.sealKeyId && row.sealSignature
          ? {
              algorithm: 'SM2-SM3',
              keyId: row.sealKeyId,
              signature: row.sealSignature,
              publicKeyPem: sealKeyFor(this.deps.config, row.agencyId).publicKeyPem,
              sealedAt: row.sealedAt?.toISOString() ?? null,
            }
          : null,
      missing: content.missing ?? [],
      signatures: signatures.map(signatureView),
      htmlUrl: `/api/documents/${row.id}/html`,
      docxUrl: `/api/documents/${row.id}/docx`,
    };
  }

  private audited(tx: Tx, actor: Actor, row: DocumentRow, format: 'HTML' | 'DOCX' | 'META') {
    return appendAudit(tx, auditActorOf(actor), {
      type: 'DOCUMENT_VIEWED',
      subjectType: 'case',
      subjectId: row.caseId,
      agencyId: row.agencyId,
      payload: { documentId: row.id, format },
    });
  }

  async get(actor: Actor, id: string): Promise<DocumentView> {
    return this.database.tx(scopeFor(actor, 'case.read'), async (tx) => {
      const row = await findDocument(tx, id);
      if (!row) throw notFound('文书');
      await this.audited(tx, actor, row, 'META');
      return this.view(tx, row);
    });
  }

  /** The stored Word or HTML file (rendered now if it never was); the read is audited first. */
  async open(actor: Actor, id: string, format: 'HTML' | 'DOCX'): Promise<OpenedDocument> {
    const row = await this.database.tx(scopeFor(actor, 'case.read'), async (tx) => {
      const r = await ensureRendered(tx, this.deps, id, actor);
      if (!r) throw notFound('文书');
      await this.audited(tx, actor, r, format);
      return r;
    });
    const sha256 = format === 'DOCX' ? row.docxSha256! : row.htmlSha256!;
    const body = await readAll(await this.deps.blobStore.get(sha256));
    // The Word file is the sealed object: a stored file that no longer matches its seal is never handed out.
    if (format === 'DOCX' && sm3Hex(body) !== row.digestSm3) {
      throw new AppError('INTERNAL', '文书文件与电子印章不符，已拒绝下载，请联系系统管理员核查');
    }
    return { row, body, fileName: documentFileName(row, format === 'DOCX' ? 'docx' : 'html') };
  }

  /** Records a signature on the paper document, or the signer's refusal with a note (append-only). */
  async sign(actor: Actor, id: string, input: SignatureInput): Promise<DocumentView> {
    return this.database.tx(scopeFor(actor, 'case.act'), async (tx) => {
      const row = await findDocument(tx, id);
      if (!row) throw notFound('文书');
      if (input.refused && !input.note?.trim()) {
        throw new AppError('VALIDATION', '拒绝签名的，须注明拒签情况', [
          { path: 'note', message: '请注明拒绝签名的情况（如在场见证人、时间）' },
        ]);
      }
      await insertSignature(tx, {
        id: newId(),
        documentId: row.id,
        agencyId: row.agencyId,
        role: input.role,
        personName: input.personName,
        method: input.method,
        refused: input.refused,
        note: input.note ?? '',
        recordedBy: actor.userId,
      });
      await appendAudit(tx, auditActorOf(actor), {
        type: 'DOCUMENT_SIGNED',
        subjectType: 'case',
        subjectId: row.caseId,
        agencyId: row.agencyId,
        payload: { documentId: row.id, role: input.role, refused: input.refused },
      });
      return this.view(tx, row);
    });
  }

  templates(): DocumentTemplateView[] {
    return currentTemplates().map((t) => ({
      code: t.code,
      title: t.title,
      version: t.version,
      numbering: t.numbering,
      internal: t.internal,
      sealed: t.sealed,
      fields: t.fields.map((f) => ({
        key: f.key,
        label: f.label,
        kind: f.kind,
        required: !!f.required,
        from: [...(f.from ?? [])],
      })),
    }));
  }
}
