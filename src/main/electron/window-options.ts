import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The BrowserWindow options this app uses (a subset of Electron's constructor options). */
export interface WindowOptions {
  title: string;
  /** Left out, Electron centres the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  backgroundColor: string;
  autoHideMenuBar: boolean;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    webviewTag: false;
    navigateOnDragDrop: false;
    spellcheck: boolean;
    devTools: boolean;
  };
}

export interface WindowOptionsInput {
  preloadPath: string;
  /** Dev tools stay available in development only. */
  isPackaged: boolean;
  /** Paint the first frame in the theme's colour so a dark theme does not flash white. */
  dark?: boolean;
}

export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#1e1e1e' } as const;

export function createWindowOptions(input: WindowOptionsInput): WindowOptions {
  return {
    title: 'Channelwise',
    width: 1280,
    height: 820,
    // Matrix plus side panel stay usable down to a small laptop screen.
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: input.dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    autoHideMenuBar: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: !input.isPackaged,
    },
  };
}

export interface AppPaths {
  preload: string;
  rendererIndex: string;
  /** The URL the renderer has when loaded from disk: the only trusted IPC sender in production. */
  rendererFileUrl: string;
}

/** Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/index.html. */
export function appPaths(mainModuleUrl: string): AppPaths {
  const mainDir = dirname(fileURLToPath(mainModuleUrl));
  const rendererIndex = join(mainDir, '..', 'renderer', 'index.html');
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererIndex,
    rendererFileUrl: pathToFileURL(rendererIndex).href,
  };
}
