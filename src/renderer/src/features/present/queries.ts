import { useQuery } from '@tanstack/react-query';
import type { PresentState } from '@shared/contract/present';
import type { Deck } from '@shared/present/deck';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';

export { useCatalog } from '../framework/queries';

/**
 * Under ['ws', ...]: a change to deck_slides (a table the key map does not
 * list) stales the whole workspace prefix, which includes these.
 */
export const presentKeys = {
  all: () => ['ws', 'present'] as const,
  deck: () => ['ws', 'present', 'deck'] as const,
  state: () => ['ws', 'present', 'state'] as const,
};

export function useDeck() {
  const client = useApiClient();
  return useQuery({
    queryKey: presentKeys.deck(),
    queryFn: (): Promise<Deck> => unwrap(client.call('present.deck', {})),
  });
}

/**
 * Which slide is on screen, as the core knows it. Polled while a show or the
 * presenter view is open: changing slides is not a workspace change, so no
 * event announces it to a window in another browser.
 */
export function usePresentState(pollMs: number | false) {
  const client = useApiClient();
  return useQuery({
    queryKey: presentKeys.state(),
    queryFn: (): Promise<PresentState> => unwrap(client.call('present.state', {})),
    refetchInterval: pollMs,
  });
}
