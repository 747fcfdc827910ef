import { useQuery } from '@tanstack/react-query';
import type { PresentState } from '@shared/contract/present';
import type { Deck } from '@shared/present/deck';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { presentKeys } from './tableKeys';

export { useCatalog } from '../framework';
export { presentKeys };

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
