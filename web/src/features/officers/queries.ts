import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OfficerDetail, OfficerListItem, Paged } from '@zhifa/contracts';
import { api, queryString } from '../../app/api';

export interface OfficerFilters {
  agencyId?: string;
  unitId?: string;
  q?: string;
  certificateStatus?: string;
  legalReviewer?: 'true' | 'false';
}

export type OfficerPage = Paged<OfficerListItem> & { abilities: { create: boolean; import: boolean; export: boolean } };

export const officerKeys = {
  all: ['officers'] as const,
  list: (filters: OfficerFilters, page: number, pageSize: number) =>
    ['officers', 'list', filters, page, pageSize] as const,
  detail: (id: string) => ['officers', 'detail', id] as const,
};

export function useOfficers(filters: OfficerFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: officerKeys.list(filters, page, pageSize),
    queryFn: () => api.get<OfficerPage>(`/api/officers${queryString({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
  });
}

export function useOfficer(id: string) {
  return useQuery({
    queryKey: officerKeys.detail(id),
    queryFn: () => api.get<OfficerDetail>(`/api/officers/${encodeURIComponent(id)}`),
  });
}
