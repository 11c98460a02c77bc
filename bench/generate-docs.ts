// Documents (文书) of generated cases and the gapless counters behind every number: issued as the documents module
// issues them (template code, version and 文号 abbreviation from its template registry), rendering left for later
// (documents render lazily on first download).
import { formatDocumentNumber, issuingOrder, numberingKind } from '../server/src/modules/documents/documents.issue';
import { latestTemplate } from '../server/src/modules/documents/templates';
import type { Facts } from './cases-playbook';
import type { AuditStream } from './generate-audit';
import type { GenContext } from './generate-case';
import type { Batch } from './generate-copy';
import { DOCUMENT_TITLES } from './generate-data';
import type { GenAgency, GenUser } from './generate-org';
import { uuidV7At } from './generate-util';

/** number_sequences in memory: the last number per agency, year and kind, written once at the end. */
export class DocNumbers {
  readonly last = new Map<string, number>();
  next(agencyId: string, year: number, kind: string): number {
    const key = `${agencyId}|${year}|${kind}`;
    const n = (this.last.get(key) ?? 0) + 1;
    this.last.set(key, n);
    return n;
  }
  rows(): { agencyId: string; year: number; kind: string; last: number }[] {
    return [...this.last].map(([k, last]) => {
      const [agencyId, year, kind] = k.split('|');
      return { agencyId, year: Number(year), kind, last };
    });
  }
}

/**
 * Issues the documents an action produces, as documents.issue.ts does: in its issuing order (the credit-repair
 * notice with a decision on an organisation, service receipts last), each numbered and recorded in the case's
 * ledger stream (DOCUMENT_ISSUED). Returns the codes and numbers (the CASE_ACTION entry lists the numbers).
 */
export function issueDocuments(
  g: GenContext,
  batch: Batch,
  audit: AuditStream,
  agency: GenAgency,
  caseId: string,
  eventId: string,
  user: GenUser,
  date: string,
  at: Date,
  input: { codes: readonly string[]; parties: { kind: string; agentFor: string | null }[]; facts: Facts },
  caseNumber: string,
  partyName: string,
): { codes: string[]; numbers: string[] } {
  const out = { codes: [] as string[], numbers: [] as string[] };
  const year = Number(date.slice(0, 4));
  for (const code of issuingOrder({ codes: [...input.codes], parties: input.parties as never, facts: input.facts })) {
    const t = latestTemplate(code);
    const n = g.numbers.next(agency.id, year, t ? numberingKind(t) : `DOC:${code}`);
    const number = t
      ? formatDocumentNumber(agency.shortName, t, year, n)
      : `${agency.shortName}${code}〔${year}〕${n}号`;
    const id = uuidV7At(at.getTime(), g.rng);
    const templateVersion = t?.version ?? 1;
    batch.add('documents', [
      id,
      agency.id,
      caseId,
      code,
      t?.title ?? DOCUMENT_TITLES[code] ?? code,
      number,
      templateVersion,
      { json: { caseNumber, partyName, date } },
      eventId,
      user.id,
      at,
    ]);
    audit.append('DOCUMENT_ISSUED', user, agency.id, { documentId: id, code, number, templateVersion }, at);
    out.codes.push(code);
    out.numbers.push(number);
    g.stats.documents++;
    g.stats.documentCodes.set(code, (g.stats.documentCodes.get(code) ?? 0) + 1);
  }
  return out;
}
