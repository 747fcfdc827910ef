import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatFindingsHash, parseFindingsHash, type FindingsRoute } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The Findings view as kept in the URL hash; changes replace the entry, as the matrix's do. */
export function useFindingsRoute(): [FindingsRoute, (patch: Partial<FindingsRoute>) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  const route = useMemo(() => parseFindingsHash(hash), [hash]);
  const update = useCallback((patch: Partial<FindingsRoute>) => {
    const next = formatFindingsHash({ ...parseFindingsHash(window.location.hash), ...patch });
    if (next === window.location.hash) return;
    window.history.replaceState(window.history.state, '', next);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, []);
  return [route, update];
}
