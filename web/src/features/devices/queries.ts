import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DeviceView, Paged } from '@zhifa/contracts';
import { api, queryString } from '../../app/api';

export interface DeviceFilters {
  agencyId?: string;
  q?: string;
}

export const deviceKeys = {
  all: ['devices'] as const,
  list: (filters: DeviceFilters, page: number, pageSize: number) =>
    ['devices', 'list', filters, page, pageSize] as const,
  detail: (id: string) => ['devices', 'detail', id] as const,
};

export function useDevices(filters: DeviceFilters, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: deviceKeys.list(filters, page, pageSize),
    queryFn: () => api.get<Paged<DeviceView>>(`/api/devices${queryString({ ...filters, page, pageSize })}`),
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });
}

export function useDevice(id: string | null) {
  return useQuery({
    queryKey: deviceKeys.detail(id ?? ''),
    queryFn: () => api.get<DeviceView>(`/api/devices/${encodeURIComponent(id ?? '')}`),
    enabled: Boolean(id),
  });
}
