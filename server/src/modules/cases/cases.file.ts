import {
  CASE_FILE_SECTIONS,
  caseFileMissing,
  type MissingPart,
  PROCEDURES,
  type ProcedureId,
  sectionOf,
} from '@zhifa/domain';
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { documents } from '../documents/documents.tables';
import { records } from '../records/records.tables';
import type { Facts } from './cases.facts';
import type { CaseRow } from './cases.snapshot';
import { caseEvents, caseParties, caseRecordLinks } from './cases.tables';

export interface CaseFileEntry {
  kind: 'DOCUMENT' | 'EVIDENCE' | 'AV_RECORD';
  id: string;
  title: string;
  number: string | null;
  date: string;
  /** Documents: the template version; records: the activity they document. */
  detail: string;
}

export interface CaseFileView {
  caseId: string;
  caseNumber: string;
  sections: { key: string; title: string; entries: CaseFileEntry[] }[];
  complete: boolean;
  missing: MissingPart[];
}

/** The facts of the file for the completeness check, and its entries in the standard order. */
export async function assembleCaseFile(tx: Tx, row: CaseRow): Promise<CaseFileView> {
  const [docs, events, links, parties] = await Promise.all([
    tx.select().from(documents).where(eq(documents.caseId, row.id)).orderBy(asc(documents.issuedAt)),
    tx.select({ action: caseEvents.action }).from(caseEvents).where(eq(caseEvents.caseId, row.id)),
    tx
      .select({
        id: records.id,
        kind: records.kind,
        title: records.title,
        activity: caseRecordLinks.activity,
        linkedAt: caseRecordLinks.linkedAt,
      })
      .from(caseRecordLinks)
      .innerJoin(records, eq(records.id, caseRecordLinks.recordId))
      .where(eq(caseRecordLinks.caseId, row.id))
      .orderBy(asc(caseRecordLinks.linkedAt)),
    tx
      .select({ kind: caseParties.kind, agentFor: caseParties.agentFor })
      .from(caseParties)
      .where(eq(caseParties.caseId, row.id)),
  ]);
  const def = PROCEDURES[row.procedure as ProcedureId];
  const actions = events.map((e) => e.action);
  const produced = new Set<string>();
  for (const a of actions) {
    const t = def.transitions.find((x) => x.action === a);
    for (const d of t?.documentsProduced ?? []) produced.add(d);
  }
  const facts = row.facts as Facts;
  const missing = caseFileMissing({
    procedure: row.procedure,
    documents: docs.map((d) => d.code),
    actions,
    producedByActions: [...produced],
    evidenceCount: links.filter((l) => l.kind === 'EVIDENCE').length,
    partyIsOrganisation: parties.some((p) => p.agentFor === null && p.kind !== 'NATURAL_PERSON'),
    reviewRequired: facts.reviewRequired === true,
    hearingRequested: actions.includes('request_hearing'),
  });
  const sections = CASE_FILE_SECTIONS.map((s) => ({ key: s.key, title: s.title, entries: [] as CaseFileEntry[] }));
  const put = (key: string, e: CaseFileEntry) => sections.find((s) => s.key === key)?.entries.push(e);
  for (const d of docs) {
    put(sectionOf(d.code), {
      kind: 'DOCUMENT',
      id: d.id,
      title: d.title,
      number: d.number,
      date: d.issuedAt.toISOString(),
      detail: `模板第 ${d.templateVersion} 版`,
    });
  }
  for (const l of links) {
    put(l.kind === 'AV_RECORD' ? 'av' : 'evidence', {
      kind: l.kind,
      id: l.id,
      title: l.title,
      number: null,
      date: l.linkedAt.toISOString(),
      detail: l.activity,
    });
  }
  return { caseId: row.id, caseNumber: row.caseNumber, sections, complete: missing.length === 0, missing };
}

/**
 * REC-SCOPE gate of closing and archiving: what the file lacks, apart from what this very action produces (the
 * closing approval, the cover and index).
 */
export async function fileGateRefusal(tx: Tx, row: CaseRow, action: string): Promise<string | null> {
  if (action !== 'close' && action !== 'archive') return null;
  const def = PROCEDURES[row.procedure as ProcedureId];
  const producedNow =
    def.transitions.find((t) => t.action === action && t.from.includes(row.state))?.documentsProduced ?? [];
  const file = await assembleCaseFile(tx, row);
  const missing = file.missing.filter((m) => !producedNow.includes(m.code));
  if (missing.length === 0) return null;
  return `案卷不完整，不能${action === 'close' ? '结案' : '归档'}：缺少${missing.map((m) => `${m.name}（${m.reason}）`).join('；')}`;
}
