import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';

export { useCatalog } from '../framework/queries';

/**
 * Economics keys live under ['ws', 'economics']; a change to an economics table
 * stales the whole workspace prefix (see keysForTables), which includes them.
 * A scenario's cells live under the matrix prefix, so role changes refresh them.
 */
export const economicsKeys = {
  all: () => ['ws', 'economics'] as const,
  data: (scenarioId: string) => ['ws', 'economics', scenarioId] as const,
  scenarioCells: (scenarioId: string) => [...queryKeys.ws.matrixAll(), 'scenarioCells', scenarioId] as const,
};

export function useEconomics(scenarioId: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: economicsKeys.data(scenarioId ?? ''),
    queryFn: () => unwrap(client.call('economics.get', { scenarioId: scenarioId! })),
    enabled: scenarioId !== null,
  });
}

/** Every set cell of the scenario in every lens: a customer type's lens and all customers. */
export function useScenarioCells(scenarioId: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: economicsKeys.scenarioCells(scenarioId ?? ''),
    queryFn: () => unwrap(client.call('matrix.scenarioCells', { scenarioId: scenarioId! })),
    enabled: scenarioId !== null,
  });
}
