import { useCallback, useSyncExternalStore } from 'react';
import { journeyHash, journeyIdFromHash } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The open journey (from #/journeys?id=..) and a way to open another or go back to the list. */
export function useJourneyRoute(): [string | null, (id: string | null) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  const open = useCallback((id: string | null) => {
    window.location.hash = journeyHash(id);
  }, []);
  return [journeyIdFromHash(hash), open];
}
