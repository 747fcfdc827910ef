import type { SNAPSHOTS_TABLE } from '@shared/contract/history';
import { queryKeys, type TableKeys } from '../../api/queryKeys';

/** The snapshots list, announced under a table name of its own (snapshots are not journaled). */
export const historyTableKeys: TableKeys<typeof SNAPSHOTS_TABLE> = {
  snapshots: [queryKeys.ws.snapshots()],
};
