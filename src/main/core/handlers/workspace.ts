import { copyFileSync, existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { AppError } from '@shared/errors';
import { MAX_DISPLAY_NAME_LENGTH, type AppSettings } from '@shared/domain/types';
import type { workspaceMethods } from '@shared/contract/workspace';
import type { AreaHandlers } from '../dispatch';
import { listBackups, listGoodBackups } from '../db/backups';
import { listFolder } from '../app/folders';
import { atomicProduce } from '../files/atomic-write';
import { cleanDisplayName, forgetRecent, loadRecent, loadSettings, saveSettings } from '../app/user-files';
import { freePath, samePath, stamp, WORKSPACE_EXTENSION, withExtension } from '../app/workspace-paths';
import { Workspace } from '../workspace';
import type { CoreSession } from './session';

/** The application and session methods: settings, recent files, opening, creating and closing a workspace. */
export function workspaceHandlers(session: CoreSession): AreaHandlers<typeof workspaceMethods> {
  const { options, need, openAt, emit, wsOptions } = session;
  const { dataDir } = options;
  let settings: AppSettings = loadSettings(dataDir);
  return {
    'app.info': () => ({
      version: options.version,
      host: options.host === 'electron' ? 'electron' : 'browser',
      osLanguage: options.osLanguage,
      defaultFolder: options.defaultFolder,
      pathSeparator: sep === '\\' ? '\\' : '/',
      capabilities: options.capabilities ?? { nativeDialogs: false, printToPdf: false },
    }),
    'app.getSettings': () => settings,
    'app.setSettings': (patch) => {
      if (patch.displayName !== undefined) {
        const length = [...patch.displayName.replace(/\s+/g, ' ').trim()].length;
        if (length > MAX_DISPLAY_NAME_LENGTH) throw new AppError('NAME_TOO_LONG', 'Display name too long', { max: MAX_DISPLAY_NAME_LENGTH, length });
        patch = { ...patch, displayName: cleanDisplayName(patch.displayName) };
      }
      settings = { ...settings, ...patch } as AppSettings;
      saveSettings(dataDir, settings);
      emit({ type: 'settings.changed', settings });
      return settings;
    },
    'recent.list': () => loadRecent(dataDir),
    'recent.remove': ({ path }) => forgetRecent(dataDir, path),
    'files.list': ({ dir }) => listFolder(dir ?? options.defaultFolder),
    'workspace.create': ({ path, lang, template }) =>
      openAt(withExtension(path), (p) => Workspace.create(p, lang, template, wsOptions())),
    'workspace.open': ({ path }) => openAt(path, (p) => Workspace.open(p, wsOptions())),
    'workspace.recover': ({ path, backupPath }) => {
      const full = resolve(path);
      const real = existsSync(full) ? realpathSync(full) : full;
      const backup = listGoodBackups(dataDir, real).find((b) => samePath(b.path, backupPath));
      if (!backup) throw new AppError('NOT_FOUND', `No good backup ${backupPath}`, { id: backupPath });
      const target = freePath(join(dirname(full), `${basename(full, WORKSPACE_EXTENSION)} (recovered ${stamp()})`));
      atomicProduce(target, (temp) => copyFileSync(backup.path, temp), { noClobber: true });
      return openAt(target, (p) => Workspace.open(p, wsOptions()));
    },
    'workspace.close': () => {
      session.closeCurrent();
      emit({ type: 'session.changed', workspace: null });
      return null;
    },
    'workspace.current': () => session.current()?.info() ?? null,
    'workspace.counts': () => need().counts(),
    'workspace.saveCopy': ({ path }) => {
      const target = resolve(withExtension(path));
      if (existsSync(target)) throw new AppError('FILE_EXISTS', `${target} exists`, { path: target });
      need().saveCopy(target);
      return { path: target };
    },
    'workspace.backups': () => {
      const ws = need();
      return listBackups(dataDir, realpathSync(ws.path));
    },
  };
}
