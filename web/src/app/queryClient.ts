import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api';

/** Retries only what may succeed on a second try: network failures and server errors. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      staleTime: 15_000,
      retry: (count, error) => {
        if (isApiError(error) && error.code !== 'NETWORK' && error.code !== 'INTERNAL') return false;
        return count < 2;
      },
    },
    mutations: { retry: false },
  },
});
