import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppCore } from '../core/app-core-types';
import type {
  BrowserWindowLike,
  DisplayLike,
  MenuItemTemplate,
  PreventableEvent,
  WebContentsLike,
  WindowOpenDetails,
  WindowOpenResponse,
} from './electron-types';
import type { ElectronMain } from './load-electron';
import { startDesktop, type DesktopOptions } from './main-process';
import type { WindowOptions } from './window-options';

/**
 * The desktop wiring against a fake Electron and the real AppCore: the
 * closest this machine gets to running the app without the Electron binary.
 */
class FakeWebContents extends EventEmitter implements WebContentsLike {
  sent: unknown[][] = [];
  openHandler: ((d: WindowOpenDetails) => WindowOpenResponse) | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (d: WindowOpenDetails) => WindowOpenResponse): void {
    this.openHandler = handler;
  }
}

interface Fake {
  electron: ElectronMain;
  app: EventEmitter & { calls: string[] };
  windows: FakeWindow[];
  handlers: Map<string, (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown>;
  menu(): MenuItemTemplate[];
  saveAnswer: string | null;
  errors: string[];
  /** The screens Electron reports; the cursor sits on the first. */
  displays: DisplayLike[];
}

class FakeWindow extends EventEmitter implements BrowserWindowLike {
  static all: FakeWindow[] = [];
  readonly webContents = new FakeWebContents();
  loaded: string | null = null;
  shown = false;
  constructor(readonly options: WindowOptions) {
    super();
    FakeWindow.all.push(this);
  }
  static getAllWindows(): FakeWindow[] {
    return FakeWindow.all;
  }
  static getFocusedWindow(): FakeWindow | null {
    return FakeWindow.all[0] ?? null;
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return false;
  }
  async loadFile(path: string): Promise<void> {
    this.loaded = path;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = url;
  }
}

function fakeElectron(opts: { lock?: boolean; packaged?: boolean } = {}): Fake {
  const calls: string[] = [];
  const handlers: Fake['handlers'] = new Map();
  let menu: MenuItemTemplate[] = [];
  const app = Object.assign(new EventEmitter(), {
    calls,
    isPackaged: opts.packaged ?? false,
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => opts.lock ?? true,
    quit: () => {
      calls.push('quit');
      app.emit('will-quit');
    },
    whenReady: () => Promise.resolve(),
    getPath: (name: string) => `/fake/${name}`,
    setPath: (name: string, path: string) => calls.push(`setPath ${name} ${path}`),
    getVersion: () => '9.9.9',
    getLocale: () => 'nl-NL',
    addRecentDocument: (path: string) => calls.push(`recent ${path}`),
  });
  FakeWindow.all = [];
  const fake: Fake = {
    app,
    windows: FakeWindow.all,
    handlers,
    menu: () => menu,
    saveAnswer: null,
    errors: [],
    displays: [
      { id: 1, workArea: { x: 0, y: 0, width: 1440, height: 900 } },
      { id: 2, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } },
    ],
    electron: {
      app,
      BrowserWindow: FakeWindow,
      ipcMain: {
        handle: (channel, listener) => handlers.set(channel, listener),
        removeHandler: (channel) => handlers.delete(channel),
      },
      Menu: {
        buildFromTemplate: (template) => ({ template }),
        setApplicationMenu: (m) => {
          menu = m && 'template' in m ? (m.template as MenuItemTemplate[]) : [];
        },
      },
      dialog: {
        showSaveDialog: async (..._args: unknown[]) => ({ canceled: fake.saveAnswer === null, filePath: fake.saveAnswer ?? '' }),
        showOpenDialog: async (..._args: unknown[]) => ({ canceled: true, filePaths: [] }),
        showMessageBox: async (..._args: unknown[]) => ({ response: 0 }),
        showErrorBox: (title, content) => fake.errors.push(`${title}: ${content}`),
      },
      shell: { openExternal: async () => undefined },
      nativeTheme: { shouldUseDarkColors: true },
      screen: {
        getAllDisplays: () => fake.displays,
        getCursorScreenPoint: () => ({ x: 10, y: 10 }),
        getDisplayNearestPoint: (point) =>
          fake.displays.find(({ workArea: a }) => point.x >= a.x && point.x < a.x + a.width) ?? fake.displays[0]!,
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: () => calls.push('permissionRequest'),
          setPermissionCheckHandler: () => calls.push('permissionCheck'),
        },
      },
    },
  };
  return fake;
}

