import type { journeyTables } from '@shared/contract/journeys';
import { queryKeys, type TableKeys } from '../../api/queryKeys';

const journeys = [queryKeys.ws.journeys(), queryKeys.ws.counts()];

/** What a change to the journeys' tables makes stale (every journey query is under the journeys prefix). */
export const journeyTableKeys: TableKeys<(typeof journeyTables)[number]> = {
  journeys,
  journey_steps: journeys,
};
