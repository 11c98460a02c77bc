import { useQuery } from '@tanstack/react-query';
import type { AgencyDetail, AgencySummary, RegionView } from '@zhifa/contracts';
import { api } from '../../app/api';

export const agencyKeys = {
  all: ['agencies'] as const,
  detail: (id: string) => ['agencies', id] as const,
};

export function useAgencies(enabled = true) {
  return useQuery({
    queryKey: agencyKeys.all,
    queryFn: () => api.get<AgencySummary[]>('/api/agencies'),
    enabled,
    staleTime: 60_000,
  });
}

export function useAgency(id: string | null | undefined) {
  return useQuery({
    queryKey: agencyKeys.detail(id ?? ''),
    queryFn: () => api.get<AgencyDetail>(`/api/agencies/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}

export function useRegions() {
  return useQuery({
    queryKey: ['regions'],
    queryFn: () => api.get<RegionView[]>('/api/regions'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** code → name, for showing the regions of a certificate. */
export function useRegionNames(): (code: string) => string {
  const regions = useRegions();
  const names = new Map((regions.data ?? []).map((r) => [r.code, r.name]));
  return (code) => names.get(code) ?? code;
}
