import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '@shared/errors';
import type { syncMethods } from '@shared/contract/sync';
import type { AreaHandlers } from '../dispatch';
import type { SyncSession } from '../app/sync-session';
import { withExtension } from '../app/workspace-paths';
import { resolveConflict } from '../sync/conflicts';
import { conflictViews, liveConflicts, rowNamer } from '../sync/conflict-view';
import { joinFromFolder, syncWithFolder } from '../sync/folder-sync';
import { dismissConflict, syncOverview } from '../sync/overview';
import { joinFromServer, serverUrl, syncWithServer } from '../sync/server-sync';
import { clearSyncTarget, syncTarget } from '../sync/sync-state';
import type { SyncTarget } from '@shared/sync/target';
import type { Workspace } from '../workspace';
import type { CoreSession } from './session';

/**
 * Team sync: the status the top bar and the Sync panel show, sharing the open
 * workspace through a folder, joining a shared one, and the conflicts list.
 * The exchanges themselves run in the background (app/sync-session.ts).
 */
export function syncHandlers(session: CoreSession, sync: SyncSession): AreaHandlers<typeof syncMethods> {
  const { need } = session;
  const who = () => ({ displayName: sync.displayName(), appVersion: session.options.version });
  const overview = () => syncOverview(need(), { run: sync.state(), displayName: sync.displayName() });
  return {
    'sync.status': overview,
    'sync.shareFolder': async ({ folder }) => {
      const ws = need();
      await leaveOtherTarget(ws, { mode: 'folder', folder: resolve(folder) });
      // The first exchange checks the folder (missing, not writable, another workspace's, holding the file) and marks it shared.
      await syncWithFolder(ws, folder, who());
      sync.start(ws);
      return overview();
    },
    'sync.shareServer': async (input) => {
      const ws = need();
      const account = checkedAccount(input);
      await leaveOtherTarget(ws, { mode: 'server', url: account.url, user: account.user });
      // The first exchange checks the address, the account and the database; only then is the password kept.
      await syncWithServer(ws, account.url, { ...who(), user: account.user, password: account.password });
      sync.credentials.set(account.url, { user: account.user, password: account.password });
      sync.start(ws);
      return overview();
    },
    'sync.stopSharing': async () => {
      const ws = need();
      await sync.stop();
      clearSyncTarget(ws);
      sync.announce();
      return overview();
    },
    'sync.now': async () => {
      const runner = sync.runner();
      if (!runner) throw new AppError('SYNC_NOT_SHARED', 'This workspace is not shared');
      await runner.now();
      return overview();
    },
    'sync.conflicts': () => conflictViews(need()),
    'sync.useConflictValue': ({ id }) => {
      const ws = need();
      // Only this conflict's row is named, for the history line.
      const open = liveConflicts(ws).find(({ conflict }) => conflict.id === id)?.conflict;
      resolveConflict(ws, id, open ? rowNamer(ws)(open.table, open.rowId) || open.table : '');
      sync.announce();
      return null;
    },
    'sync.dismissConflict': ({ id }) => {
      dismissConflict(need(), id);
      sync.announce();
      return null;
    },
    'sync.join': async (input) => {
      const out = resolve(withExtension(input.path));
      if (existsSync(out)) throw new AppError('FILE_EXISTS', `${out} exists`, { path: out });
      if (input.via === 'folder') {
        const { ws } = await joinFromFolder(input.folder, out, input.lang, session.wsOptions(), who());
        return session.openAt(ws.path, () => ws);
      }
      const account = checkedAccount(input);
      const { ws } = await joinFromServer(account.url, out, input.lang, session.wsOptions(), { ...who(), user: account.user, password: account.password });
      sync.credentials.set(account.url, { user: account.user, password: account.password });
      return session.openAt(ws.path, () => ws);
    },
  };

  /** Sharing through another folder or server: background sync stops first; the new target is checked by its first exchange. */
  async function leaveOtherTarget(ws: Workspace, next: SyncTarget): Promise<void> {
    const current = syncTarget(ws);
    if (!current || JSON.stringify(current) === JSON.stringify(next)) return;
    await sync.stop();
    clearSyncTarget(ws);
  }
}

/** The URL in the form it is kept in, and a user name and password that are there (each missing one has its own message). */
function checkedAccount(input: { url: string; user: string; password: string }): { url: string; user: string; password: string } {
  const url = serverUrl(input.url);
  const user = input.user.trim();
  if (user === '') throw new AppError('SYNC_SERVER_NO_USER', 'No user name', { url });
  if (input.password === '') throw new AppError('SYNC_SERVER_NO_PASSWORD', 'No password', { url });
  return { url, user, password: input.password };
}
