import { useSyncExternalStore } from 'react';
import { parsePresentRoute, type PresentRoute } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function usePresentRoute(): PresentRoute {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  const { view, start } = parsePresentRoute(hash);
  return { view, start };
}
