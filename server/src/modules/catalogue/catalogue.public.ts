import type { ListType } from '@zhifa/contracts';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/audit.tables';
import type { Database, Tx } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { agencies } from '../org/org.tables';
import { isSystem, type Performer } from './catalogue.actor';
import { CSV_TYPE, csv, workbook, XLSX_TYPE } from './catalogue.excel';
import { LIST_STATUS_LABELS, LIST_TYPE_LABELS } from './catalogue.labels';
import { mayRead, readScope } from './catalogue.read';
import type { ListRow } from './catalogue.repository';
import { type SearchResult, searchCatalogue } from './catalogue.search';
import { catalogueLists } from './catalogue.tables';

/** A published version as the public sees it (事前公示): no drafts, no internal comments. */
export interface PublishedList {
  agencyId: string;
  agencyName: string;
  listType: ListType;
  listTypeLabel: string;
  version: number;
  status: 'PUBLISHED' | 'SUPERSEDED';
  effectiveFrom: string;
  publishedAt: string;
  publishedByName: string | null;
  contentHash: string;
  changeReason: string;
  entryCount: number;
  entries: Record<string, unknown>[];
  /** The CATALOGUE_PUBLISHED audit event: its inclusion proof is /api/public/ledger/proof/<id>. */
  auditEventId: number | null;
}

export interface PublishedVersion {
  version: number;
  status: 'PUBLISHED' | 'SUPERSEDED';
  effectiveFrom: string;
  publishedAt: string;
  supersededAt: string | null;
  contentHash: string;
  changeReason: string;
  entryCount: number;
  auditEventId: number | null;
}

export type ExportTarget = string | { agencyId: string; listType: ListType; version?: number };

export interface ExportedFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const PUBLIC = ['PUBLISHED', 'SUPERSEDED'] as const;
const NOT_PUBLISHED = () => notFound('已公布的清单');

/** Publication events of a list by version (each publication is a leaf of the Merkle log). */
async function publicationEvents(tx: Tx, agencyId: string, listType: ListType): Promise<Map<number, number>> {
  const rows = await tx
    .select({ id: auditEvents.id, payload: auditEvents.payload })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.subjectType, 'catalogue'),
        eq(auditEvents.subjectId, `${agencyId}:${listType}`),
        eq(auditEvents.eventType, 'CATALOGUE_PUBLISHED'),
      ),
    );
  return new Map(rows.map((r) => [Number((r.payload as { version: number }).version), r.id]));
}

function publicOf(row: ListRow, agencyName: string, auditEventId: number | null): PublishedList {
  return {
    agencyId: row.agencyId,
    agencyName,
    listType: row.listType as ListType,
    listTypeLabel: LIST_TYPE_LABELS[row.listType as ListType],
    version: row.version,
    status: row.status as PublishedList['status'],
    effectiveFrom: row.effectiveFrom,
    publishedAt: row.publishedAt!.toISOString(),
    publishedByName: row.publishedByName,
    contentHash: row.contentHash ?? '',
    changeReason: row.changeReason,
    entryCount: row.entryCount,
    entries: row.entries as Record<string, unknown>[],
    auditEventId,
  };
}

/** Published catalogue data for the portal and /api/public (no session; scope 'all', published rows only). */
export class CataloguePublic {
  constructor(private readonly database: Database) {}

