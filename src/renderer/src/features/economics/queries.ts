import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { economicsKeys } from './tableKeys';

export { useCatalog } from '../framework';
export { economicsKeys };

export function useEconomics(scenarioId: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: economicsKeys.data(scenarioId ?? ''),
    queryFn: () => unwrap(client.call('economics.get', { scenarioId: scenarioId! })),
    enabled: scenarioId !== null,
  });
}
