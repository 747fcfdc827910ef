import type { presentTables } from '@shared/contract/present';
import type { TableKeys } from '../../api/queryKeys';

/** Under ['ws', ...], so closing or switching the workspace drops them. */
export const presentKeys = {
  all: () => ['ws', 'present'] as const,
  deck: () => ['ws', 'present', 'deck'] as const,
  state: () => ['ws', 'present', 'state'] as const,
};

/**
 * What a change to the present tables makes stale: the deck. Which slide is on
 * screen is not in the workspace, so no table change stales it (it is polled).
 */
export const presentTableKeys: TableKeys<(typeof presentTables)[number]> = {
  deck_slides: [presentKeys.deck()],
};
