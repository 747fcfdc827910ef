import type { workshopTables } from '@shared/contract/workshop';
import { queryKeys, type TableKeys } from '../../api/queryKeys';

const votes = [queryKeys.ws.votes()];

/** What a change to the workshop's tables makes stale: the room's state, results and past votes, all under the votes key. */
export const workshopTableKeys: TableKeys<(typeof workshopTables)[number]> = {
  vote_sessions: votes,
  participants: votes,
  votes,
};
