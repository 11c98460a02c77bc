import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OfficerListItem, Paged, RecordDetail, RecordSummary } from '@zhifa/contracts';
import { api, isApiError, queryString } from '../../app/api';

export interface RecordFilters {
  agencyId?: string;
  kind?: string;
  ownerType?: string;
  ownerId?: string;
  q?: string;
}

export const recordKeys = {
  all: ['records'] as const,
  list: (filters: RecordFilters, page: number, pageSize: number) =>
    ['records', 'list', filters, page, pageSize] as const,
  detail: (id: string, reason: string) => ['records', 'detail', id, reason] as const,
};

export function useRecords(filters: RecordFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: recordKeys.list(filters, page, pageSize),
    queryFn: () => api.get<Paged<RecordSummary>>(`/api/records${queryString({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

/**
 * A restricted record answers 400 VALIDATION with a field `reason` until a reason for looking at it is given
 * (the reason goes into the access register); the page then asks for it and retries.
 */
export function needsAccessReason(e: unknown): boolean {
  return isApiError(e, 'VALIDATION') && e.fields.some((f) => f.path === 'reason');
}

export function useRecord(id: string, reason: string) {
  return useQuery({
    queryKey: recordKeys.detail(id, reason),
    queryFn: () => api.get<RecordDetail>(`/api/records/${encodeURIComponent(id)}${queryString({ reason })}`),
    retry: (count, e) => !isApiError(e) && count < 2,
    // every fetch writes an access record (调阅记录): do not refetch on window focus
    refetchOnWindowFocus: false,
  });
}

/** Adds `reason` to a file or package URL of a restricted record. */
export function withReason(url: string, reason: string): string {
  if (!reason) return url;
  return `${url}${url.includes('?') ? '&' : '?'}reason=${encodeURIComponent(reason)}`;
}

/** Officers of one agency, for pickers and for showing names of the ids kept in metadata. */
export function useAgencyOfficers(agencyId: string | undefined) {
  return useQuery({
    queryKey: ['officers', 'of-agency', agencyId ?? ''],
    queryFn: () => api.get<Paged<OfficerListItem>>(`/api/officers${queryString({ agencyId, page: 1, pageSize: 200 })}`),
    enabled: Boolean(agencyId),
    staleTime: 60_000,
  });
}
