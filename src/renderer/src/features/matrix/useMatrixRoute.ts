import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatMatrixHash, parseMatrixHash, type MatrixRoute } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The matrix view as kept in the URL hash. Changes replace the history entry
 * (switching lenses should not fill Back with every lens seen) and then say so
 * with a hashchange event, which replaceState itself does not fire.
 */
export function useMatrixRoute(): [MatrixRoute, (patch: Partial<MatrixRoute>) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  const route = useMemo(() => parseMatrixHash(hash), [hash]);
  const update = useCallback((patch: Partial<MatrixRoute>) => {
    const next = formatMatrixHash({ ...parseMatrixHash(window.location.hash), ...patch });
    if (next === window.location.hash) return;
    window.history.replaceState(window.history.state, '', next);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, []);
  return [route, update];
}
