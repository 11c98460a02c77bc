import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LawSummary } from '@zhifa/contracts';
import { api, queryString } from '../../app/api';

export interface LawProvisionView {
  id: string;
  article: number;
  paragraph: number | null;
  item: number | null;
  text: string;
}

export interface LawVersionView {
  id: string;
  label: string;
  issuingDocument: string;
  promulgatedOn: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  /** the number of provisions */
  provisions: number;
  provisionList: LawProvisionView[];
}

/** GET /api/laws/:id: the law with every version and its provisions. */
export interface LawDetail extends Omit<LawSummary, 'versions'> {
  versions: LawVersionView[];
}

export const lawKeys = {
  all: ['laws'] as const,
  list: (q: string) => ['laws', 'list', q] as const,
  detail: (id: string) => ['laws', 'detail', id] as const,
};

export function useLaws(q = '') {
  return useQuery({
    queryKey: lawKeys.list(q),
    queryFn: () => api.get<LawSummary[]>(`/api/laws${queryString({ q })}`),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useLaw(id: string) {
  return useQuery({
    queryKey: lawKeys.detail(id),
    queryFn: () => api.get<LawDetail>(`/api/laws/${encodeURIComponent(id)}`),
  });
}
