import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListDiff, ListType, ListVersionDetail, ListVersionSummary, Paged } from '@zhifa/contracts';
import { api, queryString } from '../../app/api';

export type { ListType } from '@zhifa/contracts';

/** The list types in the order the menu and the portal show them. */
export const LIST_TYPE_ORDER: ListType[] = [
  'ITEMS',
  'RANDOM_INSPECTION',
  'SERVICE_GUIDES',
  'CHANNELS',
  'REVIEW_CATALOGUE',
  'BENCHMARKS',
  'NO_PENALTY',
  'REDUCED_PENALTY',
  'LIGHTER_PENALTY',
  'NO_COERCIVE_MEASURE',
  'JURISDICTION_PROFILE',
];

export function isListType(v: string | null | undefined): v is ListType {
  return Boolean(v) && (LIST_TYPE_ORDER as string[]).includes(v as string);
}

/** A version list page, with what the user may do for this agency and list type (computed by the server). */
export type ListVersionPage = Paged<ListVersionSummary> & {
  abilities?: { newVersion?: boolean; import?: boolean; edit?: boolean };
};

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

/** An import checked row by row in the background (catalogue_imports). */
export interface CatalogueImportView {
  id: string;
  agencyId: string;
  listType: ListType;
  status: 'CHECKING' | 'CHECKED' | 'APPLIED' | 'FAILED';
  fileName: string;
  totalRows: number;
  checkedRows: number;
  /** entries that passed every check and would be applied */
  validEntries: number;
  errors: ImportRowError[];
  /** problems that do not block the import (e.g. a benchmark code not found yet) */
  warnings: ImportRowError[];
  failure: string | null;
  appliedAt: string | null;
}

export const catalogueKeys = {
  all: ['catalogue'] as const,
  lists: (agencyId: string, listType: string, page: number, pageSize: number) =>
    ['catalogue', 'lists', agencyId, listType, page, pageSize] as const,
  detail: (id: string) => ['catalogue', 'detail', id] as const,
  diff: (id: string, against: string) => ['catalogue', 'diff', id, against] as const,
  import: (id: string) => ['catalogue', 'import', id] as const,
};

export function useListVersions(agencyId: string | undefined, listType: ListType, page: number, pageSize: number) {
  return useQuery({
    queryKey: catalogueKeys.lists(agencyId ?? '', listType, page, pageSize),
    queryFn: () =>
      api.get<ListVersionPage>(`/api/catalogue/lists${queryString({ agencyId, listType, page, pageSize })}`),
    enabled: Boolean(agencyId),
    placeholderData: keepPreviousData,
  });
}

export function useListVersion(id: string, enabled = true) {
  return useQuery({
    queryKey: catalogueKeys.detail(id),
    queryFn: () => api.get<ListVersionDetail>(`/api/catalogue/lists/${encodeURIComponent(id)}`),
    enabled: enabled && Boolean(id),
  });
}

export function useListDiff(id: string, against: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.diff(id, against ?? ''),
    queryFn: () => api.get<ListDiff>(`/api/catalogue/lists/${encodeURIComponent(id)}/diff${queryString({ against })}`),
    enabled: Boolean(against),
  });
}

export function exportHref(id: string, format: 'xlsx' | 'csv'): string {
  return `/api/catalogue/lists/${encodeURIComponent(id)}/export?format=${format}`;
}

export function templateHref(listType: ListType): string {
  return `/api/catalogue/template/${listType}`;
}

/** The public portal page of an agency's list (served by the server, outside the staff app). */
export function portalHref(agencyId: string, listType: ListType): string {
  return `/agencies/${encodeURIComponent(agencyId)}/catalogue/${listType}`;
}

export function importsBase(agencyId: string, listType: ListType): string {
  return `/api/catalogue/agencies/${encodeURIComponent(agencyId)}/${listType}/imports`;
}
