/**
 * The desktop app's wiring: AppCore, IPC, window, menu, dialogs, security. It
 * takes Electron as a parameter (see electron-types.ts) so a test can run it
 * against a fake Electron with the real core; index.ts passes the real one.
 */
import { dirname, join } from 'node:path';
import { languageFromLocale } from '@shared/i18n/resources';
import { safeStorageSeal } from './credential-seal';
import { defaultDataDir, atomicWriteFileSync, createAppCore, type AppCore } from '../core';
import { createShareLauncher } from '../host/workshop/share-server';
import type { BrowserWindowLike } from './electron-types';
import { registerIpc } from './ipc-adapter';
import { registerFileOpening } from './file-open';
import { debuggingSwitches, dropDevelopmentEnv } from './packaged-guard';
import { prefersDarkBackground } from './launch-args';
import type { ElectronMain } from './load-electron';
import { buildMenuTemplate } from './menu';
import { menuTranslator } from './menu-labels';
import { createMenuActions, loadMenuState, type DialogPort } from './menu-actions';
import { registerPdfExport } from './pdf-export';
import { presenterBounds, presenterWindowOptions } from './presenter-window';
import { applyWebContentsSecurity, denyPermissionCheck, denyPermissionRequest, isTrustedSender } from './security';
import { appPaths, createWindowOptions } from './window-options';

export interface DesktopOptions {
  /** import.meta.url of the built main bundle: the preload and renderer are found beside it. */
  mainModuleUrl: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  argv: readonly string[];
  /** The folder the app was launched from: a relative workspace path in argv is taken from there. */
  cwd: string;
}

