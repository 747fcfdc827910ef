import type { matrixTables } from '@shared/contract/matrix';
import { queryKeys, type TableKeys } from '../../api/queryKeys';

/** What a change to the matrix's tables makes stale (every lens and the scenario cells are under the matrix prefix). */
export const matrixTableKeys: TableKeys<(typeof matrixTables)[number]> = {
  matrix_cells: [queryKeys.ws.matrixAll(), queryKeys.ws.counts()],
};
