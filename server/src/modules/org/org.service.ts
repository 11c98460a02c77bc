import type { AgencyDetail, AgencyInput, AgencySummary, RegionView } from '@zhifa/contracts';
import {
  reviewerRatio,
  todayInShanghai,
  validateEntrustment,
  validateUnifiedSocialCreditCode,
  yearOf,
} from '@zhifa/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, can } from '../../platform/auth/permissions';
import type { Database, Tx } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { certificates, officers, trainingRecords } from '../officers/officers.tables';
import { agencies, regions, units } from './org.tables';

type AgencyRow = typeof agencies.$inferSelect;

/** Agencies (执法主体), their internal units and the regions they sit in. Agency data is public. */
export class OrgService {
  constructor(private readonly database: Database) {}

  listRegions(): Promise<RegionView[]> {
    return this.database.tx({ kind: 'all' }, (tx) => tx.select().from(regions).orderBy(asc(regions.code)));
  }

  async listAgencies(actor: Actor | null = null): Promise<AgencySummary[]> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const rows = await tx
        .select({
          agency: agencies,
          regionName: regions.name,
          officerCount: sql<number>`(SELECT count(*)::int FROM ${officers} o WHERE o.agency_id = agencies.id AND o.employment_status = 'ACTIVE')`,
        })
        .from(agencies)
        .innerJoin(regions, eq(regions.code, agencies.regionCode))
        .orderBy(asc(agencies.sortOrder), asc(agencies.name));
      return rows.map((r) => ({
        ...summary(r.agency, r.regionName, r.officerCount),
        ...(actor
          ? {
              abilities: {
                manageOfficers: can(actor, 'officer.manage', { agencyId: r.agency.id }),
                readOfficers: can(actor, 'officer.read', { agencyId: r.agency.id }),
              },
            }
          : {}),
      }));
    });
  }

  async getAgency(actor: Actor | null, id: string): Promise<AgencyDetail> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const [row] = await tx
        .select({ agency: agencies, regionName: regions.name })
        .from(agencies)
        .innerJoin(regions, eq(regions.code, agencies.regionCode))
        .where(eq(agencies.id, id));
      if (!row) throw notFound('执法主体');
      const a = row.agency;
      const unitRows = await tx
        .select()
        .from(units)
        .where(eq(units.agencyId, id))
        .orderBy(asc(units.sortOrder), asc(units.name));
      const year = yearOf(todayInShanghai(new Date()));
      const [stats] = await tx
        .select({
          officers: sql<number>`count(*) FILTER (WHERE ${officers.employmentStatus} = 'ACTIVE')::int`,
          reviewers: sql<number>`count(*) FILTER (WHERE ${officers.employmentStatus} = 'ACTIVE' AND ${officers.isLegalReviewer})::int`,
        })
        .from(officers)
        .where(eq(officers.agencyId, id));
      const [certs] = await tx
        .select({ valid: sql<number>`count(*)::int` })
        .from(certificates)
        .where(
          and(
            eq(certificates.agencyId, id),
            eq(certificates.status, 'VALID'),
            sql`${certificates.validUntil} >= CURRENT_DATE`,
          ),
        );
      const [training] = await tx.select({ met: sql<number>`count(*)::int` }).from(
        sql`(SELECT ${trainingRecords.officerId} FROM ${trainingRecords} WHERE ${trainingRecords.agencyId} = ${id} AND ${trainingRecords.year} = ${year}
               GROUP BY ${trainingRecords.officerId} HAVING sum(${trainingRecords.hours}) >= 60) t`,
      );
      const entrusting = a.entrustingAgencyId
        ? (await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, a.entrustingAgencyId)))[0]
        : null;
      const canManage = !!actor && can(actor, 'agency.manage');
      return {
        ...summary(a, row.regionName, stats.officers),
        creditCode: a.creditCode,
        entrustingAgencyId: a.entrustingAgencyId,
        entrustingAgencyName: entrusting?.name ?? null,
        entrustmentScope: a.entrustmentScope,
        entrustmentFrom: a.entrustmentFrom,
        entrustmentUntil: a.entrustmentUntil,
        legalReviewUnitId: a.legalReviewUnitId,
        address: a.address,
        postcode: a.postcode,
        phone: a.phone,
        website: a.website,
        supervisionPhone: a.supervisionPhone,
        complaintChannel: a.complaintChannel,
        units: unitRows.map((u) => ({ id: u.id, name: u.name, kind: u.kind, phone: u.phone })),
        stats: {
          officers: stats.officers,
          validCertificates: certs.valid,
          reviewers: stats.reviewers,
          reviewerRatio: reviewerRatio(stats.reviewers, stats.officers),
          trainingYear: year,
          trainingMet: training.met,
        },
        abilities: {
          update: canManage,
          createUnit: canManage,
          readOfficers: !!actor && can(actor, 'officer.read', { agencyId: id }),
        },
      };
    });
  }

  async createAgency(
    actor: Actor | null,
    input: AgencyInput,
    opts: { id?: string; sortOrder?: number } = {},
  ): Promise<string> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      await this.validate(tx, input, null);
      const id = opts.id ?? newId();
      await tx
        .insert(agencies)
        .values({ ...input, id, creditCode: input.creditCode || null, sortOrder: opts.sortOrder ?? 0 });
      await appendAudit(tx, actor ? actorOf(actor) : { userId: null, name: '系统', ip: null, requestId: null }, {
        type: 'AGENCY_CREATED',
        subjectType: 'agency',
        subjectId: id,
        agencyId: id,
        payload: { name: input.name },
      });
      return id;
    });
  }

  async updateAgency(actor: Actor, id: string, input: AgencyInput): Promise<void> {
    await this.database.tx({ kind: 'all' }, async (tx) => {
      const [current] = await tx.select().from(agencies).where(eq(agencies.id, id));
      if (!current) throw notFound('执法主体');
      await this.validate(tx, input, id);
      if (input.legalReviewUnitId) {
        const [u] = await tx
          .select()
          .from(units)
          .where(and(eq(units.id, input.legalReviewUnitId), eq(units.agencyId, id)));
        if (!u)
          throw new AppError('VALIDATION', '法制审核机构必须是本主体的内设机构', [
            { path: 'legalReviewUnitId', message: '请选择本主体的内设机构' },
          ]);
      }
      const next = { ...input, creditCode: input.creditCode || null };
      const changed = Object.keys(next).filter(
        (k) => String(next[k as keyof typeof next] ?? '') !== String(current[k as keyof AgencyRow] ?? ''),
      );
      await tx
        .update(agencies)
        .set({ ...next, updatedAt: new Date() })
        .where(eq(agencies.id, id));
      await appendAudit(tx, actorOf(actor), {
        type: 'AGENCY_UPDATED',
        subjectType: 'agency',
        subjectId: id,
        agencyId: id,
        payload: { changed },
      });
    });
  }

  async createUnit(
    actor: Actor | null,
    agencyId: string,
    input: { name: string; kind: 'ENFORCEMENT' | 'LEGAL_REVIEW' | 'OFFICE' | 'OTHER'; phone: string },
  ): Promise<string> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const [agency] = await tx.select().from(agencies).where(eq(agencies.id, agencyId));
      if (!agency) throw notFound('执法主体');
      const [dup] = await tx
        .select()
        .from(units)
        .where(and(eq(units.agencyId, agencyId), eq(units.name, input.name)));
      if (dup) throw new AppError('CONFLICT', `内设机构"${input.name}"已存在`, [{ path: 'name', message: '名称重复' }]);
      const id = newId();
      await tx.insert(units).values({ id, agencyId, ...input });
      if (input.kind === 'LEGAL_REVIEW' && !agency.legalReviewUnitId) {
        await tx.update(agencies).set({ legalReviewUnitId: id }).where(eq(agencies.id, agencyId));
      }
      await appendAudit(tx, actor ? actorOf(actor) : { userId: null, name: '系统', ip: null, requestId: null }, {
        type: 'UNIT_CREATED',
        subjectType: 'agency',
        subjectId: agencyId,
        agencyId,
        payload: { agencyId, name: input.name },
      });
      return id;
    });
  }

  private async validate(tx: Tx, input: AgencyInput, selfId: string | null): Promise<void> {
    const fields: { path: string; message: string }[] = [];
    const [region] = await tx.select().from(regions).where(eq(regions.code, input.regionCode));
    if (!region) fields.push({ path: 'regionCode', message: '行政区划代码不存在' });
    if (input.creditCode) {
      const r = validateUnifiedSocialCreditCode(input.creditCode);
      if (!r.ok) fields.push({ path: 'creditCode', message: r.message });
    }
    const [dup] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.name, input.name));
    if (dup && dup.id !== selfId) fields.push({ path: 'name', message: '已存在同名执法主体' });
    if (input.parentId) {
      if (input.parentId === selfId) fields.push({ path: 'parentId', message: '上级主体不能是自身' });
      else if (!(await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, input.parentId))).length) {
        fields.push({ path: 'parentId', message: '上级主体不存在' });
      }
    }
    for (const message of validateEntrustment({
      kind: input.kind,
      entrustingAgencyId: input.entrustingAgencyId,
      scope: input.entrustmentScope,
      termFrom: input.entrustmentFrom,
      termUntil: input.entrustmentUntil,
    })) {
      fields.push({ path: input.kind === 'ENTRUSTED_ORG' ? 'entrustmentScope' : 'kind', message });
    }
    if (fields.length) throw new AppError('VALIDATION', fields.map((f) => f.message).join('；'), fields);
  }
}

function summary(a: AgencyRow, regionName: string, officerCount: number): AgencySummary {
  return {
    id: a.id,
    name: a.name,
    shortName: a.shortName,
    kind: a.kind,
    sector: a.sector,
    regionCode: a.regionCode,
    regionName,
    parentId: a.parentId,
    isSupervisor: a.isSupervisor,
    officerCount,
  };
}
