import { copyFileSync, existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { ApiEvent } from '@shared/api';
import { AppError } from '@shared/errors';
import type { AppSettings, Scenario, WorkspaceInfo } from '@shared/domain/types';
import { packCells } from '@shared/domain/packed-cells';
import type { AppCore, AppCoreOptions } from './app-core-types';
import { listBackups, listGoodBackups } from './db/backups';
import { createDispatch, type Handlers } from './dispatch';
import { listFolder } from './app/folders';
import { atomicProduce, sweepStaleTemps } from './files/atomic-write';
import { forgetRecent, loadDeviceId, loadRecent, loadSettings, rememberRecent, saveSettings } from './app/user-files';
import { Workspace } from './workspace';
import { journeyHandlers } from './handlers/journeys';
import { workshopHandlers } from './handlers/workshop';
import { economicsHandlers } from './handlers/economics';
import { findingsHandlers } from './handlers/findings';
import { presentHandlers } from './handlers/present';
import { deliverablesHandlers } from './handlers/deliverables';
import { workspaceSettingsHandlers } from './handlers/workspace-settings';
import { deleteImpact } from './services/impact';
import { applyImport, previewImport } from './matrix-io/import-service';
import { exportMatrixFile } from './matrix-io/export-service';
import { decodeUpload } from './matrix-io/sniff';

export const WORKSPACE_EXTENSION = '.channelwise';

/**
 * The application without a UI: holds at most one open workspace, implements
 * every contract method, and tells every connected client what changed.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const { dataDir } = options;
  // Temporary files a killed run left in the data folder go now (the user's folders are swept on the next write there).
  sweepStaleTemps(dataDir);
  const deviceId = loadDeviceId(dataDir);
  const listeners = new Set<(event: ApiEvent) => void>();
  let settings: AppSettings = loadSettings(dataDir);
  let current: Workspace | null = null;
  let detach: (() => void) | null = null;

  const emit = (event: ApiEvent) => {
    for (const listener of listeners) listener(event);
  };
  const need = (): Workspace => {
    if (!current) throw new AppError('NO_WORKSPACE', 'No workspace is open');
    return current;
  };
  const beforeClose: (() => void)[] = [];
  const closeCurrent = () => {
    if (current) for (const hook of beforeClose) hook();
    detach?.();
    detach = null;
    const ws = current;
    current = null;
    ws?.close();
  };
  const adopt = (ws: Workspace): WorkspaceInfo => {
    current = ws;
    detach = ws.journal.onCommit((tables) => emit({ type: 'workspace.changed', tables: [...tables] }));
    rememberRecent(dataDir, ws.path);
    const info = ws.info();
    emit({ type: 'session.changed', workspace: info });
    return info;
  };
  const openAt = (path: string, make: (p: string) => Workspace): WorkspaceInfo => {
    const full = resolve(path);
    // Re-opening the file that is already open is a no-op, not a lock conflict with ourselves.
    if (current && samePath(current.path, full)) return current.info();
    const ws = make(full);
    closeCurrent();
    return adopt(ws);
  };
  const wsOptions = () => ({ dataDir, deviceId });

  const interval = (options.backupIntervalMinutes ?? 10) * 60_000;
  const timer =
    interval > 0
      ? setInterval(() => {
          try {
            current?.backupIfChanged('timer');
          } catch (err) {
            console.warn('Timed backup failed:', (err as Error).message);
          }
        }, interval)
      : null;
  timer?.unref();

  const handlers: Handlers = {
    ...deliverablesHandlers(need),
    ...workshopHandlers(need, options.share, (hook) => beforeClose.push(hook)),
    ...journeyHandlers(need),
    ...economicsHandlers(need),
    ...findingsHandlers(need),
    ...workspaceSettingsHandlers(need),
    ...presentHandlers(need),
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
      closeCurrent();
      emit({ type: 'session.changed', workspace: null });
      return null;
    },
    'workspace.current': () => current?.info() ?? null,
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

    'catalog.get': () => need().catalogRepo.catalog(),
    'catalog.create': ({ kind, name, afterId }) => need().catalog.create(kind, name, afterId),
    'catalog.update': ({ id, patch }) => need().catalog.update(id, patch),
    'catalog.move': ({ kind, id, afterId }) => need().catalog.move(kind, id, afterId),
    'catalog.showAll': ({ kinds }) => need().catalog.showAll(kinds),
    'catalog.delete': ({ kind, id }) => {
      need().catalog.delete(kind, id);
      return null;
    },
    'catalog.deleteImpact': ({ kind, id }) => {
      const ws = need();
      if (!ws.catalogRepo.row(kind, id)) throw new AppError('NOT_FOUND', `No ${kind} ${id}`, { kind, id });
      return deleteImpact(ws.db, kind, id);
    },
    'catalog.copyScenario': ({ id, name }) => {
      const ws = need();
      return ws.catalogRepo.item('scenario', ws.matrix.copyScenario(id, name)) as Scenario;
    },
    'catalog.setChannelPreference': ({ customerTypeId, channelId, preference }) =>
      need().catalog.setChannelPreference(customerTypeId, channelId, preference),

    'matrix.get': ({ scenarioId, lens }) => need().matrix.get(scenarioId, lens),
    'matrix.scenarioCells': ({ scenarioId }) => packCells(scenarioId, need().matrix.scenarioCells(scenarioId)),
    'matrix.setCells': (input) => need().matrix.setCells(input),
    'matrix.clearCells': (input) => need().matrix.clearCells(input),

    // Matrix import and export
    'matrix.importPreview': ({ fileName, contentBase64, scenarioId, lens, sheet }) =>
      previewImport(need(), { fileName, bytes: decodeUpload(fileName, contentBase64), scenarioId, lens, sheet }),
    'matrix.importApply': async ({ decisions, ...file }) => {
      const ws = need();
      const preview = await previewImport(ws, { ...file, bytes: decodeUpload(file.fileName, file.contentBase64) });
      return applyImport(ws, preview, decisions);
    },
    'matrix.export': (request) => exportMatrixFile(need(), request),

    'history.state': () => need().history.state(),
    'history.list': ({ limit, area }) => need().history.list(limit, area),
    'history.undo': () => need().history.undo(),
    'history.redo': () => need().history.redo(),
    'snapshots.list': () => need().snapshots.list(),
    'snapshots.create': ({ name }) => {
      const snapshot = need().snapshots.create(cleanSnapshotName(name));
      // Snapshots are not journaled (they are not content), so say so here.
      emit({ type: 'workspace.changed', tables: ['snapshots'] });
      return snapshot;
    },
    'snapshots.restore': ({ id }) => {
      const ws = need();
      ws.snapshots.restore(id);
      return ws.history.state();
    },
    'snapshots.delete': ({ id }) => {
      need().snapshots.delete(id);
      emit({ type: 'workspace.changed', tables: ['snapshots'] });
      return null;
    },
  };

  const dispatch = createDispatch(handlers, {
    beforeWrite: () => need().assertWritable(),
    onUnexpected: (method, err) => console.error(`Channelwise: ${method} failed unexpectedly:`, err),
  });

  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    shutdown() {
      if (timer) clearInterval(timer);
      closeCurrent();
    },
  };
}

function cleanSnapshotName(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) throw new AppError('NAME_EMPTY', 'A name cannot be empty');
  if ([...trimmed].length > 200) throw new AppError('NAME_TOO_LONG', 'Name too long', { max: 200, length: [...trimmed].length });
  return trimmed;
}

export function withExtension(path: string): string {
  return path.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? path : `${path}${WORKSPACE_EXTENSION}`;
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

function freePath(stem: string): string {
  let candidate = `${stem}${WORKSPACE_EXTENSION}`;
  for (let n = 2; existsSync(candidate); n++) candidate = `${stem} ${n}${WORKSPACE_EXTENSION}`;
  return candidate;
}

function stamp(): string {
  return new Date().toISOString().slice(0, 16).replace('T', ' ').replace(':', '-');
}
