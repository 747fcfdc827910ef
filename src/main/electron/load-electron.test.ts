import { describe, expect, it } from 'vitest';
import { isElectronMain, loadElectron } from './load-electron';

describe('loading Electron at run time', () => {
  it('recognises the main-process API by its modules', () => {
    const modules = { app: {}, BrowserWindow: () => undefined, ipcMain: {}, Menu: () => undefined, dialog: {}, shell: {}, nativeTheme: {}, screen: {}, session: {} };
    expect(isElectronMain(modules)).toBe(true);
    expect(isElectronMain({ ...modules, ipcMain: undefined })).toBe(false);
    expect(isElectronMain({ ...modules, screen: undefined })).toBe(false);
    // What plain Node gets from the npm package: the path of the binary.
    expect(isElectronMain({ default: '/node_modules/electron/dist/electron' })).toBe(false);
    expect(isElectronMain(null)).toBe(false);
  });

  it('explains itself when run outside Electron', () => {
    expect(() => loadElectron('node:path')).toThrow(/must be started by Electron/);
  });
});