  /** The current published version, or version `n` of the history (PUBLISHED or SUPERSEDED). */
  async publishedList(agencyId: string, listType: ListType, version?: number): Promise<PublishedList> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const row = await publishedRowIn(tx, agencyId, listType, version);
      if (!row) throw NOT_PUBLISHED();
      const [a] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
      const events = await publicationEvents(tx, agencyId, listType);
      return publicOf(row, a?.name ?? '', events.get(row.version) ?? null);
    });
  }

  /** The publication history, newest first. */
  async versions(agencyId: string, listType: ListType): Promise<PublishedVersion[]> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const rows = await tx
        .select()
        .from(catalogueLists)
        .where(
          and(
            eq(catalogueLists.agencyId, agencyId),
            eq(catalogueLists.listType, listType),
            inArray(catalogueLists.status, [...PUBLIC]),
          ),
        )
        .orderBy(desc(catalogueLists.version));
      const events = await publicationEvents(tx, agencyId, listType);
      return rows.map((r) => ({
        version: r.version,
        status: r.status as PublishedVersion['status'],
        effectiveFrom: r.effectiveFrom,
        publishedAt: r.publishedAt!.toISOString(),
        supersededAt: r.supersededAt?.toISOString() ?? null,
        contentHash: r.contentHash ?? '',
        changeReason: r.changeReason,
        entryCount: r.entryCount,
        auditEventId: events.get(r.version) ?? null,
      }));
    });
  }

  /** Which list types an agency has published (for the portal's menu). */
  async publishedTypes(agencyId: string): Promise<{ listType: ListType; version: number; publishedAt: string }[]> {
    return this.database.tx({ kind: 'all' }, async (tx) => {
      const rows = await tx
        .select()
        .from(catalogueLists)
        .where(and(eq(catalogueLists.agencyId, agencyId), eq(catalogueLists.status, 'PUBLISHED')));
      return rows.map((r) => ({
        listType: r.listType as ListType,
        version: r.version,
        publishedAt: r.publishedAt!.toISOString(),
      }));
    });
  }

  search(q: string, opts: { listType?: ListType; page?: number; pageSize?: number } = {}): Promise<SearchResult> {
    return this.database.tx({ kind: 'all' }, (tx) =>
      searchCatalogue(tx, q, { listType: opts.listType, page: opts.page ?? 1, pageSize: opts.pageSize ?? 20 }),
    );
  }

  /**
   * A version as an xlsx or CSV file in the import template's layout. A version id needs `performer`
   * unless the version is published; {agencyId, listType, version?} is always a published version.
   */
  async exportFile(target: ExportTarget, format: 'xlsx' | 'csv', performer?: Performer): Promise<ExportedFile> {
    const row = await this.database.tx(performer ? readScope(performer) : { kind: 'all' }, async (tx) => {
      const found =
        typeof target === 'string'
          ? (await tx.select().from(catalogueLists).where(eq(catalogueLists.id, target)))[0]
          : await publishedRowIn(tx, target.agencyId, target.listType, target.version);
      if (!found) throw NOT_PUBLISHED();
      const isPublic = (PUBLIC as readonly string[]).includes(found.status);
      if (!isPublic && !(performer && (isSystem(performer) || mayRead(performer, found.agencyId))))
        throw NOT_PUBLISHED();
      const [a] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, found.agencyId));
      return { ...found, agencyName: a?.name ?? '' };
    });
    const listType = row.listType as ListType;
    const entries = row.entries as Record<string, unknown>[];
    const base = `${row.agencyName}${LIST_TYPE_LABELS[listType]}（第${row.version}版）`;
    if (format === 'csv') return { fileName: `${base}.csv`, contentType: CSV_TYPE, body: csv(listType, entries) };
    const caption = [
      `${row.agencyName} ${LIST_TYPE_LABELS[listType]}`,
      `版本：第 ${row.version} 版（${LIST_STATUS_LABELS[row.status]}）`,
      `施行日期：${row.effectiveFrom}`,
      row.publishedAt ? `公布时间：${row.publishedAt.toISOString()}` : '尚未公布',
      row.contentHash ? `内容摘要（SM3）：${row.contentHash}` : '',
      `修订说明：${row.changeReason}`,
    ]
      .filter(Boolean)
      .join('\n');
    return { fileName: `${base}.xlsx`, contentType: XLSX_TYPE, body: await workbook(listType, entries, caption) };
  }
}

async function publishedRowIn(
  tx: Tx,
  agencyId: string,
  listType: ListType,
  version?: number,
): Promise<ListRow | undefined> {
  const [r] = await tx
    .select()
    .from(catalogueLists)
    .where(
      and(
        eq(catalogueLists.agencyId, agencyId),
        eq(catalogueLists.listType, listType),
        version === undefined
          ? eq(catalogueLists.status, 'PUBLISHED')
          : and(eq(catalogueLists.version, version), inArray(catalogueLists.status, [...PUBLIC])),
      ),
    );
  return r;
}
