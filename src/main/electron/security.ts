import type { PreventableEvent, WebContentsLike, WindowOpenDetails, WindowOpenResponse } from './electron-types';
import { isPresenterRoute } from './presenter-window';
import type { WindowOptions } from './window-options';

/**
 * Is `url` the app itself? For a file:// app that means the same file (any
 * hash or query, which client-side routing uses); for the dev server the same
 * origin.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname && target.host === app.host;
  if (app.protocol !== 'http:' && app.protocol !== 'https:') return false;
  return target.origin === app.origin;
}

/** Only IPC from the app's own page reaches the core; never from a navigated-away or embedded frame. */
export function isTrustedSender(frameUrl: string | null | undefined, appUrl: string): boolean {
  return typeof frameUrl === 'string' && frameUrl !== '' && isAppUrl(frameUrl, appUrl);
}

/** Links leave the app only for https, and never with credentials in the URL. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
  } catch {
    return false;
  }
}

export function guardNavigation(event: PreventableEvent, url: string, appUrl: string): void {
  if (!isAppUrl(url, appUrl)) event.preventDefault();
}

/** The one window the app may open itself: its own page on the presenter route, built with these options. */
export interface PresenterWindowPolicy {
  appUrl: () => string;
  windowOptions: () => WindowOptions;
}

/**
 * No window may open inside the app except present mode's presenter view (the
 * app's own page, with the main window's locked-down options); https links go
 * to the system browser instead.
 */
export function createWindowOpenHandler(
  openExternal: (url: string) => Promise<void>,
  presenter?: PresenterWindowPolicy,
): (details: WindowOpenDetails) => WindowOpenResponse {
  return ({ url }) => {
    if (presenter && isAppUrl(url, presenter.appUrl()) && isPresenterRoute(url)) {
      return { action: 'allow', overrideBrowserWindowOptions: presenter.windowOptions() };
    }
    if (isAllowedExternalUrl(url)) void openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  };
}

/** Camera, notifications, clipboard reads, geolocation...: the app needs none of them. */
export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/**
 * Locks down every WebContents the app creates (main window, the presenter
 * view, dev tools, anything a bug or an injected script might open).
 */
export function applyWebContentsSecurity(
  contents: WebContentsLike,
  appUrl: () => string,
  openExternal: (url: string) => Promise<void>,
  presenterOptions?: () => WindowOptions,
): void {
  contents.on('will-navigate', (event, url) => guardNavigation(event, url, appUrl()));
  contents.on('will-redirect', (event, url) => guardNavigation(event, url, appUrl()));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  const presenter = presenterOptions ? { appUrl, windowOptions: presenterOptions } : undefined;
  contents.setWindowOpenHandler(createWindowOpenHandler(openExternal, presenter));
}
