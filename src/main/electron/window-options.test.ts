import { describe, expect, it } from 'vitest';
import { appPaths, createWindowOptions } from './window-options';

describe('window options', () => {
  it('isolates and sandboxes the renderer', () => {
    const options = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', isPackaged: true });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('waits for ready-to-show, keeps a usable minimum size and matches the theme background', () => {
    const light = createWindowOptions({ preloadPath: 'p', isPackaged: false });
    expect(light.show).toBe(false);
    expect(light.minWidth).toBeLessThanOrEqual(light.width);
    expect(light.minHeight).toBeLessThanOrEqual(light.height);
    expect(light.webPreferences.devTools).toBe(true);
    expect(light.backgroundColor).toBe('#ffffff');
    expect(createWindowOptions({ preloadPath: 'p', isPackaged: false, dark: true }).backgroundColor).toBe('#1e1e1e');
  });

  it('finds the preload and renderer beside the built main bundle', () => {
    const paths = appPaths('file:///app/out/main/index.js');
    expect(paths.preload).toBe('/app/out/preload/index.cjs');
    expect(paths.rendererIndex).toBe('/app/out/renderer/index.html');
    expect(paths.rendererFileUrl).toBe('file:///app/out/renderer/index.html');
  });
});
