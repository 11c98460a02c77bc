import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseActionInput, CaseDetail, CaseSummary, Paged } from '@zhifa/contracts';
import { api, isApiError, queryString } from '../../app/api';

export interface CaseFilters {
  q?: string;
  procedure?: string;
  state?: string;
  mine?: 'true';
  urgency?: 'RED' | 'YELLOW' | 'GREEN';
  sort?: 'urgency' | 'updated';
}

export const caseKeys = {
  all: ['cases'] as const,
  list: (filters: CaseFilters, page: number, pageSize: number) => ['cases', 'list', filters, page, pageSize] as const,
  unitAlerts: (page: number, pageSize: number) => ['cases', 'unit-alerts', page, pageSize] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
};

export const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export function useCases(filters: CaseFilters, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: caseKeys.list(filters, page, pageSize),
    queryFn: () => api.get<Paged<CaseSummary>>(`/api/cases${queryString({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A unit head's red and yellow cases (本部门红黄灯案件). */
export function useUnitAlerts(page: number, pageSize: number, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.unitAlerts(page, pageSize),
    queryFn: () => api.get<Paged<CaseSummary>>(`/api/cases/unit-alerts${queryString({ page, pageSize })}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: () => api.get<CaseDetail>(casePath(id)),
    retry: (count, e) => !isApiError(e) && count < 2,
    // every read is audited: no refetch merely because the window regained focus
    refetchOnWindowFocus: false,
  });
}

/**
 * Sends a request that answers with the updated case, then puts that case into the cache (so the page shows
 * the new state, actions and clocks at once) and marks the lists stale.
 */
export function useCaseMutation<V>(caseId: string, send: (v: V) => Promise<CaseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(caseId), detail);
      queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
      queryClient.invalidateQueries({ queryKey: ['cases', 'unit-alerts'] });
    },
  });
}

export function postAction(caseId: string, body: CaseActionInput): Promise<CaseDetail> {
  return api.post<CaseDetail>(`${casePath(caseId)}/actions`, body);
}

/** The case changed since the page loaded it (compare-and-set on the version). */
export const isStale = (e: unknown) => isApiError(e, 'CONFLICT');
export const STALE_MESSAGE = '案件已被他人更新，请刷新后重试';
