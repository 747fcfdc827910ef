import type Database from 'better-sqlite3';
import { CHANGE_FORMAT, toSyncValue, type SyncChange, type SyncOp } from '@shared/sync/change';
import { identityOf, isTableName, type Row, type SqlValue, type TableName } from '../db/tables';
import { ROW_OP } from '../journal/journal';
import type { TxnKind } from '../journal/journal';
import type { Workspace } from '../workspace';
import { ensureSyncIndex } from './sync-state';

interface TxnRow {
  seq: number;
  id: string;
  hlc: string;
  kind: TxnKind;
  label: string;
}

interface OpRow {
  tbl: string;
  row_id: string;
  col: string;
  new_value: SqlValue;
}

/**
 * This copy's own actions after `cursor` (a journal seq), as changes to hand to
 * a transport, oldest first; `cursor` in the answer is where the next call
 * starts once the transport has confirmed these (markPushed). Changes received
 * from other laptops are theirs to send and are left out, and so is an action
 * that changed nothing that syncs.
 */
export function localChangesSince(ws: Workspace, cursor: number): { changes: SyncChange[]; cursor: number } {
  const { db } = ws;
  if (!ws.readOnly) ensureSyncIndex(db);
  const txns = db
    .prepare('SELECT seq, id, hlc, kind, label FROM journal_txns WHERE seq > ? AND device_id = ? ORDER BY seq')
    .all(cursor, ws.deviceId) as TxnRow[];
  const opsOf = db.prepare('SELECT tbl, row_id, col, new_value FROM journal_ops WHERE txn_seq = ? ORDER BY idx');
  const changes: SyncChange[] = [];
  for (const txn of txns) {
    const ops: SyncOp[] = [];
    for (const op of opsOf.all(txn.seq) as OpRow[]) {
      if (!isTableName(op.tbl)) continue;
      const base = baseOf(db, op.tbl, op.row_id, op.col, txn.seq);
      ops.push({
        tbl: op.tbl,
        row: op.row_id,
        col: op.col,
        value: op.col === ROW_OP ? withIdentity(db, op.tbl, op.row_id, String(op.new_value)) : toSyncValue(op.new_value),
        ...(base ? { base } : {}),
      });
    }
    if (ops.length > 0) {
      changes.push({ v: CHANGE_FORMAT, id: txn.id, hlc: txn.hlc, device: ws.deviceId, kind: txn.kind, label: JSON.parse(txn.label) as SyncChange['label'], ops });
    }
  }
  return { changes, cursor: txns.length > 0 ? txns[txns.length - 1]!.seq : cursor };
}

/**
 * The clock of the value an op replaced: the greatest clock among the earlier
 * ops on the same field or on the row's creation (for a creation: on the row).
 * The same rule as loadRowView's, so both laptops agree on it.
 */
function baseOf(db: Database.Database, table: string, rowId: string, col: string, seq: number): string | undefined {
  const sql =
    col === ROW_OP
      ? `SELECT max(t.hlc) FROM journal_ops o JOIN journal_txns t ON t.seq = o.txn_seq WHERE o.tbl = ? AND o.row_id = ? AND o.txn_seq < ?`
      : `SELECT max(t.hlc) FROM journal_ops o JOIN journal_txns t ON t.seq = o.txn_seq WHERE o.tbl = ? AND o.row_id = ? AND o.col IN (?, '*') AND o.txn_seq < ?`;
  const args = col === ROW_OP ? [table, rowId, seq] : [table, rowId, col, seq];
  return (db.prepare(sql).pluck().get(...args) as string | null) ?? undefined;
}

/**
 * A creation op leaves out the row's identity columns (they stay in the row
 * for good, see TABLES), but a laptop that does not have the row needs them:
 * they are read back from the row, where they never change.
 */
function withIdentity(db: Database.Database, table: TableName, rowId: string, payload: string): string {
  const identity = identityOf(table);
  if (identity.length === 0) return payload;
  const row = db.prepare(`SELECT ${identity.join(', ')} FROM ${table} WHERE id = ?`).get(rowId) as Row | undefined;
  return row ? JSON.stringify({ ...(JSON.parse(payload) as Row), ...row }) : payload;
}
