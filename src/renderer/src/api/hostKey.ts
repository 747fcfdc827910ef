import { keyFromFragment } from '@shared/host/address';

const STORAGE_KEY = 'channelwise.hostKey';

export interface KeyPlace {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
  /** This tab's sessionStorage, or null where the browser refuses it. */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
}

/**
 * The browser host's key for this tab. Opened from the address Channelwise
 * printed (`/#k=<key>`), the key moves out of the address bar (so it is not
 * bookmarked, copied or shown on a projector) into sessionStorage, which keeps
 * it across reloads and hands it to the presenter window. Null when the page
 * was opened without it.
 */
export function takeHostKey(place: KeyPlace): string | null {
  const found = keyFromFragment(place.location.hash);
  if (found) {
    try {
      place.storage?.setItem(STORAGE_KEY, found.key);
    } catch {
      // Storage full or refused: the key still works for this page.
    }
    place.history.replaceState(null, '', `${place.location.pathname}${place.location.search}${found.rest}`);
    return found.key;
  }
  try {
    return place.storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** takeHostKey on the real page. */
export function takePageHostKey(): string | null {
  let storage: Storage | null;
  try {
    storage = window.sessionStorage;
  } catch {
    storage = null;
  }
  return takeHostKey({ location: window.location, history: window.history, storage });
}

/**
 * Opening the address with a new key (after Channelwise restarted) in a tab
 * that already runs the app only changes the fragment, which reloads nothing:
 * keep the new key and start again with it.
 */
export function reloadOnNewHostKey(): void {
  window.addEventListener('hashchange', () => {
    if (keyFromFragment(window.location.hash) === null) return;
    takePageHostKey();
    window.location.reload();
  });
}
