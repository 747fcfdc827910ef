import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unpackCells, type PackedCells } from '@shared/domain/packed-cells';
import type { ScenarioCell } from '@shared/domain/types';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';

/** Under the matrix prefix, so every change that stales the matrix stales this too. */
export const scenarioCellsKey = (scenarioId: string) => [...queryKeys.ws.matrixAll(), 'scenarioCells', scenarioId] as const;

/**
 * The cells as objects, made once per fetched answer (the query cache keeps the
 * packed form), however many components read them.
 */
const unpacked = new WeakMap<PackedCells, ScenarioCell[]>();
function unpackOnce(packed: PackedCells): ScenarioCell[] {
  let cells = unpacked.get(packed);
  if (!cells) unpacked.set(packed, (cells = unpackCells(packed)));
  return cells;
}

interface Options<T> {
  keepPrevious: boolean;
  select: (packed: PackedCells) => T;
}

function useScenarioQuery<T>(scenarioId: string | null, { keepPrevious, select }: Options<T>) {
  const client = useApiClient();
  return useQuery({
    queryKey: scenarioCellsKey(scenarioId ?? ''),
    queryFn: async (): Promise<PackedCells> => unwrap(client.call('matrix.scenarioCells', { scenarioId: scenarioId! })),
    enabled: scenarioId !== null,
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    select,
  });
}

const asPacked = (packed: PackedCells): PackedCells => packed;

/**
 * Every set cell of one scenario in every lens: what the charts, findings and
 * economics read across lenses. One cache entry per scenario for all of them.
 * `keepPrevious` shows the last scenario's cells while another one loads.
 */
export function useScenarioCells(scenarioId: string | null, { keepPrevious = false } = {}) {
  return useScenarioQuery(scenarioId, { keepPrevious, select: unpackOnce });
}

/** The same cells as they came (PackedCells), for a reader that indexes them without making objects (the charts). */
export function useScenarioPackedCells(scenarioId: string | null, { keepPrevious = false } = {}) {
  return useScenarioQuery(scenarioId, { keepPrevious, select: asPacked });
}
