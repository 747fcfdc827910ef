import { statementOf } from '../db/typed';
import type { Workspace } from '../workspace';
import { lastSyncAt } from './exchange';
import { localChangesSince } from './export';
import { pushCursor, syncTarget } from './sync-state';

export interface SyncStatus {
  mode: 'folder' | 'server' | null;
  /** The folder, or the database URL (never with a password in it). */
  target: string | null;
  /** The account signing in to the server; null for a folder. */
  user: string | null;
  workspaceId: string | null;
  deviceId: string;
  /** This copy's changes not yet handed to the folder or server. */
  pending: number;
  lastSyncAt: string | null;
  peers: { deviceId: string; displayName: string | null; lastSeenAt: string }[];
  openConflicts: number;
}

/** What `sync-status` and the Sync panel show: facts from the workspace, never hope. */
export function syncStatus(ws: Workspace): SyncStatus {
  const target = syncTarget(ws);
  const peers = statementOf<SyncStatus['peers'][number]>(
    ws.db,
    'SELECT device_id AS deviceId, display_name AS displayName, last_seen_at AS lastSeenAt FROM sync_peers ORDER BY last_seen_at DESC',
  ).all();
  const openConflicts = statementOf<number>(ws.db, `SELECT count(*) FROM sync_conflicts WHERE state = 'open'`).pluck().get() ?? 0;
  return {
    mode: target?.mode ?? null,
    target: target ? (target.mode === 'folder' ? target.folder : target.url) : null,
    user: target?.mode === 'server' ? target.user : null,
    workspaceId: ws.workspaceId ?? null,
    deviceId: ws.deviceId,
    pending: localChangesSince(ws, pushCursor(ws, target)).changes.length,
    lastSyncAt: lastSyncAt(ws),
    peers,
    openConflicts,
  };
}
