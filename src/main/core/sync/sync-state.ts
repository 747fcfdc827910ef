import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { targetKey, type SyncTarget } from '@shared/sync/target';
import { expandGridsInPlace } from '../journal/cell-grid';
import { ROW_INDEX } from '../journal/row-ops';
import type { Workspace } from '../workspace';

/**
 * The lookup of a row's journal ops by table and row, which applying changes
 * does for every row it receives and exporting for every op it sends. Made when
 * a workspace first syncs, not by a migration: every local edit pays for the
 * index, and a workspace that never syncs should not (the bulk-load benchmark).
 * Those readers need an op per row, so the journal's cell grids are expanded
 * first, in the same transaction; with the index there, no more are written.
 */
export function ensureSyncIndex(db: Database.Database): void {
  if (db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?`).get(ROW_INDEX)) return;
  db.transaction(() => {
    expandGridsInPlace(db);
    db.exec(`CREATE INDEX ${ROW_INDEX} ON journal_ops (tbl, row_id)`);
  })();
}

export function syncState(db: Database.Database, key: string): string | undefined {
  return db.prepare('SELECT value FROM sync_state WHERE key = ?').pluck().get(key) as string | undefined;
}

export function setSyncState(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Keys in sync_state for where the workspace syncs (the table is local: none of this syncs). */
const MODE = 'mode';
const TARGET = 'target';
const SERVER_USER = 'server_user';

/**
 * Where this workspace syncs, or null when it is not shared: a few reads,
 * nothing else (every workspace the app opens is asked this).
 */
export function syncTarget(ws: Workspace): SyncTarget | null {
  const mode = syncState(ws.db, MODE);
  const target = syncState(ws.db, TARGET);
  if (!target) return null;
  if (mode === 'folder') return { mode: 'folder', folder: resolve(target) };
  if (mode === 'server') return { mode: 'server', url: target, user: syncState(ws.db, SERVER_USER) ?? '' };
  return null;
}

/** Remember where the workspace syncs: written once an exchange with it has succeeded. */
export function setSyncTarget(db: Database.Database, target: SyncTarget): void {
  adoptLegacyCursor(db);
  setSyncState(db, MODE, target.mode);
  setSyncState(db, TARGET, target.mode === 'folder' ? target.folder : target.url);
  if (target.mode === 'server') setSyncState(db, SERVER_USER, target.user);
}

/**
 * Stop syncing this copy: the folder or server and the teammates keep
 * everything. The cursors stay, kept per target: sharing again through the
 * same one sends only what is new, through another one everything.
 */
export function clearSyncTarget(ws: Workspace): void {
  ws.assertWritable();
  const forget = ws.db.prepare('DELETE FROM sync_state WHERE key = ?');
  for (const key of [MODE, TARGET, SERVER_USER]) forget.run(key);
}

/** The folder a workspace is shared through, or null (for callers from before the server mode). */
export function sharedFolder(ws: Workspace): string | null {
  const target = syncTarget(ws);
  return target?.mode === 'folder' ? target.folder : null;
}

/** The cursor of copies that synced before cursors were kept per target: it belongs to the folder they were shared through. */
const PUSH_CURSOR = 'push_cursor';
const cursorKey = (target: SyncTarget) => `${PUSH_CURSOR}:${targetKey(target)}`;

/**
 * The last local journal seq a transport confirmed it holds; 0 before the
 * first push. Kept per target: a workspace moved from a folder to a server
 * sends everything again (the server keeps each change once, by its id).
 * Without a target: the cursor of the target the workspace syncs with now.
 */
export function pushCursor(ws: Workspace, target: SyncTarget | null = syncTarget(ws)): number {
  if (target) {
    const keyed = syncState(ws.db, cursorKey(target));
    if (keyed !== undefined) return Number(keyed);
    const current = syncTarget(ws);
    if (!current || targetKey(current) !== targetKey(target)) return 0;
  }
  return Number(syncState(ws.db, PUSH_CURSOR) ?? 0);
}

/** Files from before cursors were kept per target: their one cursor moves under its folder's key before the target can change. */
function adoptLegacyCursor(db: Database.Database): void {
  const legacy = syncState(db, PUSH_CURSOR);
  const mode = syncState(db, MODE);
  const target = syncState(db, TARGET);
  if (legacy === undefined || mode !== 'folder' || !target) return;
  const key = cursorKey({ mode: 'folder', folder: resolve(target) });
  if (syncState(db, key) === undefined) setSyncState(db, key, legacy);
  db.prepare('DELETE FROM sync_state WHERE key = ?').run(PUSH_CURSOR);
}

/** Called when a transport confirms it holds the changes up to `cursor`; the cursor never moves back. */
export function markPushed(ws: Workspace, cursor: number, target: SyncTarget | null = syncTarget(ws)): void {
  ws.assertWritable();
  if (cursor <= pushCursor(ws, target)) return;
  setSyncState(ws.db, target ? cursorKey(target) : PUSH_CURSOR, String(cursor));
}
