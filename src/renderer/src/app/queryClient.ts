import { QueryClient } from '@tanstack/react-query';
import { clientFailureOf, isApiCallError } from '../api/errors';

/**
 * Data changes only through the core, and the core says when (events), so
 * nothing refetches on a timer or on focus. Only a failure to reach the core is
 * worth retrying; the core's own answers are deterministic.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: true,
        retry: (failures, error) =>
          failures < 3 && isApiCallError(error) && clientFailureOf(error.apiError) === 'network',
      },
      mutations: { retry: false },
    },
  });
}
