import { describe, expect, it } from 'vitest';
import type { PreventableEvent, WebContentsLike, WindowOpenDetails, WindowOpenResponse } from './electron-types';
import {
  applyWebContentsSecurity,
  createWindowOpenHandler,
  denyPermissionCheck,
  denyPermissionRequest,
  guardNavigation,
  isAllowedExternalUrl,
  isAppUrl,
  isTrustedSender,
} from './security';
import { createWindowOptions } from './window-options';

const FILE_APP = 'file:///opt/channelwise/out/renderer/index.html';
const DEV_APP = 'http://localhost:5173/';

function event(): PreventableEvent & { prevented: boolean } {
  const e = { prevented: false, preventDefault: () => (e.prevented = true) };
  return e;
}

describe('navigation and senders', () => {
  it('treats the same file (any hash/query) or the dev origin as the app', () => {
    expect(isAppUrl('file:///opt/channelwise/out/renderer/index.html#/matrix', FILE_APP)).toBe(true);
    expect(isAppUrl('file:///opt/channelwise/out/renderer/other.html', FILE_APP)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', FILE_APP)).toBe(false);
    expect(isAppUrl('http://localhost:5173/journeys', DEV_APP)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV_APP)).toBe(false);
    expect(isAppUrl('https://evil.example/', DEV_APP)).toBe(false);
    expect(isAppUrl('not a url', DEV_APP)).toBe(false);
  });

  it('trusts IPC only from the app page', () => {
    expect(isTrustedSender(FILE_APP, FILE_APP)).toBe(true);
    expect(isTrustedSender('https://evil.example/', FILE_APP)).toBe(false);
    expect(isTrustedSender('', FILE_APP)).toBe(false);
    expect(isTrustedSender(null, FILE_APP)).toBe(false);
    expect(isTrustedSender('about:blank', FILE_APP)).toBe(false);
  });

  it('blocks navigation away from the app', () => {
    const away = event();
    guardNavigation(away, 'https://evil.example/', FILE_APP);
    expect(away.prevented).toBe(true);
    const inApp = event();
    guardNavigation(inApp, `${FILE_APP}#/present`, FILE_APP);
    expect(inApp.prevented).toBe(false);
  });
});

describe('external links and permissions', () => {
  it('allows only plain https links out', () => {
    expect(isAllowedExternalUrl('https://example.com/docs')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.com', 'nope']) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('denies every new window and hands https links to the system browser', async () => {
    const opened: string[] = [];
    const handler = createWindowOpenHandler(async (url) => {
      opened.push(url);
    });
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://example.com/']);
  });

  it('opens only the presenter view of the app itself, with the main window security', async () => {
    const opened: string[] = [];
    const options = { ...createWindowOptions({ preloadPath: '/opt/channelwise/out/preload/index.cjs', isPackaged: true }), x: 1920, y: 0 };
    const presenter = { appUrl: () => FILE_APP, windowOptions: () => options };
    const handler = createWindowOpenHandler(async (url) => {
      opened.push(url);
    }, presenter);
    for (const hash of ['#/present/presenter', '#/present/presenter?slide=2', '#/present/presenter/']) {
      expect(handler({ url: `${FILE_APP}${hash}` }), hash).toEqual({ action: 'allow', overrideBrowserWindowOptions: options });
    }
    const devHandler = createWindowOpenHandler(async () => undefined, { ...presenter, appUrl: () => DEV_APP });
    expect(devHandler({ url: `${DEV_APP}#/present/presenter` })).toMatchObject({ action: 'allow' });
    for (const url of [
      'https://evil.example/#/present/presenter',
      'http://localhost:5174/#/present/presenter',
      'file:///opt/channelwise/out/renderer/other.html#/present/presenter',
      'file:///tmp/index.html#/present/presenter',
      `${FILE_APP}#/present`,
      `${FILE_APP}#/present/show`,
      `${FILE_APP}#/present/presenterx`,
      `${FILE_APP}#/matrix`,
      FILE_APP,
    ]) {
      expect(handler({ url }), url).toEqual({ action: 'deny' });
    }
    expect(handler({ url: 'https://example.com/docs' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(opened).toEqual(['https://evil.example/#/present/presenter', 'https://example.com/docs']);
  });

  it('survives a failing openExternal', async () => {
    const handler = createWindowOpenHandler(() => Promise.reject(new Error('no browser')));
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    denyPermissionRequest({}, 'media', (granted) => answers.push(granted));
    denyPermissionRequest({}, 'clipboard-read', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(denyPermissionCheck()).toBe(false);
  });

  it('wires all guards onto a WebContents', () => {
    const listeners = new Map<string, (e: PreventableEvent, url: string) => void>();
    let openHandler: ((d: WindowOpenDetails) => WindowOpenResponse) | null = null;
    const contents: WebContentsLike = {
      send: () => undefined,
      isDestroyed: () => false,
      on: (name: string, listener: (e: PreventableEvent, url: string) => void) => listeners.set(name, listener),
      setWindowOpenHandler: (handler) => {
        openHandler = handler;
      },
    };
    applyWebContentsSecurity(contents, () => FILE_APP, async () => undefined);
    expect([...listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    const nav = event();
    listeners.get('will-navigate')!(nav, 'https://evil.example/');
    expect(nav.prevented).toBe(true);
    const redirect = event();
    listeners.get('will-redirect')!(redirect, 'https://evil.example/');
    expect(redirect.prevented).toBe(true);
    const webview = event();
    listeners.get('will-attach-webview')!(webview, '');
    expect(webview.prevented).toBe(true);
    expect(openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    // Without a presenter policy not even the app's presenter view opens.
    expect(openHandler!({ url: `${FILE_APP}#/present/presenter` })).toEqual({ action: 'deny' });
    const options = createWindowOptions({ preloadPath: 'p', isPackaged: true });
    applyWebContentsSecurity(contents, () => FILE_APP, async () => undefined, () => options);
    expect(openHandler!({ url: `${FILE_APP}#/present/presenter` })).toEqual({ action: 'allow', overrideBrowserWindowOptions: options });
    expect(openHandler!({ url: 'https://evil.example/#/present/presenter' })).toEqual({ action: 'deny' });
  });
});
