import { useSyncExternalStore } from 'react';
import { navItemFor, type NavItem } from './navItems';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current page from the URL hash (#/framework), so Back/Forward and reloads keep the place. */
export function useHashRoute(): NavItem {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return navItemFor(hash);
}
