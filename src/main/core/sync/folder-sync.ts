import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { statementOf } from '../db/typed';
import type { Lang } from '@shared/domain/types';
import { Workspace, type WorkspaceOptions } from '../workspace';
import { applyRemoteChanges, type ApplyResult } from './apply';
import { localChangesSince } from './export';
import { openSyncFolder, type Peer, type SkippedFile } from './folder';
import { checkFolder, readMarker } from './folder/marker';
import { markPushed, pushCursor, setSyncState, syncState } from './sync-state';

/** Keys in sync_state for a shared folder (the table is local: none of this syncs). */
const MODE = 'mode';
const TARGET = 'target';
const SEEN = 'folder_seen';
const LAST_SYNC = 'last_sync_at';

export interface FolderSyncOptions {
  displayName: string;
  appVersion: string;
  now?: () => Date;
}

export interface FolderSyncResult {
  folder: string;
  /** Changes taken in from teammates (new ones), and those already here. */
  received: number;
  alreadyHere: number;
  /** This copy's changes written to the folder now. */
  sent: number;
  conflicts: number;
  clockSkew: ApplyResult['clockSkew'];
  peers: Peer[];
  /** Files in the folder passed over (half-written, damaged, temporary): they are looked at again next time. */
  skipped: SkippedFile[];
}

/**
 * One exchange with a shared folder: take in the teammates' new changes, then
 * write this copy's changes since its last push as one segment. Pull before
 * push, so the changes this copy sends were made knowing what it received.
 * The segments taken in are remembered only after their changes are applied
 * (in the same workspace), so a crash in between reads them again, and applying
 * is idempotent. The folder must be this workspace's or not marked yet.
 */
export async function syncWithFolder(ws: Workspace, dir: string, options: FolderSyncOptions): Promise<FolderSyncResult> {
  ws.assertWritable();
  const workspaceId = ws.workspaceId;
  if (!workspaceId) throw new AppError('INTERNAL', 'a workspace at schema 7 always has an id');
  refuseFileInside(dir, ws.path);
  const folder = openSyncFolder(dir, { workspaceId, deviceId: ws.deviceId, displayName: options.displayName, appVersion: options.appVersion, ...(options.now ? { now: options.now } : {}) });

  const seen = new Set<string>(readSeen(ws));
  const pulled = await folder.pullSegments(seen);
  const applied = applyRemoteChanges(ws, pulled.changes);
  for (const key of pulled.taken) seen.add(key);
  ws.db.transaction(() => {
    notePeerNames(ws, pulled.peers);
    setSyncState(ws.db, SEEN, JSON.stringify([...seen]));
    setSyncState(ws.db, MODE, 'folder');
    setSyncState(ws.db, TARGET, folder.dir);
  })();

  const outgoing = localChangesSince(ws, pushCursor(ws));
  // Each change says who made it, so the teammates' history and Sync panel can name them.
  const authored = options.displayName.trim() === '' ? outgoing.changes : outgoing.changes.map((change) => ({ ...change, author: options.displayName }));
  const pushed = await folder.pushSegment(authored);
  markPushed(ws, outgoing.cursor);
  setSyncState(ws.db, LAST_SYNC, (options.now?.() ?? new Date()).toISOString());

  return {
    folder: folder.dir,
    received: applied.applied,
    alreadyHere: applied.skipped,
    sent: pushed ? outgoing.changes.length : 0,
    conflicts: applied.conflicts,
    clockSkew: applied.clockSkew,
    peers: pulled.peers,
    skipped: pulled.skipped.filter((file) => file.reason !== 'duplicate'),
  };
}

/**
 * The teammates the folder announces (device.json), with their names, so the
 * status names them even before a change of theirs has arrived. A name their
 * changes carried later wins; the clock stays the last one received.
 */
function notePeerNames(ws: Workspace, peers: readonly Peer[]): void {
  const upsert = ws.db.prepare(
    `INSERT INTO sync_peers (device_id, display_name, last_hlc, last_seen_at) VALUES (?, ?, '', ?)
     ON CONFLICT (device_id) DO UPDATE SET
       display_name = coalesce(excluded.display_name, display_name),
       last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
  );
  for (const peer of peers) if (peer.deviceId !== ws.deviceId && peer.lastSeen) upsert.run(peer.deviceId, peer.displayName, peer.lastSeen);
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

export interface SyncStatus {
  mode: 'folder' | null;
  target: string | null;
  workspaceId: string | null;
  deviceId: string;
  /** This copy's changes not yet written to the shared folder. */
  pending: number;
  lastSyncAt: string | null;
  peers: { deviceId: string; displayName: string | null; lastSeenAt: string }[];
  openConflicts: number;
}

/** The folder a workspace is shared through, or null: two reads, nothing else. */
export function sharedFolder(ws: Workspace): string | null {
  const target = syncState(ws.db, TARGET);
  return syncState(ws.db, MODE) === 'folder' && target ? resolve(target) : null;
}

/** What `sync-status` and the Sync panel show: facts from the workspace, never hope. */
export function syncStatus(ws: Workspace): SyncStatus {
  const target = sharedFolder(ws);
  const peers = statementOf<SyncStatus['peers'][number]>(
    ws.db,
    'SELECT device_id AS deviceId, display_name AS displayName, last_seen_at AS lastSeenAt FROM sync_peers ORDER BY last_seen_at DESC',
  ).all();
  const openConflicts = statementOf<number>(ws.db, `SELECT count(*) FROM sync_conflicts WHERE state = 'open'`).pluck().get() ?? 0;
  return {
    mode: target ? 'folder' : null,
    target,
    workspaceId: ws.workspaceId ?? null,
    deviceId: ws.deviceId,
    pending: localChangesSince(ws, pushCursor(ws)).changes.length,
    lastSyncAt: syncState(ws.db, LAST_SYNC) ?? null,
    peers,
    openConflicts,
  };
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
  options: FolderSyncOptions,
): Promise<{ ws: Workspace; result: FolderSyncResult }> {
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
