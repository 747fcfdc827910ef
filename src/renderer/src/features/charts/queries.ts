import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MatrixCell } from '@shared/domain/types';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';

export { useCatalog } from '../framework/queries';

/** Under the matrix prefix, so every `workspace.changed` that stales the matrix stales this too. */
export const scenarioCellsKey = (scenarioId: string) => [...queryKeys.ws.matrixAll(), 'scenarioCells', scenarioId] as const;

/** Every set cell of one scenario in every lens (what the charts across lenses read). */
export function useScenarioCells(scenarioId: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: scenarioCellsKey(scenarioId ?? ''),
    queryFn: (): Promise<MatrixCell[]> => unwrap(client.call('matrix.scenarioCells', { scenarioId: scenarioId! })),
    enabled: scenarioId !== null,
    placeholderData: keepPreviousData,
  });
}
