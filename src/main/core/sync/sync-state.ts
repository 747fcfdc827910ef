import type Database from 'better-sqlite3';
import type { Workspace } from '../workspace';

/**
 * The lookup of a row's journal ops by table and row, which applying changes
 * does for every row it receives and exporting for every op it sends. Made when
 * a workspace first syncs, not by a migration: every local edit pays for the
 * index, and a workspace that never syncs should not (the bulk-load benchmark).
 */
export function ensureSyncIndex(db: Database.Database): void {
  db.exec('CREATE INDEX IF NOT EXISTS journal_ops_by_row ON journal_ops (tbl, row_id)');
}

export function syncState(db: Database.Database, key: string): string | undefined {
  return db.prepare('SELECT value FROM sync_state WHERE key = ?').pluck().get(key) as string | undefined;
}

export function setSyncState(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

const PUSH_CURSOR = 'push_cursor';

/** The last local journal seq a transport confirmed it holds; 0 before the first push. */
export function pushCursor(ws: Workspace): number {
  return Number(syncState(ws.db, PUSH_CURSOR) ?? 0);
}

/** Called when a transport confirms it holds the changes up to `cursor`; the cursor never moves back. */
export function markPushed(ws: Workspace, cursor: number): void {
  ws.assertWritable();
  if (cursor > pushCursor(ws)) setSyncState(ws.db, PUSH_CURSOR, String(cursor));
}
