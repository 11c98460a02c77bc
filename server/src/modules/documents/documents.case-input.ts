import type { IsoDate } from '@zhifa/domain';
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { FieldCipher } from '../../platform/crypto';
import type { Tx } from '../../platform/db';
import { caseOfficers, caseParties, type cases } from '../cases/cases.tables';
import { certificates, officers } from '../officers/officers.tables';
import { agencies, regions } from '../org/org.tables';
import { issueDocuments } from './documents.issue';
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

export async function loadIssueInput(tx: Tx, cipher: FieldCipher | undefined, base: CaseIssue): Promise<IssueInput> {
  const { caseRow } = base;
  const [agency] = await tx
    .select({
      name: agencies.name,
      shortName: agencies.shortName,
      regionCode: agencies.regionCode,
      address: agencies.address,
      phone: agencies.phone,
      regionName: regions.name,
    })
    .from(agencies)
    .leftJoin(regions, eq(regions.code, agencies.regionCode))
    .where(eq(agencies.id, caseRow.agencyId));
  if (!agency) throw new Error(`case ${caseRow.id}: agency ${caseRow.agencyId} not found`);

  const open = (enc: string | null, masked: string | null) => (enc && cipher ? cipher.decrypt(enc) : masked);
  const partyRows = await tx
    .select()
    .from(caseParties)
    .where(eq(caseParties.caseId, caseRow.id))
    .orderBy(asc(caseParties.createdAt), asc(caseParties.id));
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
    serviceAddress: (p.serviceAddress as IssueParty['serviceAddress']) ?? null,
  }));

  const assigned = await tx
    .select({ id: officers.id, name: officers.name, role: caseOfficers.role })
    .from(caseOfficers)
    .innerJoin(officers, eq(officers.id, caseOfficers.officerId))
    .where(eq(caseOfficers.caseId, caseRow.id));
  assigned.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  const ids = [...new Set(assigned.map((o) => o.id))];
  const certs = ids.length
    ? await tx
        .select({ officerId: certificates.officerId, number: certificates.number })
        .from(certificates)
        .where(
          and(
            inArray(certificates.officerId, ids),
            eq(certificates.status, 'VALID'),
            lte(certificates.validFrom, base.date),
            gte(certificates.validUntil, base.date),
          ),
        )
        .orderBy(asc(certificates.number))
    : [];
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
