import { sameFieldValue, winnerOf } from '@shared/sync/field-merge';
import { columnsOf, identityOf, type Row, type SqlValue, type TableName } from '../db/tables';
import { asSql, loadRowView, type RowView, type Sql } from './row-view';

/**
 * Bring a row in its table to what the journal's winners say. A row whose
 * creation has not arrived yet stays unwritten (its creation will bring it); a
 * row that refers to one not here yet (another laptop's changes still on their
 * way) waits in sync_pending and is written by a later apply. A value this
 * version's schema refuses (a choice a newer Channelwise added, a damaged
 * change) never blocks the sync: the field keeps its value here, the change
 * stays in the journal (so the teammates still get it from the folder or the
 * server), and a new row that cannot be held waits like one whose parent is
 * missing. Any other failure throws: the caller's transaction then keeps nothing.
 * Returns whether the row is now as the journal says.
 */
export function materialize(sql: Sql, view: RowView): boolean {
  const { table, id } = view;
  const existing = sql(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row | undefined;
  try {
    if (existing) update(sql, view, existing);
    else if (view.created) insert(sql, view);
    else return true;
  } catch (error) {
    if (existing && isRefusedValue(error)) {
      // A failed statement is rolled back alone (the transaction goes on): write the fields one by one, passing over the refused ones.
      updateFieldByField(sql, view, existing);
      return true;
    }
    if (!isForeignKeyError(error) && !isRefusedValue(error)) throw error;
    sql('INSERT OR IGNORE INTO sync_pending (tbl, row_id) VALUES (?, ?)').run(table, id);
    return false;
  }
  sql('DELETE FROM sync_pending WHERE tbl = ? AND row_id = ?').run(table, id);
  return true;
}

function patchOf(view: RowView, existing: Row): [string, SqlValue][] {
  const identity = identityOf(view.table);
  const patch: [string, SqlValue][] = [];
  for (const [column, writes] of view.fields) {
    if (identity.includes(column)) continue;
    const winner = winnerOf(writes);
    if (winner && !sameFieldValue(existing[column] ?? null, winner.value)) patch.push([column, asSql(winner.value)]);
  }
  return patch;
}

function update(sql: Sql, view: RowView, existing: Row): void {
  const patch = patchOf(view, existing);
  if (patch.length === 0) return;
  sql(`UPDATE ${view.table} SET ${patch.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`).run(...patch.map(([, v]) => v), view.id);
}

function updateFieldByField(sql: Sql, view: RowView, existing: Row): void {
  for (const [column, value] of patchOf(view, existing)) {
    try {
      sql(`UPDATE ${view.table} SET ${column} = ? WHERE id = ?`).run(value, view.id);
    } catch (error) {
      if (!isRefusedValue(error)) throw error;
    }
  }
}

/** A value the table's CHECK, NOT NULL or STRICT type refuses. */
function isRefusedValue(error: unknown): boolean {
  const code = error instanceof Error ? (error as Error & { code?: string }).code : undefined;
  return code === 'SQLITE_CONSTRAINT_CHECK' || code === 'SQLITE_CONSTRAINT_NOTNULL' || code === 'SQLITE_CONSTRAINT_DATATYPE';
}

function insert(sql: Sql, view: RowView): void {
  const columns = columnsOf(view.table);
  const values = columns.map((column) => (column === 'id' ? view.id : view.current(column)));
  sql(`INSERT INTO ${view.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(values);
}

function isForeignKeyError(error: unknown): boolean {
  return error instanceof Error && (error as Error & { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/** Write the rows that waited for a row they refer to, as long as writing one lets another in. */
export function retryPending(sql: Sql): Set<string> {
  const written = new Set<string>();
  for (;;) {
    const pending = sql('SELECT tbl, row_id FROM sync_pending').all() as { tbl: TableName; row_id: string }[];
    let progress = false;
    for (const { tbl, row_id } of pending) {
      if (materialize(sql, loadRowView(sql, tbl, row_id))) {
        written.add(tbl);
        progress = true;
      }
    }
    if (!progress) return written;
  }
}
