import type { partyInput } from '@zhifa/contracts';
import { maskIdNumber, maskName, maskPhone } from '@zhifa/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { FieldCipher } from '../../platform/crypto';
import type { Tx } from '../../platform/db';
import { invalid } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { officers } from '../officers/officers.tables';
import { caseOfficers, caseParties, cases } from './cases.tables';

type PartyParsed = z.output<typeof partyInput>;

/** Parties (identifiers SM4-encrypted with a blind index, masked copies for lists) and officers of a case. */

export async function checkOfficers(tx: Tx, agencyId: string, list: { officerId: string }[]): Promise<void> {
  const ids = [...new Set(list.map((o) => o.officerId))];
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: officers.id })
    .from(officers)
    .where(and(inArray(officers.id, ids), eq(officers.agencyId, agencyId), eq(officers.employmentStatus, 'ACTIVE')));
  const known = new Set(found.map((f) => f.id));
  const fields = list.flatMap((o, i) =>
    known.has(o.officerId)
      ? []
      : [{ path: `officers.${i}.officerId`, message: '所选人员不是本执法主体在职的执法人员' }],
  );
  if (fields.length > 0) throw invalid('办案人员有误：所选人员不是本执法主体在职的执法人员', fields);
}

export async function insertOfficers(
  tx: Tx,
  caseId: string,
  agencyId: string,
  list: { officerId: string; role: string }[],
) {
  if (list.length === 0) return;
  await tx
    .insert(caseOfficers)
    .values(list.map((o) => ({ caseId, agencyId, officerId: o.officerId, role: o.role })))
    .onConflictDoNothing();
}

export async function insertParty(
  cipher: FieldCipher,
  tx: Tx,
  caseId: string,
  agencyId: string,
  p: PartyParsed,
  agent?: { agentFor: string; scope: string },
): Promise<string> {
  const id = newId();
  const common = {
    id,
    caseId,
    agencyId,
    agentFor: agent?.agentFor ?? null,
    agentScope: agent?.scope ?? null,
    kind: p.kind,
    name: p.name,
    address: p.address,
    phoneEnc: p.phone ? cipher.encrypt(p.phone) : null,
    phoneMasked: p.phone ? maskPhone(p.phone) : null,
    serviceAddress: p.serviceAddress ?? null,
  };
  if (p.kind === 'NATURAL_PERSON') {
    const idNumber = p.idNumber.toUpperCase();
    await tx.insert(caseParties).values({
      ...common,
      gender: p.gender,
      birthDate: p.birthDate,
      idType: p.idType,
      idNumberEnc: cipher.encrypt(idNumber),
      idNumberIndex: cipher.blindIndex(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
    });
  } else {
    await tx.insert(caseParties).values({
      ...common,
      creditCode: p.creditCode.toUpperCase(),
      legalRepresentative: p.legalRepresentative,
    });
  }
  return id;
}

/** APL-64 (and common practice for every step): one to two agents per party, named on a party of this case. */
export async function checkAgent(tx: Tx, caseId: string, agentFor: string): Promise<void> {
  const rows = await tx
    .select({ id: caseParties.id, agentFor: caseParties.agentFor })
    .from(caseParties)
    .where(eq(caseParties.caseId, caseId));
  const party = rows.find((r) => r.id === agentFor);
  if (!party || party.agentFor !== null) {
    throw invalid('被代理人不是本案当事人', [{ path: 'agentFor', message: '请选择本案当事人' }]);
  }
  if (rows.filter((r) => r.agentFor === agentFor).length >= 2) {
    throw invalid('每名当事人可以委托一至二人代理（行政处罚法第六十四条）', [
      { path: 'agentFor', message: '已有两名代理人' },
    ]);
  }
}

/** Names for lists and search; natural persons masked so that lists never show a full private name. */
export async function refreshPartySummary(tx: Tx, caseId: string): Promise<void> {
  const rows = await tx
    .select({ kind: caseParties.kind, name: caseParties.name, agentFor: caseParties.agentFor })
    .from(caseParties)
    .where(eq(caseParties.caseId, caseId));
  const summary = rows
    .filter((r) => r.agentFor === null)
    .map((r) => (r.kind === 'NATURAL_PERSON' ? maskName(r.name) : r.name))
    .join('、');
  await tx.update(cases).set({ partySummary: summary }).where(eq(cases.id, caseId));
}
