import { useQuery } from '@tanstack/react-query';
import type { WorkshopState } from '@shared/domain/workshop';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';

/**
 * Under the votes key: a join or a dot changes the participants and votes
 * tables, whose workspace.changed event refreshes this state on its own.
 */
export const workshopKeys = {
  state: () => [...queryKeys.ws.votes(), 'workshop'] as const,
  results: (id: string) => [...queryKeys.ws.votes(), 'results', id] as const,
  list: () => [...queryKeys.ws.votes(), 'list'] as const,
};

export function useWorkshopState() {
  const client = useApiClient();
  return useQuery({
    queryKey: workshopKeys.state(),
    queryFn: (): Promise<WorkshopState> => unwrap(client.call('workshop.state', {})),
  });
}

export function useVoteResults(id: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: workshopKeys.results(id ?? ''),
    queryFn: () => unwrap(client.call('votes.results', { id: id! })),
    enabled: id !== null,
  });
}
