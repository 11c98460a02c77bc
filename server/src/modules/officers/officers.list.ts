import type { OfficerListItem, OfficerListQuery } from '@zhifa/contracts';
import { certificateDisplayState, todayInShanghai, yearOf } from '@zhifa/domain';
import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, agenciesFor } from '../../platform/auth/permissions';
import type { Database, Scope } from '../../platform/db';
import { agencies, units } from '../org/org.tables';
import { certificates, officers, trainingRecords } from './officers.tables';

export interface ListOptions {
  /** all rows (for export) instead of one page */
  all?: boolean;
  audit?: 'VIEW' | 'EXPORT';
}

/**
 * Officers visible to the actor, filtered, searched (name or certificate number) and paged, with the
 * certificate that represents each officer and this year's training hours. Writes the access record.
 */
export async function listOfficers(
  database: Database,
  actor: Actor,
  scope: Scope & { kind: 'agencies' },
  q: OfficerListQuery,
  opts: ListOptions = {},
) {
  return database.tx(scope, async (tx) => {
    const year = yearOf(todayInShanghai(new Date()));
    const conds: SQL[] = [
      inArray(officers.agencyId, scope.agencyIds.length ? scope.agencyIds : ['00000000-0000-0000-0000-000000000000']),
    ];
    if (q.agencyId) conds.push(eq(officers.agencyId, q.agencyId));
    if (q.unitId) conds.push(eq(officers.unitId, q.unitId));
    if (q.legalReviewer) conds.push(eq(officers.isLegalReviewer, q.legalReviewer === 'true'));
    if (q.q) {
      const like = `%${q.q}%`;
      conds.push(
        or(
          ilike(officers.name, like),
          sql`EXISTS (SELECT 1 FROM ${certificates} c WHERE c.officer_id = officers.id AND c.number ILIKE ${like})`,
        )!,
      );
    }
    // The certificate shown in lists: the valid one if any, else the most recently issued.
    const currentCert = sql`(SELECT c.id FROM ${certificates} c WHERE c.officer_id = officers.id
      ORDER BY (c.status = 'VALID') DESC, c.issued_on DESC, c.id DESC LIMIT 1)`;
    if (q.certificateStatus === 'NONE')
      conds.push(sql`NOT EXISTS (SELECT 1 FROM ${certificates} c WHERE c.officer_id = officers.id)`);
    else if (q.certificateStatus)
      conds.push(sql`(SELECT c.status FROM ${certificates} c WHERE c.id = ${currentCert}) = ${q.certificateStatus}`);
    const where = and(...conds);
    const [{ total }] = await tx.select({ total: sql<number>`count(*)::int` }).from(officers).where(where);
    let query = tx
      .select({
        o: officers,
        agencyName: agencies.name,
        unitName: units.name,
        cert: certificates,
        trainingHours: sql<string>`coalesce((SELECT sum(t.hours) FROM ${trainingRecords} t WHERE t.officer_id = officers.id AND t.year = ${year}), 0)`,
      })
      .from(officers)
      .innerJoin(agencies, eq(agencies.id, officers.agencyId))
      .leftJoin(units, eq(units.id, officers.unitId))
      .leftJoin(certificates, sql`${certificates.id} = ${currentCert}`)
      .where(where)
      .orderBy(asc(agencies.sortOrder), asc(officers.name), asc(officers.id))
      .$dynamic();
    if (!opts.all) query = query.limit(q.pageSize).offset((q.page - 1) * q.pageSize);
    const rows = await query;
    const items: OfficerListItem[] = rows.map((r) => ({
      id: r.o.id,
      name: r.o.name,
      gender: r.o.gender,
      agencyId: r.o.agencyId,
      agencyName: r.agencyName,
      unitName: r.unitName,
      post: r.o.post,
      idNumberMasked: r.o.idNumberMasked,
      certificateNumber: r.cert?.number ?? null,
      certificateStatus: r.cert ? certificateDisplayState(r.cert, todayInShanghai(new Date())) : null,
      categories: r.cert?.categories ?? [],
      isLegalReviewer: r.o.isLegalReviewer,
      employmentStatus: r.o.employmentStatus,
      trainingHours: Number(r.trainingHours),
    }));
    const { page: _p, pageSize: _s, ...filters } = q;
    await appendAudit(tx, actorOf(actor), {
      type: opts.audit === 'EXPORT' ? 'OFFICER_LIST_EXPORTED' : 'OFFICER_LIST_VIEWED',
      subjectType: 'officer-list',
      subjectId: q.agencyId ?? 'all',
      agencyId: q.agencyId ?? null,
      ...(opts.audit === 'EXPORT'
        ? { payload: { count: items.length } }
        : { payload: { query: filters, count: items.length } }),
    } as Parameters<typeof appendAudit>[2]);
    return {
      items,
      total,
      page: q.page,
      pageSize: q.pageSize,
      abilities: {
        create: agenciesFor(actor, 'officer.manage').length > 0,
        import: agenciesFor(actor, 'officer.manage').length > 0,
        export: true,
      },
    };
  });
}
