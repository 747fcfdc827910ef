import type { matrixMethods } from '@shared/contract/matrix';
import type { AreaHandlers } from '../dispatch';
import type { Workspace } from '../workspace';

/** The matrix methods; `need` gives the open workspace or throws NO_WORKSPACE. */
export function matrixHandlers(need: () => Workspace): AreaHandlers<typeof matrixMethods> {
  return {
    'matrix.get': ({ scenarioId, lens }) => need().matrix.get(scenarioId, lens),
    'matrix.scenarioCells': ({ scenarioId }) => need().matrix.packedScenarioCells(scenarioId),
    'matrix.setCells': (input) => need().matrix.setCells(input),
    'matrix.clearCells': (input) => need().matrix.clearCells(input),
  };
}
