import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unpackCells } from '@shared/domain/packed-cells';
import type { MatrixCell } from '@shared/domain/types';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';

/** Under the matrix prefix, so every change that stales the matrix stales this too. */
export const scenarioCellsKey = (scenarioId: string) => [...queryKeys.ws.matrixAll(), 'scenarioCells', scenarioId] as const;

/**
 * Every set cell of one scenario in every lens: what the charts, findings and
 * economics read across lenses. One cache entry per scenario for all of them.
 * `keepPrevious` shows the last scenario's cells while another one loads.
 */
export function useScenarioCells(scenarioId: string | null, { keepPrevious = false } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: scenarioCellsKey(scenarioId ?? ''),
    queryFn: async (): Promise<MatrixCell[]> => unpackCells(await unwrap(client.call('matrix.scenarioCells', { scenarioId: scenarioId! }))),
    enabled: scenarioId !== null,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
  });
}
