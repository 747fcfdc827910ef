import type { findingsTables } from '@shared/contract/findings';
import { queryKeys, type TableKeys } from '../../api/queryKeys';

export const thresholdsKey = () => [...queryKeys.ws.all, 'findings', 'thresholds'] as const;

/** What a change to the findings' tables makes stale. */
export const findingsTableKeys: TableKeys<(typeof findingsTables)[number]> = {
  findings_thresholds: [thresholdsKey()],
};
