import { useCallback, useMemo, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The URL hash, re-read on every hashchange. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash, () => '');
}

/**
 * A page's view as kept in the URL hash, so a reload, a bookmark or Back shows
 * it again. Changes replace the history entry (trying lenses should not fill
 * Back with every one seen) and then say so with a hashchange event, which
 * replaceState itself does not fire. `parse` and `format` must be stable.
 */
export function useHashRoute<R>(parse: (hash: string) => R, format: (route: R) => string): [R, (patch: Partial<R>) => void] {
  const hash = useHash();
  const route = useMemo(() => parse(hash), [parse, hash]);
  const update = useCallback(
    (patch: Partial<R>) => {
      const next = format({ ...parse(window.location.hash), ...patch });
      if (next === window.location.hash) return;
      window.history.replaceState(window.history.state, '', next);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    },
    [parse, format],
  );
  return [route, update];
}
