import { resolve } from 'node:path';
import type { ApiEvent } from '@shared/api';
import { AppError } from '@shared/errors';
import type { WorkspaceInfo } from '@shared/domain/types';
import type { AppCore, AppCoreOptions } from './app-core-types';
import { createDispatch, type Handlers } from './dispatch';
import { sweepStaleTemps } from './files/atomic-write';
import { rememberRecent } from './app/user-files';
import { samePath } from './app/workspace-paths';
import { Workspace } from './workspace';
import { createSyncSession } from './app/sync-session';
import { credentialStore } from './sync/credentials';
import type { CoreSession } from './handlers/session';
import { workspaceHandlers } from './handlers/workspace';
import { frameworkHandlers } from './handlers/framework';
import { matrixHandlers } from './handlers/matrix';
import { matrixIoHandlers } from './handlers/matrix-io';
import { historyHandlers } from './handlers/history';
import { chartsHandlers } from './handlers/charts';
import { journeyHandlers } from './handlers/journeys';
import { workshopHandlers } from './handlers/workshop';
import { economicsHandlers } from './handlers/economics';
import { findingsHandlers } from './handlers/findings';
import { presentHandlers } from './handlers/present';
import { deliverablesHandlers } from './handlers/deliverables';
import { workspaceSettingsHandlers } from './handlers/workspace-settings';
import { syncHandlers } from './handlers/sync';

// Kept here for the hosts that import them from the core's entry.
export { WORKSPACE_EXTENSION, withExtension } from './app/workspace-paths';

/**
 * The application without a UI: holds at most one open workspace, implements
 * every contract method (through the area handlers in handlers/), and tells
 * every connected client what changed.
 */
export function createAppCore(options: AppCoreOptions): AppCore {
  const { dataDir } = options;
  // Temporary files a killed run left in the data folder go now (the user's folders are swept on the next write there).
  sweepStaleTemps(dataDir);
  const listeners = new Set<(event: ApiEvent) => void>();
  let current: Workspace | null = null;
  let detach: (() => void) | null = null;

  const emit = (event: ApiEvent) => {
    for (const listener of listeners) listener(event);
    if (event.type === 'settings.changed') sync.rename(current, event.settings.displayName);
  };
  // Background sync of a shared workspace (see app/sync-session.ts).
  const sync = createSyncSession({ dataDir, version: options.version, emit, credentials: credentialStore(dataDir, options.credentialSeal ?? null) });
  const need = (): Workspace => {
    if (!current) throw new AppError('NO_WORKSPACE', 'No workspace is open');
    return current;
  };
  const beforeClose: (() => void)[] = [];
  const closeCurrent = () => {
    if (current) for (const hook of beforeClose) hook();
    // An exchange still running fails at its next step once the file is closed; it loses
    // nothing: what it took in is committed or not at all, and what it sent goes again.
    void sync.stop();
    detach?.();
    detach = null;
    const ws = current;
    current = null;
    ws?.close();
  };
  const adopt = (ws: Workspace): WorkspaceInfo => {
    current = ws;
    detach = ws.journal.onCommit((tables) => emit({ type: 'workspace.changed', tables: [...tables] }));
    sync.start(ws);
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
  const session: CoreSession = {
    options,
    need,
    current: () => current,
    openAt,
    closeCurrent,
    emit,
    wsOptions: () => ({ dataDir }),
  };

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
    ...workspaceHandlers(session),
    ...frameworkHandlers(need),
    ...matrixHandlers(need),
    ...matrixIoHandlers(need),
    ...historyHandlers(need, emit),
    ...syncHandlers(session, sync),
    ...chartsHandlers(need),
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
