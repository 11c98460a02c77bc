import { type IsoDate, PROCEDURES, type ProcedureId, type ResolvedProfile, type WorkingCalendar } from '@zhifa/domain';
import { eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { profileOf, reviewRequirementOf } from '../catalogue/catalogue.rules';
import { catalogueLists } from '../catalogue/catalogue.tables';
import type { CaseSnapshot } from './cases.context';
import type { Facts } from './cases.facts';
import { cases } from './cases.tables';

export type CaseRow = typeof cases.$inferSelect;

/** The case row as the current RLS scope sees it, optionally locked for the action. */
export async function loadCaseRow(tx: Tx, id: string, opts: { lock?: boolean } = {}): Promise<CaseRow> {
  const q = tx.select().from(cases).where(eq(cases.id, id));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw notFound('案件');
  return row;
}

/** The case's officers with their certificates (all of them, any status), in assignment order. */
export async function caseOfficerRows(tx: Tx, caseId: string): Promise<CaseSnapshot['officers']> {
  const r = await tx.execute<{ officers: CaseSnapshot['officers'] }>(
    sql`SELECT ${officersJson(sql`${caseId}`)} AS officers`,
  );
  return r.rows[0]?.officers ?? [];
}

type ListRow = typeof catalogueLists.$inferSelect;

/**
 * Published catalogue versions keep their content for ever (trigger catalogue_lists_published_immutable; only
 * PUBLISHED → SUPERSEDED may change, which the rules do not read), so the rows the guards read — the jurisdiction
 * profile and the review catalogue — and the profile resolved from them are kept by version id. Which version is
 * published is still read in every action's transaction.
 */
export class PublishedListCache {
  private readonly rows = new Map<string, ListRow>();
  private readonly profiles = new Map<string, ResolvedProfile>();

  async row(tx: Tx, id: string | null): Promise<ListRow | undefined> {
    if (!id) return undefined;
    const hit = this.rows.get(id);
    if (hit) return hit;
    const [row] = await tx.select().from(catalogueLists).where(eq(catalogueLists.id, id));
    if (row && (row.status === 'PUBLISHED' || row.status === 'SUPERSEDED')) {
      if (this.rows.size >= 500) this.rows.clear();
      this.rows.set(id, row);
    }
    return row;
  }

  profile(agencyId: string, agencyName: string, row: ListRow | undefined): ResolvedProfile {
    // The agency's name appears in the layer's name, so it is part of the key.
    const key = row ? `${row.id}:${agencyName}` : '';
    const hit = this.profiles.get(key);
    if (hit) return hit;
    const profile = profileOf(agencyId, agencyName, row).profile;
    if (this.profiles.size >= 500) this.profiles.clear();
    this.profiles.set(key, profile);
    return profile;
  }
}

/** What the snapshot query returns beside the case row (one JSON value). */
interface SnapshotJson {
  parties: { kind: string; name: string; address: string; eServiceConsent: boolean }[];
  officers: CaseSnapshot['officers'];
  documents: string[];
  avLinks: string[];
  avExemptions: string[];
  clocks: { rule: string; status: string; dueOn: string | null }[];
  agencyName: string | null;
  profileListId: string | null;
  reviewListId: string | null;
  actorOfficer: {
    id: string;
    isLegalReviewer: boolean;
    legalQualificationNo: string | null;
    priorApprovals: number | null;
  } | null;
  lastEvent?: { seq: number; occurredOn: IsoDate | null };
}

/** The case's officers with all their certificates, as JSON (one element per assignment, in assignment order). */
const officersJson = (caseId: SQL) => sql`(
  SELECT coalesce(json_agg(json_build_object(
      'id', o.id, 'name', o.name, 'role', co.role, 'isLegalReviewer', o.is_legal_reviewer,
      'legalQualificationNo', o.legal_qualification_no,
      'certificates', (SELECT coalesce(json_agg(json_build_object(
          'number', ce.number, 'status', ce.status, 'validFrom', ce.valid_from, 'validUntil', ce.valid_until,
          'categories', ce.categories, 'regions', ce.regions)), '[]'::json)
        FROM certificates ce WHERE ce.officer_id = o.id))
    ORDER BY co.assigned_at, o.name), '[]'::json)
  FROM case_officers co JOIN officers o ON o.id = co.officer_id WHERE co.case_id = ${caseId})`;

/**
 * Procedure:state pairs from which a legal reviewer can approve: only there does the guard context need the
 * actor's earlier approvals (the first-time reviewer rule), which is a count over the case events.
 */
const REVIEW_APPROVED = 'review_approved';
const REVIEW_APPROVAL_STATES = Object.entries(PROCEDURES).flatMap(([id, def]) =>
  def.transitions.filter((t) => t.action === REVIEW_APPROVED).flatMap((t) => t.from.map((f) => `${id}:${f}`)),
);

/**
 * Everything the guards and clocks need, as one JSON value computed beside the case row (`c`), so that the case
 * and its snapshot take one round trip. Runs under the transaction's row-level security like the separate reads
 * it replaces. `action`: the action about to be taken (the actor's earlier approvals are counted for an approval);
 * none for the case page (counted when the case is where an approval can be made).
 */
function snapshotJson(actorUserId: string, opts: { action?: string; lastEvent?: boolean }): SQL<SnapshotJson> {
  const needPrior =
    opts.action !== undefined
      ? sql`${opts.action === REVIEW_APPROVED}::boolean`
      : sql`(c.procedure || ':' || c.state) = ANY(${sql.param(REVIEW_APPROVAL_STATES)}::text[])`;
  return sql<SnapshotJson>`json_build_object(
    'parties', (SELECT coalesce(json_agg(json_build_object('kind', p.kind, 'name', p.name, 'address', p.address,
        'eServiceConsent', coalesce(p.service_address -> 'eServiceConsent' = 'true'::jsonb, false))), '[]'::json)
      FROM case_parties p WHERE p.case_id = c.id AND p.agent_for IS NULL),
    'officers', ${officersJson(sql`c.id`)},
    'documents', (SELECT coalesce(json_agg(d.code), '[]'::json) FROM documents d WHERE d.case_id = c.id),
    'avLinks', (SELECT coalesce(json_agg(l.activity), '[]'::json) FROM case_record_links l
      JOIN records r ON r.id = l.record_id WHERE l.case_id = c.id AND r.kind = 'AV_RECORD'),
    'avExemptions', (SELECT coalesce(json_agg(x.activity), '[]'::json) FROM case_av_exemptions x
      WHERE x.case_id = c.id AND x.approved_at IS NOT NULL),
    'clocks', (SELECT coalesce(json_agg(json_build_object('rule', k.rule, 'status', k.status, 'dueOn', k.due_on)),
        '[]'::json) FROM case_clocks k WHERE k.case_id = c.id),
    'agencyName', (SELECT a.name FROM agencies a WHERE a.id = c.agency_id),
    'profileListId', (SELECT l.id FROM catalogue_lists l WHERE l.agency_id = c.agency_id
      AND l.list_type = 'JURISDICTION_PROFILE' AND l.status = 'PUBLISHED' LIMIT 1),
    'reviewListId', (SELECT l.id FROM catalogue_lists l WHERE l.agency_id = c.agency_id
      AND l.list_type = 'REVIEW_CATALOGUE' AND l.status = 'PUBLISHED' LIMIT 1),
    'actorOfficer', (SELECT json_build_object('id', o.id, 'isLegalReviewer', o.is_legal_reviewer,
        'legalQualificationNo', o.legal_qualification_no,
        'priorApprovals', CASE WHEN ${needPrior} THEN (SELECT count(*) FROM case_events e
          WHERE e.actor_user_id = u.id AND e.action = ${REVIEW_APPROVED}) END)
      FROM users u JOIN officers o ON o.id = u.officer_id WHERE u.id = ${actorUserId}),
    'lastEvent', ${
      opts.lastEvent
        ? sql`(SELECT json_build_object('seq', coalesce(max(e.seq), 0), 'occurredOn', max(e.occurred_on))
            FROM case_events e WHERE e.case_id = c.id)`
        : sql`NULL`
    })`;
}

export interface LoadedCase {
  row: CaseRow;
  /** Completes the snapshot (after the caller's access check): the published lists, from the cache if known. */
  snapshot(): Promise<CaseSnapshot>;
  /** The latest event's sequence number and date (only when asked for). */
  lastEvent: { seq: number; occurredOn: IsoDate | null };
}

/**
 * The case row as the current RLS scope sees it, with everything the guards and clocks of an action (or the case
 * page) need, in one query.
 */
export async function loadCaseWithSnapshot(
  tx: Tx,
  id: string,
  deps: { actorUserId: string; calendar: WorkingCalendar; lists: PublishedListCache },
  opts: { action?: string; lastEvent?: boolean } = {},
): Promise<LoadedCase> {
  const c = alias(cases, 'c');
  const [found] = await tx
    .select({ row: c, snap: snapshotJson(deps.actorUserId, opts) })
    .from(c)
    .where(eq(c.id, id));
  if (!found) throw notFound('案件');
  const { row, snap } = found;
  return {
    row,
    lastEvent: {
      seq: Number(snap.lastEvent?.seq ?? 0),
      occurredOn: (snap.lastEvent?.occurredOn ?? null) as IsoDate | null,
    },
    snapshot: () => snapshotOf(tx, row, snap, deps),
  };
}

async function snapshotOf(
  tx: Tx,
  row: CaseRow,
  j: SnapshotJson,
  deps: { calendar: WorkingCalendar; lists: PublishedListCache },
): Promise<CaseSnapshot> {
  if (j.agencyName === null) throw notFound('执法主体');
  const [profileRow, reviewRow] = await Promise.all([
    deps.lists.row(tx, j.profileListId),
    deps.lists.row(tx, j.reviewListId),
  ]);
  return {
    procedure: row.procedure as ProcedureId,
    category: row.category,
    region: row.region,
    facts: row.facts as Facts,
    parties: j.parties,
    officers: j.officers,
    documents: [...new Set(j.documents)],
    avActivities: [...new Set([...j.avLinks, ...j.avExemptions])],
    clocks: j.clocks,
    profile: deps.lists.profile(row.agencyId, j.agencyName, profileRow),
    calendar: deps.calendar,
    actorOfficer: j.actorOfficer
      ? {
          ...j.actorOfficer,
          priorApprovals: j.actorOfficer.priorApprovals === null ? null : Number(j.actorOfficer.priorApprovals),
        }
      : null,
    reviewRequirement: (d) => reviewRequirementOf(reviewRow, d),
  };
}

/** Everything the guards and clocks of one action need, read in the action's transaction. */
export async function loadSnapshot(
  tx: Tx,
  row: CaseRow,
  actorUserId: string,
  calendar: WorkingCalendar,
  lists: PublishedListCache,
): Promise<CaseSnapshot> {
  const c = alias(cases, 'c');
  const [found] = await tx
    .select({ snap: snapshotJson(actorUserId, {}) })
    .from(c)
    .where(eq(c.id, row.id));
  if (!found) throw notFound('案件');
  return snapshotOf(tx, row, found.snap, { calendar, lists });
}
