import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';

export { useCatalog } from '../framework/queries';

/**
 * Economics keys live under ['ws', 'economics']; a change to an economics table
 * stales the whole workspace prefix (see keysForTables), which includes them.
 */
export const economicsKeys = {
  all: () => ['ws', 'economics'] as const,
  data: (scenarioId: string) => ['ws', 'economics', scenarioId] as const,
};

export function useEconomics(scenarioId: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: economicsKeys.data(scenarioId ?? ''),
    queryFn: () => unwrap(client.call('economics.get', { scenarioId: scenarioId! })),
    enabled: scenarioId !== null,
  });
}
