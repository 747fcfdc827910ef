import type { SYNC_STATUS_TABLE } from '@shared/contract/sync';
import { queryKeys, type TableKeys } from '../../api/queryKeys';

/** The sync status and conflicts, announced under a name of their own (the sync bookkeeping is not journaled). */
export const syncTableKeys: TableKeys<typeof SYNC_STATUS_TABLE> = {
  sync_status: [queryKeys.ws.sync()],
};
