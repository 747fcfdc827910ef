import { AppError } from '@shared/errors';
import { conflictLosers, winnerOf } from '@shared/sync/field-merge';
import { identityOf, isTableName, type SqlValue } from '../db/tables';
import { derivedId } from '../db/ids';
import type { Workspace } from '../workspace';
import type { RowView, Sql } from './row-view';

export interface SyncConflict {
  id: string;
  table: string;
  rowId: string;
  column: string;
  /** The value that lost, which "Use this value instead" writes back. */
  value: SqlValue;
  valueHlc: string;
  valueDevice: string;
  winnerHlc: string;
  createdAt: string;
}

/**
 * Work out again the conflicts of the columns an apply wrote to: record each
 * losing value (its id comes from the field and its clock, so every laptop
 * names it alike) and close the open ones that are no longer losers (someone
 * wrote that value back, or a later edit replaced it knowingly). Returns how
 * many new ones were recorded.
 */
export function recordConflicts(sql: Sql, view: RowView, now: string): number {
  const insert = sql(
    `INSERT INTO sync_conflicts (id, tbl, row_id, col, value, value_hlc, value_device, winner_hlc, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET winner_hlc = excluded.winner_hlc`,
  );
  const open = sql(`SELECT id FROM sync_conflicts WHERE tbl = ? AND row_id = ? AND col = ? AND state = 'open'`).pluck();
  const close = sql(`UPDATE sync_conflicts SET state = 'resolved' WHERE id = ?`);
  const exists = sql('SELECT 1 FROM sync_conflicts WHERE id = ?').pluck();
  const identity = identityOf(view.table);
  let recorded = 0;
  for (const column of view.touched) {
    if (identity.includes(column)) continue;
    const writes = view.fields.get(column) ?? [];
    const winner = winnerOf(writes);
    const losers = new Set<string>();
    for (const loser of conflictLosers(writes)) {
      const id = derivedId('syncConflict', view.table, view.id, column, loser.hlc);
      losers.add(id);
      if (!exists.get(id)) recorded++;
      insert.run(id, view.table, view.id, column, loser.value, loser.hlc, loser.device, winner?.hlc ?? '', now);
    }
    for (const id of open.all(view.table, view.id, column) as string[]) if (!losers.has(id)) close.run(id);
  }
  return recorded;
}

interface ConflictRow {
  id: string;
  tbl: string;
  row_id: string;
  col: string;
  value: SqlValue;
  value_hlc: string;
  value_device: string;
  winner_hlc: string;
  created_at: string;
}

/** The open conflicts, oldest losing change first. */
export function listConflicts(ws: Workspace): SyncConflict[] {
  const rows = ws.db
    .prepare(`SELECT * FROM sync_conflicts WHERE state = 'open' ORDER BY value_hlc, tbl, row_id, col`)
    .all() as ConflictRow[];
  return rows.map((r) => ({
    id: r.id,
    table: r.tbl,
    rowId: r.row_id,
    column: r.col,
    value: r.value,
    valueHlc: r.value_hlc,
    valueDevice: r.value_device,
    winnerHlc: r.winner_hlc,
    createdAt: r.created_at,
  }));
}

/**
 * "Use this value instead": write the losing value back as an ordinary local
 * edit (undoable, in the history, and synced like any other), and close the
 * conflict in the same transaction.
 */
export function resolveConflict(ws: Workspace, id: string, subject = ''): void {
  ws.assertWritable();
  const row = ws.db.prepare(`SELECT * FROM sync_conflicts WHERE id = ? AND state = 'open'`).get(id) as ConflictRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `No open conflict ${id}`, { id });
  const table = row.tbl;
  if (!isTableName(table)) throw new AppError('NOT_FOUND', `No table ${table}`, { id });
  ws.journal.run({ kind: 'edit', label: { key: 'history.useConflictValue', params: { column: row.col, subject } }, undoable: true }, (w) => {
    w.update(table, row.row_id, { [row.col]: row.value });
    ws.db.prepare(`UPDATE sync_conflicts SET state = 'resolved' WHERE id = ?`).run(id);
  });
}
