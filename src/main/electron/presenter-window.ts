import type { DisplayLike, Rectangle } from './electron-types';
import type { WindowOptions } from './window-options';

/**
 * Present mode's presenter view: the one window the app itself may open
 * (renderer: features/present, `window.open(... + '#/present/presenter')`).
 */
const PRESENTER_ROUTE = /^#\/present\/presenter(?:[?/]|$)/;

export function isPresenterRoute(url: string): boolean {
  try {
    return PRESENTER_ROUTE.test(new URL(url).hash);
  } catch {
    return false;
  }
}

/** The size the presenter view gets when it has to share the screen with the show. */
export const SHARED_SCREEN_SIZE = { width: 1280, height: 800 } as const;

/**
 * Where the presenter view goes: filling another screen than the show's (the
 * one the user just clicked on), or, with a single screen, a window centred on
 * that one, no bigger than its work area. Null when Electron reports no screen.
 */
export function presenterBounds(displays: readonly DisplayLike[], currentDisplayId: number): Rectangle | null {
  const other = displays.find((d) => d.id !== currentDisplayId);
  if (other) return { ...other.workArea };
  const current = displays.find((d) => d.id === currentDisplayId) ?? displays[0];
  if (!current) return null;
  const area = current.workArea;
  const width = Math.min(SHARED_SCREEN_SIZE.width, area.width);
  const height = Math.min(SHARED_SCREEN_SIZE.height, area.height);
  return {
    x: area.x + Math.floor((area.width - width) / 2),
    y: area.y + Math.floor((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * The presenter window: the main window's locked-down options (same sandbox,
 * isolation and preload), placed by presenterBounds. Shown at once, since no
 * one waits for its ready-to-show as for the main window.
 */
export function presenterWindowOptions(base: WindowOptions, bounds: Rectangle | null): WindowOptions {
  const options: WindowOptions = { ...base, webPreferences: { ...base.webPreferences }, show: true };
  if (!bounds) return options;
  return {
    ...options,
    ...bounds,
    // A small second screen must not be overruled by the main window's minimum size.
    minWidth: Math.min(base.minWidth, bounds.width),
    minHeight: Math.min(base.minHeight, bounds.height),
  };
}
