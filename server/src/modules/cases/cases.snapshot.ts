import type { CertificateStatus, IsoDate, ProcedureId, WorkingCalendar } from '@zhifa/domain';
import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { profileOf, publishedList, reviewRequirementOf } from '../catalogue/catalogue.rules';
import { documents } from '../documents/documents.tables';
import { certificates, officers } from '../officers/officers.tables';
import { records } from '../records/records.tables';
import type { CaseSnapshot } from './cases.context';
import type { Facts } from './cases.facts';
import {
  caseAvExemptions,
  caseClocks,
  caseEvents,
  caseOfficers,
  caseParties,
  caseRecordLinks,
  cases,
} from './cases.tables';

export type CaseRow = typeof cases.$inferSelect;

/** The case row as the current RLS scope sees it, optionally locked for the action. */
export async function loadCaseRow(tx: Tx, id: string, opts: { lock?: boolean } = {}): Promise<CaseRow> {
  const q = tx.select().from(cases).where(eq(cases.id, id));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw notFound('案件');
  return row;
}

export async function caseOfficerRows(tx: Tx, caseId: string) {
  const rows = await tx
    .select({
      id: officers.id,
      name: officers.name,
      role: caseOfficers.role,
      isLegalReviewer: officers.isLegalReviewer,
      legalQualificationNo: officers.legalQualificationNo,
    })
    .from(caseOfficers)
    .innerJoin(officers, eq(officers.id, caseOfficers.officerId))
    .where(eq(caseOfficers.caseId, caseId))
    .orderBy(asc(caseOfficers.assignedAt), asc(officers.name));
  const ids = [...new Set(rows.map((r) => r.id))];
  const certs =
    ids.length === 0 ? [] : await tx.select().from(certificates).where(inArray(certificates.officerId, ids));
  return rows.map((r) => ({
    ...r,
    certificates: certs
      .filter((c) => c.officerId === r.id)
      .map((c) => ({
        number: c.number,
        status: c.status as CertificateStatus,
        validFrom: c.validFrom,
        validUntil: c.validUntil,
        categories: c.categories,
        regions: c.regions,
      })),
  }));
}

/** Everything the guards and clocks of one action need, read in the action's transaction. */
export async function loadSnapshot(
  tx: Tx,
  row: CaseRow,
  actorUserId: string,
  calendar: WorkingCalendar,
): Promise<CaseSnapshot> {
  const [parties, officerRows, docs, links, exemptions, clocks, profileList, reviewList, actorOfficer] =
    await Promise.all([
      tx
        .select({
          kind: caseParties.kind,
          name: caseParties.name,
          address: caseParties.address,
          serviceAddress: caseParties.serviceAddress,
          agentFor: caseParties.agentFor,
        })
        .from(caseParties)
        .where(eq(caseParties.caseId, row.id)),
      caseOfficerRows(tx, row.id),
      tx.select({ code: documents.code }).from(documents).where(eq(documents.caseId, row.id)),
      tx
        .select({ activity: caseRecordLinks.activity, kind: records.kind })
        .from(caseRecordLinks)
        .innerJoin(records, eq(records.id, caseRecordLinks.recordId))
        .where(eq(caseRecordLinks.caseId, row.id)),
      tx
        .select({ activity: caseAvExemptions.activity })
        .from(caseAvExemptions)
        .where(and(eq(caseAvExemptions.caseId, row.id), isNotNull(caseAvExemptions.approvedAt))),
      tx
        .select({ rule: caseClocks.rule, status: caseClocks.status, dueOn: caseClocks.dueOn })
        .from(caseClocks)
        .where(eq(caseClocks.caseId, row.id)),
      publishedList(tx, row.agencyId, 'JURISDICTION_PROFILE'),
      publishedList(tx, row.agencyId, 'REVIEW_CATALOGUE'),
      actorOfficerOf(tx, actorUserId),
    ]);
  return {
    procedure: row.procedure as ProcedureId,
    category: row.category,
    region: row.region,
    facts: row.facts as Facts,
    parties: parties
      .filter((p) => p.agentFor === null)
      .map((p) => ({
        kind: p.kind,
        name: p.name,
        address: p.address,
        eServiceConsent: (p.serviceAddress as { eServiceConsent?: boolean } | null)?.eServiceConsent === true,
      })),
    officers: officerRows,
    documents: [...new Set(docs.map((d) => d.code))],
    avActivities: [
      ...new Set([
        ...links.filter((l) => l.kind === 'AV_RECORD').map((l) => l.activity),
        ...exemptions.map((e) => e.activity),
      ]),
    ],
    clocks,
    profile: profileOf(row.agencyId, profileList.agencyName, profileList.row).profile,
    calendar,
    actorOfficer,
    reviewRequirement: (d) => reviewRequirementOf(reviewList.row, d),
  };
}

async function actorOfficerOf(tx: Tx, userId: string): Promise<CaseSnapshot['actorOfficer']> {
  const rows = await tx.execute<{
    id: string;
    is_legal_reviewer: boolean;
    legal_qualification_no: string | null;
    prior: number;
  }>(sql`
    SELECT o.id, o.is_legal_reviewer, o.legal_qualification_no,
      (SELECT count(*)::int FROM case_events e WHERE e.actor_user_id = u.id AND e.action = 'review_approved') AS prior
    FROM users u JOIN officers o ON o.id = u.officer_id WHERE u.id = ${userId}`);
  const r = rows.rows[0];
  return r
    ? {
        id: r.id,
        isLegalReviewer: r.is_legal_reviewer,
        legalQualificationNo: r.legal_qualification_no,
        priorApprovals: Number(r.prior),
      }
    : null;
}

/** The date of the latest event: an action may not be dated before it (the timeline stays in order). */
export async function lastEventDate(tx: Tx, caseId: string): Promise<{ seq: number; occurredOn: IsoDate | null }> {
  const [r] = await tx
    .select({
      seq: sql<number>`coalesce(max(${caseEvents.seq}), 0)::int`,
      on: sql<string | null>`max(${caseEvents.occurredOn})::text`,
    })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId));
  return { seq: Number(r?.seq ?? 0), occurredOn: r?.on ?? null };
}
