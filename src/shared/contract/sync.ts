/** The team-sync part of the contract: status, sharing through a folder or a server, joining, exchanging now, and conflicts. */
import { z } from 'zod';
import type { WorkspaceInfo } from '../domain/types';
import type { SyncConflictView, SyncOverview } from '../sync/overview';
import { command, empty, idSchema, langSchema, pathSchema, query } from './define';

/** A CouchDB database and the account that signs in to it; the password is kept per user, outside the workspace. */
const serverSchema = {
  url: z.string().max(2000),
  user: z.string().max(200),
  password: z.string().max(1000),
};

export const syncMethods = {
  'sync.status': query<SyncOverview>()(empty),
  /** Share the open workspace through a folder: one exchange now (which checks the folder), then background sync. */
  'sync.shareFolder': command<SyncOverview>()(z.object({ folder: pathSchema }).strict()),
  /** Share the open workspace through a CouchDB database: one exchange now (which checks URL, account and database), then background sync. */
  'sync.shareServer': command<SyncOverview>()(z.object(serverSchema).strict()),
  /** Stop syncing this workspace (the folder and the teammates' copies keep everything). */
  'sync.stopSharing': command<SyncOverview>()(empty),
  /** One exchange now; resolves when it is done. */
  'sync.now': command<SyncOverview>()(empty),
  'sync.conflicts': query<SyncConflictView[]>()(empty),
  /** "Use this value instead": an ordinary, undoable edit that syncs too. */
  'sync.useConflictValue': command<null>()(z.object({ id: idSchema }).strict()),
  /** "Keep the current value": closes the conflict without changing anything. */
  'sync.dismissConflict': command<null>()(z.object({ id: idSchema }).strict()),
  /**
   * A new local workspace from a shared folder, opened. Needs no open workspace
   * (so it is declared like workspace.create: the core checks what it writes).
   */
  'sync.join': query<WorkspaceInfo>()(
    z.discriminatedUnion('via', [
      z.object({ via: z.literal('folder'), folder: pathSchema, path: pathSchema, lang: langSchema }).strict(),
      z.object({ via: z.literal('server'), ...serverSchema, path: pathSchema, lang: langSchema }).strict(),
    ]),
  ),
} as const;

/**
 * Not synced tables: the sync bookkeeping is local to each laptop. The core
 * announces changes to it under this name so the status and the conflicts
 * refresh.
 */
export const SYNC_STATUS_TABLE = 'sync_status';
