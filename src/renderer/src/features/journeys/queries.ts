import { useQueries, useQuery } from '@tanstack/react-query';
import type { JourneyDetail } from '@shared/domain/journeys';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';

export { useCatalog } from '../framework';
export { useMatrix } from '../matrix';

/** Under queryKeys.ws.journeys(), so a change to the journey tables refreshes all of them. */
export const journeyKeys = {
  list: () => [...queryKeys.ws.journeys(), 'list'] as const,
  detail: (id: string) => [...queryKeys.ws.journeys(), 'detail', id] as const,
};

export function useJourneys() {
  const client = useApiClient();
  return useQuery({ queryKey: journeyKeys.list(), queryFn: () => unwrap(client.call('journeys.list', {})) });
}

export function useJourney(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: journeyKeys.detail(id), queryFn: () => unwrap(client.call('journeys.get', { id })), retry: false });
}

/** Several journeys at once (the curves laid over this one's); in the order of `ids`. */
export function useJourneyDetails(ids: readonly string[]): (JourneyDetail | undefined)[] {
  const client = useApiClient();
  return useQueries({
    queries: ids.map((id) => ({ queryKey: journeyKeys.detail(id), queryFn: () => unwrap(client.call('journeys.get', { id })) })),
  }).map((result) => result.data);
}
