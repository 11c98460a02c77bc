import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { PriorDocument } from './content';
import { documentSignatures, documents } from './documents.tables';
import type { DocumentRow } from './documents.types';
import { latestTemplate } from './templates';

/** Typed queries of the documents module; every function takes the caller's transaction (RLS applies). */

export type SignatureRow = typeof documentSignatures.$inferSelect;

export async function insertDocument(tx: Tx, row: typeof documents.$inferInsert): Promise<DocumentRow> {
  const [inserted] = await tx.insert(documents).values(row).returning();
  return inserted;
}

export async function findDocument(tx: Tx, id: string): Promise<DocumentRow | null> {
  const [row] = await tx.select().from(documents).where(eq(documents.id, id));
  return row ?? null;
}

/** Row-locked, so two first downloads do not both render. */
export async function lockDocument(tx: Tx, id: string): Promise<DocumentRow | null> {
  const [row] = await tx.select().from(documents).where(eq(documents.id, id)).for('update');
  return row ?? null;
}

/** The documents already in a case, oldest first (for 原决定书文号, 送达回证 and the file index). */
export async function priorDocuments(tx: Tx, caseId: string): Promise<PriorDocument[]> {
  const rows = await tx
    .select({
      code: documents.code,
      title: documents.title,
      number: documents.number,
      issuedOn: sql<string>`${documents.content}->>'date'`,
    })
    .from(documents)
    .where(eq(documents.caseId, caseId))
    .orderBy(asc(documents.issuedAt), asc(documents.id));
  return rows.map(priorDocument);
}

/** A document row as issuing sees it (whether its template is internal comes from the template). */
export const priorDocument = (r: Omit<PriorDocument, 'internal'>): PriorDocument => ({
  ...r,
  internal: latestTemplate(r.code)?.internal ?? false,
});

export interface RenderingColumns {
  docxSha256: string;
  htmlSha256: string;
  docxSize: number;
  digestSm3: string;
  sealKeyId: string;
  sealSignature: string;
  sealedAt: Date;
}

/** Fills the rendering columns once (the table's trigger refuses any later change). */
export async function setRendered(tx: Tx, id: string, cols: RenderingColumns): Promise<DocumentRow | null> {
  const [row] = await tx
    .update(documents)
    .set(cols)
    .where(and(eq(documents.id, id), isNull(documents.docxSha256)))
    .returning();
  return row ?? null;
}

export async function insertSignature(tx: Tx, row: typeof documentSignatures.$inferInsert): Promise<void> {
  await tx.insert(documentSignatures).values(row);
}

export async function signaturesOf(tx: Tx, documentId: string): Promise<SignatureRow[]> {
  return tx
    .select()
    .from(documentSignatures)
    .where(eq(documentSignatures.documentId, documentId))
    .orderBy(asc(documentSignatures.signedAt), asc(documentSignatures.id));
}