/** Resolves with the running core, or null when another instance already runs (or a packaged app is asked to debug). */
export async function startDesktop(electron: ElectronMain, options: DesktopOptions): Promise<AppCore | null> {
  const { env, platform } = options;
  const { app, BrowserWindow, Menu, dialog } = electron;

  if (app.isPackaged) {
    // An installed app loads only what it shipped with: no dev server, no other SQLite binary, no debugger.
    dropDevelopmentEnv(env);
    const switches = debuggingSwitches(options.argv);
    if (switches.length > 0) {
      console.error(`Channelwise does not start with debugging switches: ${switches.join(' ')}`);
      app.quit();
      return null;
    }
  }

  // One data folder for the desktop app, the CLI and the browser host (one recent
  // list, one set of backups); Chromium's own caches go into a subfolder.
  const dataDir = defaultDataDir(env, platform);
  app.setPath('userData', dataDir);
  app.setPath('sessionData', join(dataDir, 'electron'));

  // Every renderer sandboxed, including any created by mistake without our window options.
  app.enableSandbox();

  // A second launch hands its file to the running app, which owns the workspace lock.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }

  const paths = appPaths(options.mainModuleUrl);
  // The dev server URL is honoured only unpackaged (and dropped above when packaged): an installed app never loads remote code.
  const devUrl = app.isPackaged ? undefined : env.ELECTRON_RENDERER_URL;
  const appUrl = devUrl ?? paths.rendererFileUrl;
  const openExternal = (url: string) => electron.shell.openExternal(url);
  // The theme's background for new windows; kept current by refreshMenu, which sees every settings change.
  let dark = electron.nativeTheme.shouldUseDarkColors;
  const presenterOptions = () => {
    const { screen } = electron;
    // The user just clicked "presenter view", so the screen under the cursor is the show's.
    const current = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    const base = createWindowOptions({ preloadPath: paths.preload, isPackaged: app.isPackaged, dark });
    return presenterWindowOptions(base, presenterBounds(screen.getAllDisplays(), current.id));
  };
  // Also covers the presenter view's own WebContents, which Electron creates for window.open.
  app.on('web-contents-created', (_event, contents) =>
    applyWebContentsSecurity(contents, () => appUrl, openExternal, presenterOptions),
  );

  // A .channelwise file opened from the file manager, now or while the app runs (before 'ready' on macOS).
  let focusWindow = (): void => {};
  const fileOpening = registerFileOpening(app, { argv: options.argv, cwd: options.cwd, focus: () => focusWindow() });

  await app.whenReady();
  electron.session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  electron.session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);

  const osLanguage = languageFromLocale(app.getLocale());
  const defaultFolder = env.CHANNELWISE_DEFAULT_FOLDER ?? app.getPath('documents');
  const core = createAppCore({
    host: 'electron',
    dataDir,
    version: app.getVersion(),
    osLanguage,
    defaultFolder,
    // The report saves itself as PDF over the shell's own channel (pdf-export.ts), not the contract.
    capabilities: { nativeDialogs: true, printToPdf: true },
    // The workshop share: a second, token-guarded listener for participants only, started on demand.
    share: createShareLauncher({ rendererDir: dirname(paths.rendererIndex) }),
    // Sync server passwords sealed by the OS keychain where there is one.
    credentialSeal: safeStorageSeal(electron.safeStorage),
  });
  let shutDown = false;
  app.on('will-quit', () => {
    if (shutDown) return;
    shutDown = true;
    core.shutdown();
  });

  const live = (): BrowserWindowLike[] => BrowserWindow.getAllWindows().filter((w) => !w.isDestroyed());
  registerIpc(electron.ipcMain, core, (url) => isTrustedSender(url, appUrl), () => live().map((w) => w.webContents));

  let mainWindow: BrowserWindowLike | null = null;
  const targetWindow = (): BrowserWindowLike | null => {
    const focused = BrowserWindow.getFocusedWindow();
    if (focused && !focused.isDestroyed()) return focused;
    return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  };

  const filePath = (result: { canceled: boolean; filePath?: string; filePaths?: string[] }): string | null =>
    result.canceled ? null : (result.filePath ?? result.filePaths?.[0] ?? null) || null;
  const dialogs: DialogPort = {
    async saveFile(options) {
      const parent = targetWindow();
      const full = { ...options, properties: ['createDirectory' as const] };
      return filePath(parent ? await dialog.showSaveDialog(parent, full) : await dialog.showSaveDialog(full));
    },
    async openFile(options) {
      const parent = targetWindow();
      const full = { ...options, properties: ['openFile' as const] };
      return filePath(parent ? await dialog.showOpenDialog(parent, full) : await dialog.showOpenDialog(full));
    },
    showError: (title, message) => dialog.showErrorBox(title, message),
    async showInfo(title, message, detail) {
      const parent = targetWindow();
      const options = { type: 'info' as const, title, message, detail, buttons: ['OK'] };
      await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
    },
  };

  let lang = osLanguage;
  registerPdfExport(electron.ipcMain, {
    isTrusted: (url) => isTrustedSender(url, appUrl),
    saveFile: (options) => dialogs.saveFile(options),
    writeFile: async (path, bytes) => atomicWriteFileSync(path, bytes),
    defaultFolder: () => defaultFolder,
    t: () => menuTranslator(lang),
    join,
  });
  const actions = createMenuActions({
    core,
    dialogs,
    targetWindow: () => targetWindow()?.webContents ?? null,
    lang: () => lang,
    defaultFolder,
    version: app.getVersion(),
  });

  const refreshMenu = async (): Promise<void> => {
    const state = await loadMenuState(core, osLanguage);
    lang = state.lang;
    dark = prefersDarkBackground(state.settings, electron.nativeTheme.shouldUseDarkColors);
    const template = buildMenuTemplate({ ...state, platform, isPackaged: app.isPackaged, actions });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  core.onEvent((event) => {
    if (event.type === 'workspace.changed') return;
    if (event.type === 'session.changed' && event.workspace) app.addRecentDocument(event.workspace.path);
    void refreshMenu();
  });

  const createWindow = async (): Promise<void> => {
    const { settings } = await loadMenuState(core, osLanguage);
    dark = prefersDarkBackground(settings, electron.nativeTheme.shouldUseDarkColors);
    const win = new BrowserWindow(createWindowOptions({ preloadPath: paths.preload, isPackaged: app.isPackaged, dark }));
    mainWindow = win;
    win.once('ready-to-show', () => win.show());
    await (devUrl ? win.loadURL(devUrl) : win.loadFile(paths.rendererIndex));
  };

  await refreshMenu();
  await createWindow();

  focusWindow = () => {
    const win = targetWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  };
  fileOpening.ready((path) => actions.openRecent(path));

  app.on('activate', () => {
    if (live().length === 0) void createWindow();
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  return core;
}
