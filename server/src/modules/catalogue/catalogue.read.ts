import type { ListDiff, ListType, ListVersionDetail, ListVersionSummary, Paged } from '@zhifa/contracts';
import { canonicalJson } from '@zhifa/ledger';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/permissions';
import type { Database, Tx } from '../../platform/db';
import { invalid } from '../../platform/errors';
import { agencies } from '../org/org.tables';
import { allowed, isSystem, type Performer, visibleAgencies } from './catalogue.actor';
import {
  agencyName,
  commentsOf,
  detailOf,
  type ListRow,
  lastSubmitter,
  listRow,
  notFoundList,
  openVersion,
  summaryOf,
} from './catalogue.repository';
import { catalogueLists } from './catalogue.tables';

/** The scope in which a performer sees drafts: every agency where it holds a catalogue ability. */
export function readScope(p: Performer) {
  return isSystem(p) ? ({ kind: 'all' } as const) : ({ kind: 'agencies', agencyIds: visibleAgencies(p) } as const);
}

export function mayRead(p: Performer, agencyId: string): boolean {
  return isSystem(p) || visibleAgencies(p).includes(agencyId);
}

/** What the performer may do with this version (the web app shows buttons from this, never its own rules). */
export async function abilitiesFor(tx: Tx, p: Performer, row: ListRow): Promise<ListVersionDetail['abilities']> {
  const editable = row.status === 'DRAFT' || row.status === 'RETURNED';
  const canEdit = allowed(p, 'catalogue.edit', row.agencyId);
  const submitter = row.status === 'SUBMITTED' ? await lastSubmitter(tx, row.id) : null;
  const open = await openVersion(tx, row.agencyId, row.listType as ListType);
  return {
    edit: canEdit && editable,
    submit: canEdit && editable,
    review:
      allowed(p, 'catalogue.review', row.agencyId) &&
      row.status === 'SUBMITTED' &&
      (isSystem(p) || submitter !== p.userId),
    publish: allowed(p, 'catalogue.publish', row.agencyId) && row.status === 'REVIEWED',
    newVersion: canEdit && !open,
  };
}

export async function detail(tx: Tx, p: Performer, row: ListRow): Promise<ListVersionDetail> {
  return detailOf(
    row,
    (await agencyName(tx, row.agencyId)) ?? '',
    await commentsOf(tx, row.id),
    await abilitiesFor(tx, p, row),
  );
}

export class CatalogueReader {
  constructor(private readonly database: Database) {}

  /** Versions of the lists in the actor's scope (supervisors: every agency of their region). */
  async list(
    actor: Actor,
    q: { agencyId?: string; listType?: ListType; page: number; pageSize: number },
  ): Promise<Paged<ListVersionSummary>> {
    const ids = visibleAgencies(actor).filter((id) => !q.agencyId || id === q.agencyId);
    if (!ids.length) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
    return this.database.tx({ kind: 'agencies', agencyIds: ids }, async (tx) => {
      const where: SQL | undefined = and(
        inArray(catalogueLists.agencyId, ids),
        q.listType ? eq(catalogueLists.listType, q.listType) : undefined,
      );
      const [{ total }] = await tx.select({ total: sql<number>`count(*)::int` }).from(catalogueLists).where(where);
      const rows = await tx
        .select({ l: catalogueLists, agencyName: agencies.name })
        .from(catalogueLists)
        .innerJoin(agencies, eq(agencies.id, catalogueLists.agencyId))
        .where(where)
        .orderBy(
          asc(agencies.sortOrder),
          asc(agencies.name),
          asc(catalogueLists.listType),
          desc(catalogueLists.version),
        )
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      return { items: rows.map((r) => summaryOf(r.l, r.agencyName)), total, page: q.page, pageSize: q.pageSize };
    });
  }

  async get(p: Performer, id: string): Promise<ListVersionDetail> {
    return this.database.tx(readScope(p), async (tx) => {
      const row = await listRow(tx, id);
      if (!row || !mayRead(p, row.agencyId)) throw notFoundList();
      return detail(tx, p, row);
    });
  }

  /** Entries compared by code; a changed entry lists the fields whose values differ. */
  async diff(p: Performer, id: string, againstId: string): Promise<ListDiff> {
    return this.database.tx(readScope(p), async (tx) => {
      const a = await listRow(tx, id);
      const b = await listRow(tx, againstId);
      if (!a || !b || !mayRead(p, a.agencyId) || !mayRead(p, b.agencyId)) throw notFoundList();
      if (a.agencyId !== b.agencyId || a.listType !== b.listType)
        throw invalid('只能比较同一清单的不同版本', [{ path: 'against', message: '不是同一清单的版本' }]);
      const [older, newer] = a.version <= b.version ? [a, b] : [b, a];
      return diffEntries(older, newer);
    });
  }
}

export function diffEntries(older: ListRow, newer: ListRow): ListDiff {
  const byCode = (row: ListRow) => new Map((row.entries as Record<string, unknown>[]).map((e) => [String(e.code), e]));
  const before = byCode(older);
  const after = byCode(newer);
  const changed: ListDiff['changed'] = [];
  for (const [code, e] of after) {
    const old = before.get(code);
    if (!old) continue;
    const keys = [...new Set([...Object.keys(old), ...Object.keys(e)])].sort();
    const fields = keys.filter((k) => canonicalJson(old[k]) !== canonicalJson(e[k]));
    if (fields.length) changed.push({ code, fields });
  }
  return {
    from: older.version,
    to: newer.version,
    added: [...after.keys()].filter((c) => !before.has(c)),
    removed: [...before.keys()].filter((c) => !after.has(c)),
    changed,
  };
}
