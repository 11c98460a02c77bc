import type { IsoDate } from '@zhifa/domain';
import { sql } from 'drizzle-orm';
import type { FieldCipher } from '../../platform/crypto';
import type { Tx } from '../../platform/db';
import type { cases } from '../cases/cases.tables';
import { issueDocuments } from './documents.issue';
import { priorDocument } from './documents.repository';
import type {
  DocumentDeps,
  IssueActor,
  IssuedDocument,
  IssueInput,
  IssueOfficer,
  IssueParty,
  PartyKind,
} from './documents.types';

/**
 * What the case action knows (the case row, its event, the produced codes, the facts) completed with what the
 * documents print: the agency (name, 文号 prefix, region, address), the parties with their identifiers
 * decrypted, and the case officers with their valid certificate numbers — all read in the action's transaction.
 */

export interface CaseIssue {
  actor: IssueActor;
  caseRow: typeof cases.$inferSelect;
  eventId: string | null;
  action: string;
  date: IsoDate;
  codes: string[];
  facts: Record<string, unknown>;
}

const ROLE_ORDER = ['LEAD', 'ASSISTANT', 'HEARING_HOST', 'RECORDER'];

/** What the issue input query returns (one row of JSON values). */
type IssueInputJson = {
  agency: {
    name: string;
    shortName: string;
    regionCode: string;
    address: string | null;
    phone: string | null;
    regionName: string | null;
  } | null;
  parties: (Omit<IssueParty, 'idNumber' | 'phone'> & {
    idNumberEnc: string | null;
    idNumberMasked: string | null;
    phoneEnc: string | null;
    phoneMasked: string | null;
  })[];
  assigned: { id: string; name: string; role: string }[];
  certs: { officerId: string; number: string }[];
  caseDocuments: { code: string; title: string; number: string; issuedOn: IsoDate }[];
};

export async function loadIssueInput(tx: Tx, cipher: FieldCipher | undefined, base: CaseIssue): Promise<IssueInput> {
  const { caseRow } = base;
  // The agency, the parties, the officers and their certificates valid on the date, and the documents already
  // in the case: one query (it runs inside every case action that issues documents).
  const result = await tx.execute<IssueInputJson>(sql`SELECT
    (SELECT json_build_object('name', a.name, 'shortName', a.short_name, 'regionCode', a.region_code,
        'address', a.address, 'phone', a.phone, 'regionName', r.name)
      FROM agencies a LEFT JOIN regions r ON r.code = a.region_code WHERE a.id = ${caseRow.agencyId}) AS agency,
    (SELECT coalesce(json_agg(json_build_object('id', p.id, 'kind', p.kind, 'agentFor', p.agent_for,
        'name', p.name, 'gender', p.gender, 'birthDate', p.birth_date, 'idType', p.id_type,
        'idNumberEnc', p.id_number_enc, 'idNumberMasked', p.id_number_masked, 'creditCode', p.credit_code,
        'legalRepresentative', p.legal_representative, 'address', p.address, 'phoneEnc', p.phone_enc,
        'phoneMasked', p.phone_masked, 'serviceAddress', p.service_address) ORDER BY p.created_at, p.id), '[]'::json)
      FROM case_parties p WHERE p.case_id = ${caseRow.id}) AS parties,
    (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'role', co.role)), '[]'::json)
      FROM case_officers co JOIN officers o ON o.id = co.officer_id WHERE co.case_id = ${caseRow.id}) AS assigned,
    (SELECT coalesce(json_agg(json_build_object('officerId', c.officer_id, 'number', c.number) ORDER BY c.number),
        '[]'::json)
      FROM certificates c WHERE c.officer_id IN (SELECT co.officer_id FROM case_officers co WHERE co.case_id = ${caseRow.id})
        AND c.status = 'VALID' AND c.valid_from <= ${base.date} AND c.valid_until >= ${base.date}) AS certs,
    (SELECT coalesce(json_agg(json_build_object('code', d.code, 'title', d.title, 'number', d.number,
        'issuedOn', d.content->>'date') ORDER BY d.issued_at, d.id), '[]'::json)
      FROM documents d WHERE d.case_id = ${caseRow.id}) AS "caseDocuments"`);
  const { agency, parties: partyRows, assigned, certs, caseDocuments } = result.rows[0];
  if (!agency) throw new Error(`case ${caseRow.id}: agency ${caseRow.agencyId} not found`);

  const open = (enc: string | null, masked: string | null) => (enc && cipher ? cipher.decrypt(enc) : masked);
  const parties: IssueParty[] = partyRows.map((p) => ({
    id: p.id,
    kind: p.kind as PartyKind,
    agentFor: p.agentFor,
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    idType: p.idType,
    idNumber: open(p.idNumberEnc, p.idNumberMasked),
    creditCode: p.creditCode,
    legalRepresentative: p.legalRepresentative,
    address: p.address,
    phone: open(p.phoneEnc, p.phoneMasked),
    serviceAddress: p.serviceAddress ?? null,
  }));

  assigned.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const ids = [...new Set(assigned.map((o) => o.id))];
  const officerList: IssueOfficer[] = ids.map((id) => {
    const o = assigned.find((a) => a.id === id)!;
    return {
      id,
      name: o.name,
      role: o.role,
      certificateNumbers: certs.filter((c) => c.officerId === id).map((c) => c.number),
    };
  });

  return {
    ...base,
    agency: {
      id: caseRow.agencyId,
      name: agency.name,
      shortName: agency.shortName,
      regionCode: agency.regionCode,
      regionName: agency.regionName ?? undefined,
      address: agency.address || undefined,
      phone: agency.phone || undefined,
    },
    parties,
    officers: officerList,
    caseDocuments: caseDocuments.map(priorDocument),
  };
}

/**
 * The documents issuer for the cases module (`CasesService.useDocumentIssuer`): loads the input and issues the
 * documents the action produced, in the action's transaction.
 */
export function caseDocumentIssuer(deps: DocumentDeps) {
  return async (tx: Tx, base: CaseIssue): Promise<IssuedDocument[]> =>
    issueDocuments(tx, deps, await loadIssueInput(tx, deps.cipher, base));
}
