import { useEffect, useLayoutEffect, useRef, useState } from 'react';

const HC_KEY = 'channelwise.present.highContrast';

function readHighContrast(): boolean {
  try {
    return window.localStorage.getItem(HC_KEY) === 'true';
  } catch {
    return false;
  }
}

/** The presenter's "high contrast while presenting" choice, remembered in this browser. */
export function useShowHighContrast(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(readHighContrast);
  const set = (value: boolean) => {
    setOn(value);
    try {
      window.localStorage.setItem(HC_KEY, String(value));
    } catch {
      // Storage may be unavailable; the choice still holds for this show.
    }
  };
  return [on, set];
}

/**
 * While `active`, the page uses the high-contrast theme (the same CSS
 * variables the setting switches), and puts the user's theme back after.
 */
export function useThemeOverride(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const root = document.documentElement;
    const before = root.dataset.theme;
    root.dataset.theme = 'high-contrast';
    return () => {
      if (before === undefined) delete root.dataset.theme;
      else root.dataset.theme = before;
    };
  }, [active]);
}

/**
 * Full screen for the show. A browser may refuse (no user gesture, a policy,
 * an embedded frame): then the show fills the window and says so. Leaving
 * full screen by the browser's own Esc leaves the show too.
 */
export function useFullscreen(onLeft: () => void): { refused: boolean } {
  const [refused, setRefused] = useState(() => typeof document.documentElement.requestFullscreen !== 'function');
  const left = useRef(onLeft);
  useLayoutEffect(() => {
    left.current = onLeft;
  });
  useEffect(() => {
    const root = document.documentElement;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) left.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (typeof root.requestFullscreen === 'function' && !document.fullscreenElement) {
      root.requestFullscreen().catch(() => setRefused(true));
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  return { refused };
}
