import type { CaseSummary, Paged } from '@zhifa/contracts';
import type { IsoDate, WorkingCalendar } from '@zhifa/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { summaryOf } from './cases.presenters';
import type { CaseRow } from './cases.snapshot';

export interface CaseListOptions {
  page: number;
  pageSize: number;
  q?: string;
  procedure?: string;
  state?: string;
  mine?: boolean;
  urgency?: 'RED' | 'YELLOW' | 'GREEN' | 'YELLOW_OR_RED';
  sort?: 'urgency' | 'updated';
  unitId?: string;
}

/** Lead time of the yellow light: working days before the due day (clockStatus DUE_SOON). */
export const YELLOW_LEAD_WORKING_DAYS = 3;

export async function unitOfUser(tx: Tx, userId: string): Promise<string | null> {
  const r = await tx.execute<{ unit_id: string | null }>(
    sql`SELECT o.unit_id FROM users u JOIN officers o ON o.id = u.officer_id WHERE u.id = ${userId}`,
  );
  return r.rows[0]?.unit_id ?? null;
}

/**
 * Cases in the given agencies, filtered and paged. "Urgency" is the earliest running deadline
 * (cases.next_due_on, kept with the clocks): red = due today or overdue, yellow = within the lead time in working
 * days, green = later. Served by the (agency_id, next_due_on) and (agency_id, updated_at) indexes.
 */
export async function listCases(
  tx: Tx,
  agencyIds: string[],
  userId: string,
  q: CaseListOptions,
  today: IsoDate,
  calendar: WorkingCalendar,
): Promise<Paged<CaseSummary>> {
  if (agencyIds.length === 0) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const where: SQL[] = [
    sql`c.agency_id IN (${sql.join(
      agencyIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  ];
  if (q.mine) {
    where.push(sql`EXISTS (SELECT 1 FROM case_officers co JOIN users u ON u.officer_id = co.officer_id
      WHERE co.case_id = c.id AND u.id = ${userId})`);
  }
  if (q.unitId) where.push(sql`c.unit_id = ${q.unitId}`);
  if (q.procedure) where.push(sql`c.procedure = ${q.procedure}`);
  if (q.state) where.push(sql`c.state = ${q.state}`);
  if (q.urgency) {
    let yellowLimit: IsoDate;
    try {
      yellowLimit = calendar.addWorkingDays(today, YELLOW_LEAD_WORKING_DAYS);
    } catch {
      yellowLimit = today;
    }
    if (q.urgency === 'RED') where.push(sql`c.next_due_on <= ${today}`);
    else if (q.urgency === 'YELLOW') where.push(sql`c.next_due_on > ${today} AND c.next_due_on <= ${yellowLimit}`);
    else if (q.urgency === 'YELLOW_OR_RED') where.push(sql`c.next_due_on <= ${yellowLimit}`);
    else where.push(sql`c.next_due_on > ${yellowLimit}`);
  }
  const cond = sql.join(where, sql` AND `);
  const order =
    q.sort === 'updated'
      ? sql`c.updated_at DESC, c.id DESC`
      : sql`c.next_due_on ASC NULLS LAST, c.updated_at DESC, c.id DESC`;
  const offset = (q.page - 1) * q.pageSize;
  const columns = sql`c.id, c.case_number, c.procedure, c.state, c.cause, c.party_summary,
    c.next_due_on::text AS next_due_on, c.next_due_rule, c.updated_at`;
  let rows: Record<string, unknown>[];
  let total: number;
  if (q.q) {
    // case_search (migration 0009) finds the matches through the grams index, within the same agency scope, and
    // each matching row is read once: the page and the count come from the same materialised set.
    const like = `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const found = await tx.execute<Record<string, unknown>>(sql`
      WITH c AS MATERIALIZED (
        SELECT * FROM case_search(${`{${agencyIds.join(',')}}`}::uuid[], ${q.q}, ${like})),
      hits AS MATERIALIZED (SELECT * FROM c WHERE ${cond}),
      page AS (SELECT ${columns} FROM hits c ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${offset})
      SELECT (SELECT count(*)::int FROM hits) AS total, c.* FROM (SELECT 1) AS one LEFT JOIN page c ON true
      ORDER BY ${order}`);
    total = Number(found.rows[0]?.total ?? 0);
    rows = found.rows.filter((r) => r.id !== null);
  } else {
    const [page, count] = await Promise.all([
      tx.execute<Record<string, unknown>>(
        sql`SELECT ${columns} FROM cases c WHERE ${cond} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${offset}`,
      ),
      tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM cases c WHERE ${cond}`),
    ]);
    rows = page.rows;
    total = count.rows[0].n;
  }
  const items = rows.map((r) =>
    summaryOf(
      {
        id: r.id as string,
        caseNumber: r.case_number as string,
        procedure: r.procedure as string,
        state: r.state as string,
        cause: r.cause as string,
        partySummary: r.party_summary as string,
        nextDueOn: (r.next_due_on as string | null) ?? null,
        nextDueRule: (r.next_due_rule as string | null) ?? null,
        updatedAt: new Date(r.updated_at as string),
      } satisfies Pick<
        CaseRow,
        | 'id'
        | 'caseNumber'
        | 'procedure'
        | 'state'
        | 'cause'
        | 'partySummary'
        | 'nextDueOn'
        | 'nextDueRule'
        | 'updatedAt'
      >,
      today,
      calendar,
    ),
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}
