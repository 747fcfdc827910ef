import type Database from 'better-sqlite3';
import { CHANGE_FORMAT, toSyncValue, type SyncChange, type SyncOp } from '@shared/sync/change';
import { identityOf, isTableName, type Row, type SqlValue, type TableName } from '../db/tables';
import { expandOps } from '../journal/cell-grid';
import { ROW_OP } from '../journal/row-ops';
import type { TxnKind } from '../journal/journal';
import type { Workspace } from '../workspace';
import { ensureSyncIndex } from './sync-state';

interface TxnRow {
  seq: number;
  id: string;
  hlc: string;
  device_id: string;
  kind: TxnKind;
  label: string;
}

interface OpRow {
  txn_seq: number;
  tbl: string;
  row_id: string;
  col: string;
  new_value: SqlValue;
  /** NULL for an op made here; set (possibly '') for one received. */
  base: string | null;
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
  const txns = db.prepare('SELECT seq, id, hlc, device_id, kind, label FROM journal_txns WHERE seq > ? ORDER BY seq').all(cursor) as TxnRow[];
  if (txns.length === 0) return { changes: [], cursor };
  // Every op after the cursor, received ones too: they count for the base of a later op of ours.
  // Expanded in memory for a read-only copy, whose grids ensureSyncIndex could not expand in the file.
  const ops = expandOps(db.prepare('SELECT txn_seq, tbl, row_id, col, new_value, base FROM journal_ops WHERE txn_seq > ? ORDER BY txn_seq, idx').all(cursor) as OpRow[]);
  const bases = new Bases(db, cursor);
  const changes: SyncChange[] = [];
  let at = 0;
  for (const txn of txns) {
    // Made in this file, whatever device id it was stamped with: a file moved to another path, or older than sync,
    // made its earlier changes under another id, and nobody else holds them to send.
    const own = at < ops.length && ops[at]!.txn_seq === txn.seq && ops[at]!.base === null;
    const out: SyncOp[] = [];
    for (; at < ops.length && ops[at]!.txn_seq === txn.seq; at++) {
      const op = ops[at]!;
      const base = bases.next(op.tbl, op.row_id, op.col, txn.hlc);
      if (!own || !isTableName(op.tbl)) continue;
      out.push({
        tbl: op.tbl,
        row: op.row_id,
        col: op.col,
        value: op.col === ROW_OP ? withIdentity(db, op.tbl, op.row_id, String(op.new_value)) : toSyncValue(op.new_value),
        ...(base ? { base } : {}),
      });
    }
    if (out.length > 0) {
      changes.push({ v: CHANGE_FORMAT, id: txn.id, hlc: txn.hlc, device: txn.device_id, kind: txn.kind, label: JSON.parse(txn.label) as SyncChange['label'], ops: out });
    }
  }
  // Past the received actions too: they are never this copy's to send.
  return { changes, cursor: txns[txns.length - 1]!.seq };
}

/**
 * The clock of the value an op replaced: the greatest clock among the earlier
 * ops on the same field or on the row's creation (for a creation: on the row).
 * The same rule as loadRowView's, so both laptops agree on it. Kept per row
 * while the ops are read in journal order; a row's ops before the cursor are
 * read once, when the row first comes up.
 */
class Bases {
  private readonly rows = new Map<string, Map<string, string>>();
  private readonly before: Database.Statement;

  constructor(db: Database.Database, cursor: number) {
    this.before = db.prepare(
      `SELECT o.col, max(t.hlc) AS hlc FROM journal_ops o JOIN journal_txns t ON t.seq = o.txn_seq
       WHERE o.tbl = ? AND o.row_id = ? AND o.txn_seq <= ${Math.floor(cursor)} GROUP BY o.col`,
    );
  }

  /** The base of this op, then the op counted in. */
  next(table: string, rowId: string, col: string, hlc: string): string | undefined {
    const key = `${table}\u0000${rowId}`;
    let latest = this.rows.get(key);
    if (!latest) {
      latest = new Map();
      for (const r of this.before.all(table, rowId) as { col: string; hlc: string }[]) latest.set(r.col, r.hlc);
      this.rows.set(key, latest);
    }
    let base: string;
    if (col === ROW_OP) base = [...latest.values()].reduce((a, b) => (b > a ? b : a), '');
    else {
      const field = latest.get(col) ?? '';
      const created = latest.get(ROW_OP) ?? '';
      base = field > created ? field : created;
    }
    if (hlc > (latest.get(col) ?? '')) latest.set(col, hlc);
    return base || undefined;
  }
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