let root: string;
let options: DesktopOptions;
let core: AppCore | null = null;
let fake: Fake;
const MAIN_URL = 'file:///opt/cw/out/main/index.js';
const APP_URL = 'file:///opt/cw/out/renderer/index.html';
const settle = () => new Promise((r) => setTimeout(r, 50));
const item = (id: string) => fake.menu().flatMap((m) => m.submenu ?? []).find((i) => i.id === id);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cw-desktop-'));
  mkdirSync(join(root, 'docs'));
  options = {
    mainModuleUrl: MAIN_URL,
    env: { CHANNELWISE_HOME: join(root, 'home'), CHANNELWISE_DEFAULT_FOLDER: join(root, 'docs') },
    platform: 'linux',
    argv: ['/opt/cw/channelwise'],
    cwd: root,
  };
});
afterEach(() => {
  fake.app.emit('will-quit');
  core = null;
  rmSync(root, { recursive: true, force: true });
});

describe('the desktop main process (fake Electron, real core)', () => {
  it('starts locked down: shared data folder, sandbox, no permissions, a hidden window until ready', async () => {
    fake = fakeElectron();
    core = await startDesktop(fake.electron, options);
    expect(core).not.toBeNull();
    expect(fake.app.calls).toEqual(
      expect.arrayContaining([`setPath userData ${join(root, 'home')}`, 'enableSandbox', 'permissionRequest', 'permissionCheck']),
    );
    const [win] = fake.windows;
    expect(win!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, preload: '/opt/cw/out/preload/index.cjs' });
    expect(win!.options.backgroundColor).toBe('#1e1e1e');
    expect(win!.loaded).toBe('/opt/cw/out/renderer/index.html');
    expect(win!.shown).toBe(false);
    win!.emit('ready-to-show');
    expect(win!.shown).toBe(true);
    expect(fake.menu().map((m) => m.label)).toEqual(['&Bestand', 'B&ewerken', 'Beel&d', '&Help']);
  });

  it('answers IPC from the app page only, with the electron host', async () => {
    fake = fakeElectron();
    core = await startDesktop(fake.electron, options);
    const call = fake.handlers.get('api:call')!;
    expect(await call({ senderFrame: { url: APP_URL } }, 'app.info', {})).toMatchObject({
      ok: true,
      value: { host: 'electron', version: '9.9.9', osLanguage: 'nl', capabilities: { nativeDialogs: true, printToPdf: true } },
    });
    // The report's Save as PDF has its own channel, guarded the same way.
    expect(await fake.handlers.get('app:printToPdf')!({ senderFrame: { url: 'https://evil.example/' } }, { fileName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await call({ senderFrame: { url: 'https://evil.example/' } }, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('guards every WebContents created', async () => {
    fake = fakeElectron();
    core = await startDesktop(fake.electron, options);
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    let prevented = false;
    const event: PreventableEvent = { preventDefault: () => (prevented = true) };
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(prevented).toBe(true);
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: `${APP_URL}#/matrix` })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///tmp/index.html#/present/presenter' })).toEqual({ action: 'deny' });
  });

  it('opens the presenter view on the other screen, as locked down as the main window', async () => {
    fake = fakeElectron();
    core = await startDesktop(fake.electron, options);
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    const answer = contents.openHandler?.({ url: `${APP_URL}#/present/presenter` });
    expect(answer).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: {
        show: true,
        backgroundColor: '#1e1e1e',
        x: 1440,
        y: 0,
        width: 1920,
        height: 1080,
        webPreferences: fake.windows[0]!.options.webPreferences,
      },
    });
    // One screen: a window centred on it.
    fake.displays = [fake.displays[0]!];
    expect(contents.openHandler?.({ url: `${APP_URL}#/present/presenter` })).toMatchObject({
      overrideBrowserWindowOptions: { x: 80, y: 50, width: 1280, height: 800 },
    });
  });

  it('can share a workshop: the core gets the share launcher (which looks for the built participant page)', async () => {
    fake = fakeElectron();
    core = await startDesktop(fake.electron, options);
    const call = fake.handlers.get('api:call')!;
    const app = { senderFrame: { url: APP_URL } };
    expect(await call(app, 'workspace.create', { path: join(root, 'Share'), lang: 'en', template: 'default' })).toMatchObject({ ok: true });
    // Without a launcher the core answers WORKSHOP_UNAVAILABLE; here it tries to serve out/renderer, absent in this test.
    const started = (await call(app, 'workshop.start', {})) as { ok: boolean; error?: { code: string } };
    expect(started.ok).toBe(false);
    expect(started.error?.code).not.toBe('WORKSHOP_UNAVAILABLE');
  });

  it('File > New creates a workspace, tells the window and updates the menu; quitting releases it', async () => {
    fake = fakeElectron();
    core = await startDesktop(fake.electron, options);
    expect(item('file.saveCopy')?.enabled).toBe(false);
    fake.saveAnswer = join(root, 'docs', 'Plan');
    item('file.new')!.click!();
    await settle();
    const file = join(root, 'docs', 'Plan.channelwise');
    expect(fake.errors).toEqual([]);
    expect(existsSync(file)).toBe(true);
    expect(fake.windows[0]!.webContents.sent).toContainEqual(['api:event', expect.objectContaining({ type: 'session.changed' })]);
    expect(fake.app.calls).toContain(`recent ${file}`);
    expect(item('file.saveCopy')?.enabled).toBe(true);
    expect(existsSync(`${file}.lock`)).toBe(true);
    fake.app.emit('window-all-closed');
    expect(fake.app.calls).toContain('quit');
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('opens a workspace named on the command line, and loads the dev server only unpackaged', async () => {
    fake = fakeElectron();
    core = await startDesktop(fake.electron, { ...options, argv: ['/opt/cw/channelwise', join(root, 'docs', 'Missing.channelwise')] });
    await settle();
    expect(fake.errors[0]).toMatch(/Missing\.channelwise/);
    fake.app.emit('will-quit');

    fake = fakeElectron();
    core = await startDesktop(fake.electron, { ...options, env: { ...options.env, ELECTRON_RENDERER_URL: 'http://localhost:5173/' } });
    expect(fake.windows[0]!.loaded).toBe('http://localhost:5173/');
    const call = fake.handlers.get('api:call')!;
    expect(await call({ senderFrame: { url: 'http://localhost:5173/#/matrix' } }, 'app.info', {})).toMatchObject({ ok: true });
    fake.app.emit('will-quit');

    fake = fakeElectron({ packaged: true });
    const env = { ...options.env, ELECTRON_RENDERER_URL: 'http://localhost:5173/', CHANNELWISE_SQLITE_BINDING: join(root, 'evil.node') };
    core = await startDesktop(fake.electron, { ...options, env });
    expect(fake.windows[0]!.loaded).toBe('/opt/cw/out/renderer/index.html');
    expect(fake.windows[0]!.options.webPreferences.devTools).toBe(false);
    // Gone for the core too, which would otherwise load that binary when a workspace opens.
    expect(env).not.toHaveProperty('CHANNELWISE_SQLITE_BINDING');
    expect(env).not.toHaveProperty('ELECTRON_RENDERER_URL');
  });

  it('refuses to start packaged with a remote debugging switch, which no fuse covers', async () => {
    fake = fakeElectron({ packaged: true });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      core = await startDesktop(fake.electron, { ...options, argv: ['/opt/cw/channelwise', '--remote-debugging-port=9222'] });
      expect(error.mock.calls).toEqual([[expect.stringMatching(/debugging switches: --remote-debugging-port=9222$/)]]);
    } finally {
      error.mockRestore();
    }
    expect(core).toBeNull();
    expect(fake.app.calls).toContain('quit');
    expect(fake.windows).toEqual([]);

    // Unpackaged (development), the same switch is the developer's business.
    fake = fakeElectron();
    core = await startDesktop(fake.electron, { ...options, argv: ['/opt/cw/channelwise', '--remote-debugging-port=9222'] });
    expect(core).not.toBeNull();
  });

  it('opens a double-clicked .channelwise file in the core: on macOS before ready, and from a second launch', async () => {
    // Two workspaces on disk, made by a first run of the app.
    fake = fakeElectron();
    core = await startDesktop(fake.electron, options);
    const call = fake.handlers.get('api:call')!;
    const app = { senderFrame: { url: APP_URL } };
    for (const name of ['Mac', 'Second']) {
      expect(await call(app, 'workspace.create', { path: join(root, 'docs', name), lang: 'en', template: 'default' })).toMatchObject({ ok: true });
    }
    fake.app.emit('will-quit');

    fake = fakeElectron();
    const started = startDesktop(fake.electron, options);
    // Finder launches the app with the file: 'open-file' comes before 'ready'.
    let prevented = false;
    fake.app.emit('open-file', { preventDefault: () => (prevented = true) }, join(root, 'docs', 'Mac.channelwise'));
    core = await started;
    await settle();
    expect(prevented).toBe(true);
    expect(fake.errors).toEqual([]);
    expect(fake.app.calls).toContain(`recent ${join(root, 'docs', 'Mac.channelwise')}`);

    // A double-click while the app runs starts a second process in the file's folder, which hands over its argv.
    fake.app.emit('second-instance', { preventDefault: () => undefined }, ['/opt/cw/channelwise', 'Second.channelwise'], join(root, 'docs'));
    await settle();
    expect(fake.errors).toEqual([]);
    expect(fake.app.calls).toContain(`recent ${join(root, 'docs', 'Second.channelwise')}`);
    expect(fake.windows[0]!.webContents.sent).toContainEqual([
      'api:event',
      expect.objectContaining({ type: 'session.changed', workspace: expect.objectContaining({ path: join(root, 'docs', 'Second.channelwise') }) }),
    ]);
  });

  it('leaves the work to the running instance when it is a second one', async () => {
    fake = fakeElectron({ lock: false });
    core = await startDesktop(fake.electron, options);
    expect(core).toBeNull();
    expect(fake.app.calls).toContain('quit');
    expect(fake.windows).toEqual([]);
  });
});

