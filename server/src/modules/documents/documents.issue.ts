import { yearOf } from '@zhifa/domain';
import { appendAudit } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db';
import { newId } from '../../platform/ids';
import { nextNumber } from '../cases/numbering';
import { buildContent, lookup, type PriorDocument } from './content';
import { auditActorOf, renderAndStore } from './documents.render';
import { insertDocument, priorDocuments } from './documents.repository';
import type { DocumentDeps, IssuedDocument, IssueInput } from './documents.types';
import { type DocumentTemplate, latestTemplate } from './templates';

/**
 * Issuing documents (制作文书) inside the caller's transaction — the case action that produces them — so the
 * documents, their 文号 and the ledger entries stand or fall with the action. Each document takes the next
 * gapless number of its agency, year and numbering kind under the counter row's lock (a rollback gives the
 * number back), its content is fixed for ever, DOCUMENT_ISSUED goes to the case's audit chain, and the files are
 * rendered, sealed and stored at once unless ZHIFA_DOCUMENTS_RENDER_ON_ISSUE=false (then on first download).
 */

/** number_sequences.kind of a 文号 sequence; templates sharing an abbreviation share the sequence. */
export const numberingKind = (t: DocumentTemplate): string => `DOC:${t.numbering}`;

export function formatDocumentNumber(shortName: string, t: DocumentTemplate, year: number, seq: number): string {
  return `${shortName}${t.numbering}〔${year}〕${seq}号`;
}

const ORGANISATION_KINDS = new Set(['LEGAL_PERSON', 'UNINCORPORATED_ORG', 'INDIVIDUAL_BUSINESS']);

/**
 * 两书同达 (DOMAIN §7 TWO-DOCS): a penalty decision on an organisation is served with the credit-repair notice —
 * unless the penalty is a warning only, which is not published (SAMR45-2) and so never needs repair.
 */
export function needsCreditRepairNotice(input: Pick<IssueInput, 'codes' | 'parties' | 'facts'>): boolean {
  if (!input.codes.includes('PENALTY_DECISION') || input.codes.includes('CREDIT_REPAIR_NOTICE')) return false;
  if (!input.parties.some((p) => !p.agentFor && ORGANISATION_KINDS.has(p.kind))) return false;
  const types = lookup(input.facts, 'penalty.types') ?? input.facts.penaltyTypes;
  return !(Array.isArray(types) && types.length > 0 && types.every((t) => t === 'WARNING'));
}

/** The codes in issuing order: the credit-repair notice right after the decision, service receipts last. */
export function issuingOrder(input: Pick<IssueInput, 'codes' | 'parties' | 'facts'>): string[] {
  const codes = [...new Set(input.codes)];
  if (needsCreditRepairNotice(input)) codes.splice(codes.indexOf('PENALTY_DECISION') + 1, 0, 'CREDIT_REPAIR_NOTICE');
  return [...codes.filter((c) => c !== 'SERVICE_RECEIPT'), ...codes.filter((c) => c === 'SERVICE_RECEIPT')];
}

export async function issueDocuments(tx: Tx, deps: DocumentDeps, input: IssueInput): Promise<IssuedDocument[]> {
  const templates = issuingOrder(input).map((code) => {
    const t = latestTemplate(code);
    if (!t) throw new Error(`没有文书模板：${code}`);
    return t;
  });
  if (!templates.length) return [];
  const caseDocs = input.caseDocuments ?? (await priorDocuments(tx, input.caseRow.id));
  const year = yearOf(input.date);
  const batch: PriorDocument[] = [];
  const issued: IssuedDocument[] = [];
  for (const t of templates) {
    const seq = await nextNumber(tx, input.agency.id, year, numberingKind(t));
    const number = formatDocumentNumber(input.agency.shortName, t, year, seq);
    const content = buildContent(t, input, { number, batch, caseDocs }, deps.cipher);
    let row = await insertDocument(tx, {
      id: newId(),
      agencyId: input.agency.id,
      caseId: input.caseRow.id,
      code: t.code,
      title: content.title,
      number,
      templateVersion: t.version,
      content,
      eventId: input.eventId,
      issuedBy: input.actor.userId,
    });
    await appendAudit(tx, auditActorOf(input.actor), {
      type: 'DOCUMENT_ISSUED',
      subjectType: 'case',
      subjectId: input.caseRow.id,
      agencyId: input.agency.id,
      payload: { documentId: row.id, code: t.code, number, templateVersion: t.version },
    });
    if (deps.config.documents.renderOnIssue) row = await renderAndStore(tx, deps, row, input.actor);
    batch.push({ code: t.code, title: content.title, number, internal: t.internal, issuedOn: input.date });
    issued.push({
      id: row.id,
      code: t.code,
      title: content.title,
      number,
      templateVersion: t.version,
      missing: content.missing,
      rendered: !!row.docxSha256,
      docxSha256: row.docxSha256,
      htmlSha256: row.htmlSha256,
      digestSm3: row.digestSm3,
      sealKeyId: row.sealKeyId,
    });
  }
  return issued;
}
