import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sm3Hex } from '@zhifa/ledger';
import { type AuditActor, appendAudit } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db';
import { recordBlob } from '../records/ingest/ingest.repository';
import { findDocument, lockDocument, setRendered } from './documents.repository';
import type { DocumentContent, DocumentDeps, DocumentRow, IssueActor } from './documents.types';
import { documentDocx, documentHtml, type RenderOptions } from './render';
import { sealDocument, sealKeyFor } from './seal';
import { templateFor } from './templates';

/**
 * Rendering an issued document into its Word and HTML files, sealing the Word file and storing both as
 * content-addressed objects of the records store (the `blobs` table, as ingest does: object first, row second),
 * then filling the document's rendering columns once and writing DOCUMENT_RENDERED to the case's audit chain.
 */

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const HTML_MIME = 'text/html; charset=utf-8';

export function auditActorOf(a: IssueActor): AuditActor {
  return { userId: a.userId, name: a.displayName, ip: a.ip ?? null, requestId: a.requestId ?? null };
}

/** Options that make the renderer show full identifiers (decrypted from content.secrets) and the seal key id. */
export function renderOptions(deps: DocumentDeps, row: DocumentRow): RenderOptions {
  const content = row.content as DocumentContent;
  const cipher = deps.cipher;
  return {
    reveal: cipher
      ? (key) => {
          const sealed = content.secrets?.[key];
          return sealed ? cipher.decrypt(sealed) : null;
        }
      : undefined,
    sealKeyId: sealKeyFor(deps.config, row.agencyId).keyId,
  };
}

/** Both files of a document, exactly as they were (or will be) stored: deterministic for the same row. */
export async function renderFiles(deps: DocumentDeps, row: DocumentRow): Promise<{ docx: Buffer; html: Buffer }> {
  const template = templateFor(row.code, row.templateVersion);
  if (!template) throw new Error(`document ${row.id}: no template ${row.code} v${row.templateVersion}`);
  const content = row.content as DocumentContent;
  const opts = renderOptions(deps, row);
  const docx = await documentDocx(template, content, opts);
  const html = Buffer.from(
    documentHtml(template, content, { ...opts, sealKeyId: template.sealed ? opts.sealKeyId : undefined }),
  );
  return { docx, html };
}

async function storeBlob(tx: Tx, deps: DocumentDeps, bytes: Buffer, mime: string, fileKind: 'WORD' | 'HTML') {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const dir = path.join(deps.config.storage.uploadDir, 'documents');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${sha256}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(file, bytes);
    await deps.blobStore.putFile(file, sha256, bytes.length);
  } finally {
    await rm(file, { force: true });
  }
  await recordBlob(tx, {
    sha256,
    sm3: sm3Hex(bytes),
    size: bytes.length,
    mime,
    fileKind,
    storage: deps.blobStore.kind,
  });
  return sha256;
}

/** Renders, seals and stores a document whose rendering columns are empty; returns the filled row. */
export async function renderAndStore(
  tx: Tx,
  deps: DocumentDeps,
  row: DocumentRow,
  actor: IssueActor,
): Promise<DocumentRow> {
  const { docx, html } = await renderFiles(deps, row);
  const key = sealKeyFor(deps.config, row.agencyId);
  const seal = sealDocument(key, docx);
  const docxSha256 = await storeBlob(tx, deps, docx, DOCX_MIME, 'WORD');
  const htmlSha256 = await storeBlob(tx, deps, html, HTML_MIME, 'HTML');
  const updated = await setRendered(tx, row.id, {
    docxSha256,
    htmlSha256,
    docxSize: docx.length,
    digestSm3: seal.digestSm3,
    sealKeyId: seal.keyId,
    sealSignature: seal.signature,
    sealedAt: new Date(),
  });
  if (!updated) throw new Error(`document ${row.id} was rendered concurrently`);
  await appendAudit(tx, auditActorOf(actor), {
    type: 'DOCUMENT_RENDERED',
    subjectType: 'case',
    subjectId: row.caseId,
    agencyId: row.agencyId,
    payload: { documentId: row.id, docxSha256, digestSm3: seal.digestSm3, sealKeyId: seal.keyId },
  });
  return updated;
}

/**
 * The document with its files rendered: renders now (under the row's lock) when rendering at issue was switched
 * off (ZHIFA_DOCUMENTS_RENDER_ON_ISSUE=false). Null when the document does not exist or is not visible.
 */
export async function ensureRendered(
  tx: Tx,
  deps: DocumentDeps,
  documentId: string,
  actor: IssueActor,
): Promise<DocumentRow | null> {
  const seen = await findDocument(tx, documentId);
  if (!seen || (seen.docxSha256 && seen.htmlSha256)) return seen;
  const row = await lockDocument(tx, documentId);
  if (!row || (row.docxSha256 && row.htmlSha256)) return row;
  return renderAndStore(tx, deps, row, actor);
}
