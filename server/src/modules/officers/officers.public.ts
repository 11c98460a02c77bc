import { certificateDisplayState, todayInShanghai } from '@zhifa/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db';
import { agencies, units } from '../org/org.tables';
import { certificates, officers } from './officers.tables';

/**
 * What the public portal may show of officers (事前公示 执法人员清单, 事中 亮证执法 certificate check):
 * name, agency, unit, post, certificate number, categories, regions, validity and status. Nothing
 * else leaves this function — no ID or phone number, not even masked.
 */
export interface PublicOfficer {
  name: string;
  unitName: string | null;
  post: string;
  certificateNumber: string;
  categories: string[];
  regions: string[];
  validUntil: string;
  status: string;
}

export interface PublicCertificateCheck {
  number: string;
  holderName: string;
  agencyId: string;
  agencyName: string;
  categories: string[];
  regions: string[];
  validFrom: string;
  validUntil: string;
  status: string;
}

export class PublicOfficersService {
  constructor(private readonly database: Database) {}

  /** Officers of an agency holding a currently valid certificate: the published roster. */
  async roster(agencyId: string, opts: { page: number; pageSize: number; q?: string }) {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const today = todayInShanghai(new Date());
      const where = and(
        eq(officers.agencyId, agencyId),
        eq(officers.employmentStatus, 'ACTIVE'),
        eq(certificates.status, 'VALID'),
        sql`${certificates.validFrom} <= ${today} AND ${certificates.validUntil} >= ${today}`,
        opts.q
          ? sql`(${officers.name} ILIKE ${`%${opts.q}%`} OR ${certificates.number} ILIKE ${`%${opts.q}%`})`
          : undefined,
      );
      const [{ total }] = await tx
        .select({ total: sql<number>`count(*)::int` })
        .from(officers)
        .innerJoin(certificates, eq(certificates.officerId, officers.id))
        .where(where);
      const rows = await tx
        .select({ o: officers, c: certificates, unitName: units.name })
        .from(officers)
        .innerJoin(certificates, eq(certificates.officerId, officers.id))
        .leftJoin(units, eq(units.id, officers.unitId))
        .where(where)
        .orderBy(asc(units.sortOrder), asc(officers.name), asc(certificates.number))
        .limit(opts.pageSize)
        .offset((opts.page - 1) * opts.pageSize);
      const items: PublicOfficer[] = rows.map((r) => ({
        name: r.o.name,
        unitName: r.unitName,
        post: r.o.post,
        certificateNumber: r.c.number,
        categories: r.c.categories,
        regions: r.c.regions,
        validUntil: r.c.validUntil,
        status: 'VALID',
      }));
      return { items, total, page: opts.page, pageSize: opts.pageSize };
    });
  }

  /** Per agency, how many officers the published roster lists (active, with a certificate valid today). */
  async rosterCounts(): Promise<Map<string, number>> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const today = todayInShanghai(new Date());
      const rows = await tx
        .select({ agencyId: officers.agencyId, n: sql<number>`count(DISTINCT ${officers.id})::int` })
        .from(officers)
        .innerJoin(certificates, eq(certificates.officerId, officers.id))
        .where(
          and(
            eq(officers.employmentStatus, 'ACTIVE'),
            eq(certificates.status, 'VALID'),
            sql`${certificates.validFrom} <= ${today} AND ${certificates.validUntil} >= ${today}`,
          ),
        )
        .groupBy(officers.agencyId);
      return new Map(rows.map((r) => [r.agencyId, r.n]));
    });
  }

  /** Certificate check by number; a suspended, revoked or expired certificate is reported as such. */
  async checkCertificate(number: string): Promise<PublicCertificateCheck | null> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const [row] = await tx
        .select({ c: certificates, holderName: officers.name, agencyName: agencies.name })
        .from(certificates)
        .innerJoin(officers, eq(officers.id, certificates.officerId))
        .innerJoin(agencies, eq(agencies.id, certificates.agencyId))
        .where(eq(certificates.number, number.trim()));
      if (!row) return null;
      return {
        number: row.c.number,
        holderName: row.holderName,
        agencyId: row.c.agencyId,
        agencyName: row.agencyName,
        categories: row.c.categories,
        regions: row.c.regions,
        validFrom: row.c.validFrom,
        validUntil: row.c.validUntil,
        status: certificateDisplayState(row.c, todayInShanghai(new Date())),
      };
    });
  }
}
