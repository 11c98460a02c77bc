import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from '../cases/cases.tables';

/**
 * An issued document (文书) of a case. `content` is the structured data it was rendered from and never changes;
 * the rendered Word and HTML files are content-addressed blobs in the records store (blobs table), the SM3 digest
 * of the Word file is signed with the agency's SM2 seal key. `templateVersion` is the template it was issued with.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** DOMAIN §5.1 code, e.g. PENALTY_DECISION. */
    code: text('code').notNull(),
    title: text('title').notNull(),
    /** 文号, e.g. 青溪市监罚〔2026〕3号; gapless per agency, year and code. */
    number: text('number').notNull(),
    templateVersion: integer('template_version').notNull(),
    content: jsonb('content').notNull(),
    /** The case event (action) that produced it. */
    eventId: uuid('event_id'),
    issuedBy: uuid('issued_by').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Filled when rendered (at issue, or on first download when rendering at issue is switched off). */
    docxSha256: text('docx_sha256'),
    htmlSha256: text('html_sha256'),
    docxSize: bigint('docx_size', { mode: 'number' }),
    digestSm3: text('digest_sm3'),
    sealKeyId: text('seal_key_id'),
    sealSignature: text('seal_signature'),
    sealedAt: timestamp('sealed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex().on(t.agencyId, t.number), index().on(t.caseId, t.issuedAt)],
);

/** Signatures on a document (officers, party, witness …), or the party's refusal with a note. Append-only. */
export const documentSignatures = pgTable(
  'document_signatures',
  {
    id: uuid('id').primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    agencyId: uuid('agency_id').notNull(),
    role: text('role').notNull(),
    personName: text('person_name').notNull(),
    method: text('method').notNull(),
    refused: boolean('refused').notNull().default(false),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index().on(t.documentId)],
);
