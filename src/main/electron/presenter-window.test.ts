import { describe, expect, it } from 'vitest';
import type { DisplayLike } from './electron-types';
import { isPresenterRoute, presenterBounds, presenterWindowOptions, SHARED_SCREEN_SIZE } from './presenter-window';
import { createWindowOptions } from './window-options';

const LAPTOP: DisplayLike = { id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const PROJECTOR: DisplayLike = { id: 7, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

describe('the presenter route', () => {
  it('matches #/present/presenter, alone or followed by ? or /', () => {
    for (const hash of ['#/present/presenter', '#/present/presenter?x=1', '#/present/presenter/']) {
      expect(isPresenterRoute(`file:///app/index.html${hash}`), hash).toBe(true);
    }
    for (const url of ['file:///app/index.html#/present', 'file:///app/index.html#/present/presenterx', 'file:///app/index.html#/present/show', 'file:///app/present/presenter', 'nope']) {
      expect(isPresenterRoute(url), url).toBe(false);
    }
  });
});

describe('presenter bounds', () => {
  it('fills another screen than the current one', () => {
    expect(presenterBounds([LAPTOP, PROJECTOR], LAPTOP.id)).toEqual(PROJECTOR.workArea);
    expect(presenterBounds([LAPTOP, PROJECTOR], PROJECTOR.id)).toEqual(LAPTOP.workArea);
  });

  it('with one screen, centres a window no bigger than the work area', () => {
    expect(presenterBounds([PROJECTOR], PROJECTOR.id)).toEqual({ x: 1440 + 320, y: 140, ...SHARED_SCREEN_SIZE });
    const small: DisplayLike = { id: 2, workArea: { x: 0, y: 0, width: 1024, height: 700 } };
    expect(presenterBounds([small], small.id)).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it('gives no bounds without screens', () => {
    expect(presenterBounds([], 1)).toBeNull();
  });
});

describe('presenter window options', () => {
  const base = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', isPackaged: true, dark: true });

  it('keeps the main window security, shows at once and takes the bounds', () => {
    const options = presenterWindowOptions(base, PROJECTOR.workArea);
    expect(options.webPreferences).toEqual(base.webPreferences);
    expect(options.webPreferences).not.toBe(base.webPreferences);
    expect(options).toMatchObject({ show: true, backgroundColor: base.backgroundColor, ...PROJECTOR.workArea });
  });

  it('lets a small screen set the minimum size, and leaves placement to Electron without bounds', () => {
    const small = presenterWindowOptions(base, { x: 0, y: 0, width: 800, height: 480 });
    expect(small).toMatchObject({ minWidth: 800, minHeight: 480 });
    const unplaced = presenterWindowOptions(base, null);
    expect(unplaced.x).toBeUndefined();
    expect(unplaced).toMatchObject({ show: true, width: base.width, height: base.height });
  });
});
