import type { presentTables } from '@shared/contract/present';
import type { ReadsTables, TableKeys } from '../../api/queryKeys';

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

/**
 * The deck is built from other areas' tables too: its suggested slides follow the
 * visible scenarios, the journeys and the revealed votes, and a slide whose scenario
 * or lens (customer type, typology, product domain) is gone is left out. Without
 * these, the slide sorter kept a deleted scenario's slides until a reload.
 */
const deck = [presentKeys.deck()];
export const presentReadsTables: ReadsTables = {
  scenarios: deck,
  customer_types: deck,
  typologies: deck,
  product_domains: deck,
  journeys: deck,
  vote_sessions: deck,
};
