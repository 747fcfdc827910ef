import { createRequire } from 'node:module';
import type {
  BrowserWindowLike,
  FileFilter,
  IpcMainLike,
  MenuItemTemplate,
  PreventableEvent,
  ScreenLike,
  WebContentsLike,
} from './electron-types';
import type { SafeStorageLike } from './credential-seal';
import type { WindowOptions } from './window-options';

type SaveOptions = { title: string; defaultPath: string; filters: FileFilter[]; properties: 'createDirectory'[] };
type OpenOptions = { title: string; defaultPath: string; filters: FileFilter[]; properties: 'openFile'[] };
type MessageOptions = { type: 'info'; title: string; message: string; detail: string; buttons: string[] };

/** The main-process modules index.ts uses; see electron-types.ts for why these are structural. */
export interface ElectronMain {
  app: {
    readonly isPackaged: boolean;
    enableSandbox(): void;
    requestSingleInstanceLock(): boolean;
    quit(): void;
    whenReady(): Promise<void>;
    getPath(name: 'userData' | 'documents'): string;
    setPath(name: 'userData' | 'sessionData', path: string): void;
    getVersion(): string;
    getLocale(): string;
    addRecentDocument(path: string): void;
    on(event: 'second-instance', listener: (event: PreventableEvent, argv: string[], workingDirectory: string) => void): unknown;
    on(event: 'web-contents-created', listener: (event: PreventableEvent, contents: WebContentsLike) => void): unknown;
    on(event: 'open-file', listener: (event: PreventableEvent, path: string) => void): unknown;
    on(event: 'window-all-closed' | 'activate' | 'will-quit', listener: () => void): unknown;
  };
  BrowserWindow: {
    new (options: WindowOptions): BrowserWindowLike;
    getAllWindows(): BrowserWindowLike[];
    getFocusedWindow(): BrowserWindowLike | null;
  };
  ipcMain: IpcMainLike;
  Menu: {
    buildFromTemplate(template: MenuItemTemplate[]): object;
    setApplicationMenu(menu: object | null): void;
  };
  /** `parent` is a BrowserWindow (Electron types it as BaseWindow, which the structural types do not model). */
  dialog: {
    showSaveDialog(parent: object, options: SaveOptions): Promise<{ canceled: boolean; filePath: string }>;
    showSaveDialog(options: SaveOptions): Promise<{ canceled: boolean; filePath: string }>;
    showOpenDialog(parent: object, options: OpenOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
    showOpenDialog(options: OpenOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
    showMessageBox(parent: object, options: MessageOptions): Promise<{ response: number }>;
    showMessageBox(options: MessageOptions): Promise<{ response: number }>;
    showErrorBox(title: string, content: string): void;
  };
  shell: { openExternal(url: string): Promise<void> };
  nativeTheme: { readonly shouldUseDarkColors: boolean };
  /** Usable only after 'ready' (Electron hands out a lazy proxy before that). */
  screen: ScreenLike;
  /** The OS keychain for sync server passwords (optional: the structural check does not require it). */
  safeStorage?: SafeStorageLike;
  session: {
    defaultSession: {
      setPermissionRequestHandler(
        handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
      ): void;
      setPermissionCheckHandler(handler: () => boolean): void;
    };
  };
}

const REQUIRED = ['app', 'BrowserWindow', 'ipcMain', 'Menu', 'dialog', 'shell', 'nativeTheme', 'screen', 'session'] as const;

export function isElectronMain(mod: unknown): mod is ElectronMain {
  if (typeof mod !== 'object' || mod === null) return false;
  return REQUIRED.every((key) => {
    const value: unknown = Reflect.get(mod, key);
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
  });
}

/**
 * Loads Electron's main-process API at run time, synchronously like a static
 * import would, so the handlers registered before 'ready' (open-file on macOS)
 * are in place in time. createRequire is the ESM way to reach a built-in, and
 * needs no typings for `electron`.
 */
export function loadElectron(specifier = 'electron'): ElectronMain {
  const mod: unknown = createRequire(import.meta.url)(specifier);
  if (!isElectronMain(mod)) {
    throw new Error('Channelwise must be started by Electron (run `npm start`), not by plain Node.');
  }
  return mod;
}
