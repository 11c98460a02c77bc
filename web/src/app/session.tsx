import { useQuery } from '@tanstack/react-query';
import type { MetaInfo, SessionInfo } from '@zhifa/contracts';
import { createContext, useContext } from 'react';
import { api, isApiError, setCsrfToken } from './api';

export const sessionKey = ['session'] as const;

/** The current session, or null when signed out. */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await api.get<SessionInfo>('/api/auth/session', { allowUnauthenticated: true });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (e) {
    if (isApiError(e, 'UNAUTHENTICATED')) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: Number.POSITIVE_INFINITY, retry: false });
}

const SessionContext = createContext<SessionInfo | null>(null);
export const SessionProvider = SessionContext.Provider;

/** The signed-in session; only usable inside the staff shell, which guarantees one. */
export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}

export function useAbility(ability: string): boolean {
  return useSession().user.abilities.includes(ability);
}

export type { MetaInfo } from '@zhifa/contracts';

export function useMeta() {
  return useQuery({
    queryKey: ['meta'],
    queryFn: () => api.get<MetaInfo>('/api/meta', { allowUnauthenticated: true }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The user's own agency when all of their role grants are in one agency (a sensible default for forms). */
export function useHomeAgencyId(): string | undefined {
  const ids = new Set(useSession().user.roles.flatMap((r) => (r.agencyId ? [r.agencyId] : [])));
  return ids.size === 1 ? [...ids][0] : undefined;
}
