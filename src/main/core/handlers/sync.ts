import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '@shared/errors';
import type { syncMethods } from '@shared/contract/sync';
import type { AreaHandlers } from '../dispatch';
import type { SyncSession } from '../app/sync-session';
import { withExtension } from '../app/workspace-paths';
import { resolveConflict } from '../sync/conflicts';
import { conflictViews } from '../sync/conflict-view';
import { joinFromFolder, sharedFolder, syncWithFolder } from '../sync/folder-sync';
import { dismissConflict, stopSharing, syncOverview } from '../sync/overview';
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
      const current = sharedFolder(ws);
      if (current && current !== resolve(folder)) {
        // Another folder: start over there (its marker is checked by the exchange below).
        await sync.stop();
        stopSharing(ws);
      }
      // The first exchange checks the folder (missing, not writable, another workspace's, holding the file) and marks it shared.
      await syncWithFolder(ws, folder, who());
      sync.start(ws);
      return overview();
    },
    'sync.stopSharing': async () => {
      const ws = need();
      await sync.stop();
      stopSharing(ws);
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
      const open = conflictViews(ws).find((conflict) => conflict.id === id);
      resolveConflict(ws, id, open?.subject || open?.table || '');
      sync.announce();
      return null;
    },
    'sync.dismissConflict': ({ id }) => {
      dismissConflict(need(), id);
      sync.announce();
      return null;
    },
    'sync.join': async ({ folder, path, lang }) => {
      const out = resolve(withExtension(path));
      if (existsSync(out)) throw new AppError('FILE_EXISTS', `${out} exists`, { path: out });
      const { ws } = await joinFromFolder(folder, out, lang, session.wsOptions(), who());
      return session.openAt(ws.path, () => ws);
    },
  };
}
