import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import type { Lang } from '@shared/domain/types';
import { Workspace, type WorkspaceOptions } from '../workspace';
import { exchange, type SyncOptions, type SyncResult, type Transport } from './exchange';
import { openSyncFolder } from './folder';
import { checkFolder, readMarker } from './folder/marker';
import { setSyncState, syncState } from './sync-state';

/** The segments taken in, by the hash of their bytes (sync_state is local: none of this syncs). */
const SEEN = 'folder_seen';

/** @deprecated the common options of every transport: SyncOptions. */
export type FolderSyncOptions = SyncOptions;

/**
 * One exchange with a shared folder: take in the teammates' new segments, then
 * write this copy's changes since its last push as one segment (see exchange).
 * The folder must be this workspace's or not marked yet.
 */
export async function syncWithFolder(ws: Workspace, dir: string, options: SyncOptions): Promise<SyncResult> {
  ws.assertWritable();
  const workspaceId = ws.workspaceId;
  if (!workspaceId) throw new AppError('INTERNAL', 'a workspace at schema 7 always has an id');
  refuseFileInside(dir, ws.path);
  const folder = openSyncFolder(dir, { workspaceId, deviceId: ws.deviceId, displayName: options.displayName, appVersion: options.appVersion, ...(options.now ? { now: options.now } : {}) });
  const transport: Transport = {
    target: { mode: 'folder', folder: folder.dir },
    async *pull() {
      const seen = new Set<string>(readSeen(ws));
      const pulled = await folder.pullSegments(seen);
      yield {
        changes: pulled.changes,
        peers: pulled.peers,
        skipped: pulled.skipped.filter((file) => file.reason !== 'duplicate'),
        commit: () => setSyncState(ws.db, SEEN, JSON.stringify([...seen, ...pulled.taken])),
      };
    },
    push: async (changes) => ((await folder.pushSegment(changes)) ? changes.length : 0),
  };
  return exchange(ws, transport, options);
}

/**
 * The live file never goes into the shared folder: cloud clients copy an open
 * SQLite file half-written, fork it into conflict copies, or lock it, and its
 * -wal does not work over a network file system. Only the segments are shared.
 */
function refuseFileInside(dir: string, file: string): void {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  const folder = real(dir);
  // A file not made yet (join) is placed by its folder.
  const target = existsSync(file) ? real(file) : join(real(dirname(file)), basename(file));
  const inside = relative(folder, target);
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) {
    throw new AppError('SYNC_FOLDER_HOLDS_WORKSPACE', `${file} is inside ${folder}`, { path: folder, file });
  }
}

function readSeen(ws: Workspace): string[] {
  const text = syncState(ws.db, SEEN);
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    // A damaged list only costs a re-read: segments are taken in by change id, once.
    return [];
  }
}

/**
 * A new local workspace from a shared folder: it takes the folder's workspace
 * id (so the folder accepts it), starts without any content of its own, and
 * takes in every teammate's changes. A folder nobody shared a workspace into
 * is refused, and nothing is created. The file is complete before its name
 * appears (Workspace.create); an interrupted first sync leaves a valid
 * workspace that the next sync completes.
 */
export async function joinFromFolder(
  dir: string,
  out: string,
  lang: Lang,
  wsOptions: WorkspaceOptions,
  options: SyncOptions,
): Promise<{ ws: Workspace; result: SyncResult }> {
  const root = resolve(dir);
  checkFolder(root);
  const marker = readMarker(root);
  if (!marker) throw new AppError('SYNC_FOLDER_NOT_SHARED', `${root} has no shared workspace`, { path: root });
  refuseFileInside(root, resolve(out));
  const ws = Workspace.create(out, lang, 'empty', wsOptions, undefined, { workspaceId: marker.workspaceId });
  try {
    return { ws, result: await syncWithFolder(ws, root, options) };
  } catch (err) {
    ws.close();
    throw err;
  }
}
