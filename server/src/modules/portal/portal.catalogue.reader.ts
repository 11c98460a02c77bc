import { LIST_TYPES, type ListType } from '@zhifa/contracts';
import { AppError } from '../../platform/errors';
import type { Services } from '../../services';
import type { PublishedList, PublishedVersion } from '../catalogue/catalogue.service';
import type { IndexRow } from './portal.catalogue.pages';
import type { SearchResults } from './portal.catalogue.search';

/**
 * What the catalogue pages read, through the public functions of the catalogue service (published
 * versions only; no session). "Not published" comes back as null so that a page can say so.
 */
export interface CatalogueReader {
  /** Every list type with its current published version (or null). */
  currentVersions(agencyId: string): Promise<IndexRow[]>;
  /** The current published version, or version n of the history; null when there is none. */
  published(agencyId: string, listType: ListType, version?: number): Promise<PublishedList | null>;
  versions(agencyId: string, listType: ListType): Promise<PublishedVersion[]>;
  search(q: string, opts: { listType?: ListType; page: number; pageSize: number }): Promise<SearchResults>;
}

export function catalogueReader(services: Services): CatalogueReader {
  const { catalogue } = services;
  return {
    async currentVersions(agencyId) {
      // publishedTypes lacks the effective date and the entry count; each published type's history has both.
      const types = await catalogue.publishedTypes(agencyId);
      const current = new Map<ListType, PublishedVersion>();
      for (const t of types) {
        const v = (await catalogue.versions(agencyId, t.listType)).find((x) => x.status === 'PUBLISHED');
        if (v) current.set(t.listType, v);
      }
      return LIST_TYPES.map((listType) => ({ listType, current: current.get(listType) ?? null }));
    },
    async published(agencyId, listType, version) {
      try {
        return await catalogue.publishedList(agencyId, listType, version);
      } catch (err) {
        if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
        throw err;
      }
    },
    versions: (agencyId, listType) => catalogue.versions(agencyId, listType),
    async search(q, opts) {
      const r = await catalogue.search(q, opts);
      return { items: r.items, total: r.total, page: r.page, pageSize: r.pageSize };
    },
  };
}
