import { basename, dirname, join } from 'node:path';
import type { AppSettings, Lang, Scale, Theme } from '@shared/domain/types';
import type { ApiError } from '@shared/errors';
import { resources } from '@shared/i18n/resources';
import { IPC_COMMAND, type AppCommandId } from '@shared/host/ipc-channels';
import type { AppCore } from '../core';
import { callCore } from '../host/call';
import type { EventSenderLike, FileFilter } from './electron-types';
import type { MenuActions, MenuState } from './menu';
import { menuTranslator } from './menu-labels';

/** The core appends it when missing; the dialogs use it for filters and proposed names. */
export const WORKSPACE_EXTENSION = '.channelwise';

/** Native dialogs, narrowed to what the menu needs (main-process.ts adapts Electron's `dialog`). */
export interface DialogPort {
  /** The chosen path, or null when cancelled. */
  saveFile(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  openFile(options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  showError(title: string, message: string): void;
  showInfo(title: string, message: string, detail: string): Promise<void>;
}

export interface MenuActionDeps {
  core: Pick<AppCore, 'dispatch'>;
  dialogs: DialogPort;
  /** The window menu commands go to (the focused one, else any). */
  targetWindow(): EventSenderLike | null;
  lang(): Lang;
  defaultFolder: string;
  version: string;
}

/** Menu actions return their promise so tests can await them; the menu ignores it. */
export type AsyncMenuActions = { [K in keyof MenuActions]: (...args: Parameters<MenuActions[K]>) => Promise<void> };

/** The user-facing text for an error code, from the shared catalogs. */
export function errorText(error: ApiError, lang: Lang): string {
  const template: string = resources[lang].translation.errors[error.code] ?? error.message;
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
    const value = error.params?.[name];
    if (value === undefined || value === null) return name === 'details' ? error.message : '';
    return Array.isArray(value) ? value.map(String).join(', ') : String(value);
  });
}

export function createMenuActions(deps: MenuActionDeps): AsyncMenuActions {
  const { core, dialogs } = deps;
  const t = () => menuTranslator(deps.lang());
  const filters = (): FileFilter[] => [{ name: t()('dialogFilterName'), extensions: [WORKSPACE_EXTENSION.slice(1)] }];

  async function run(step: () => Promise<{ ok: true } | { ok: false; error: ApiError }>): Promise<void> {
    const result = await step();
    if (!result.ok) dialogs.showError(t()('dialogErrorTitle'), errorText(result.error, deps.lang()));
  }

  function command(id: AppCommandId): Promise<void> {
    const target = deps.targetWindow();
    if (target && !target.isDestroyed()) target.send(IPC_COMMAND, id);
    return Promise.resolve();
  }

  async function currentPath(): Promise<string | null> {
    const current = await callCore(core, 'workspace.current', {});
    return current.ok && current.value ? current.value.path : null;
  }

  const setSettings = (patch: Partial<AppSettings>) => run(() => callCore(core, 'app.setSettings', patch));

  // Menu clicks ignore the promise, so nothing may reject: a failing dialog becomes an error box.
  const guard =
    <A extends unknown[]>(action: (...args: A) => Promise<void>) =>
    (...args: A): Promise<void> =>
      action(...args).catch(() => {
        dialogs.showError(t()('dialogErrorTitle'), errorText({ code: 'INTERNAL', message: 'Menu action failed' }, deps.lang()));
      });

  return {
    newWorkspace: guard(async () => {
      const path = await dialogs.saveFile({
        title: t()('dialogNewTitle'),
        defaultPath: join(deps.defaultFolder, `Channelwise${WORKSPACE_EXTENSION}`),
        filters: filters(),
      });
      if (path === null) return;
      await run(() => callCore(core, 'workspace.create', { path, lang: deps.lang(), template: 'default' }));
    }),
    openWorkspace: guard(async () => {
      const current = await currentPath();
      const path = await dialogs.openFile({
        title: t()('dialogOpenTitle'),
        defaultPath: current ? dirname(current) : deps.defaultFolder,
        filters: filters(),
      });
      if (path === null) return;
      await run(() => callCore(core, 'workspace.open', { path }));
    }),
    openRecent: guard((path: string) => run(() => callCore(core, 'workspace.open', { path }))),
    saveCopy: guard(async () => {
      const current = await currentPath();
      if (current === null) return;
      const name = basename(current, WORKSPACE_EXTENSION);
      const path = await dialogs.saveFile({
        title: t()('dialogSaveCopyTitle'),
        defaultPath: join(dirname(current), `${t()('copyName', { name })}${WORKSPACE_EXTENSION}`),
        filters: filters(),
      });
      if (path === null) return;
      await run(() => callCore(core, 'workspace.saveCopy', { path }));
    }),
    closeWorkspace: guard(() => run(() => callCore(core, 'workspace.close', {}))),
    undo: guard(() => command('edit.undo')),
    redo: guard(() => command('edit.redo')),
    setScale: guard((scale: Scale) => setSettings({ scale })),
    setTheme: guard((theme: Theme) => setSettings({ theme })),
    about: guard(() => dialogs.showInfo(t()('about'), 'Channelwise', t()('aboutDetail', { version: deps.version }))),
  };
}

/** Reads what the menu shows from the core; missing pieces fall back to safe defaults. */
export async function loadMenuState(core: Pick<AppCore, 'dispatch'>, osLanguage: Lang): Promise<MenuState> {
  const [settings, recent, current] = await Promise.all([
    callCore(core, 'app.getSettings', {}),
    callCore(core, 'recent.list', {}),
    callCore(core, 'workspace.current', {}),
  ]);
  const appSettings: AppSettings = settings.ok ? settings.value : { uiLanguage: null, theme: 'system', scale: 1, displayName: '' };
  return {
    lang: appSettings.uiLanguage ?? osLanguage,
    settings: appSettings,
    recent: recent.ok ? recent.value : [],
    workspaceOpen: current.ok && current.value !== null,
  };
}
