import { byHlc, fromSyncValue, type SyncChange } from '@shared/sync/change';
import { parseHlc } from '@shared/sync/hlc';
import { TABLE_ORDER, type SqlValue } from '../db/tables';
import type { Workspace } from '../workspace';
import { recordConflicts } from './conflicts';
import { materialize, retryPending } from './materialize';
import { asSql, loadRowView, RowView } from './row-view';
import { notePeersFromChanges } from './peers';
import { ensureSyncIndex } from './sync-state';

export interface ApplyResult {
  /** Changes taken in by this call (journaled; their winning fields written). */
  applied: number;
  /** Changes already here, or repeated within the call. */
  skipped: number;
  /** Tables whose rows changed or may have. */
  tables: string[];
  /** Conflicts recorded by this call. */
  conflicts: number;
  /** Set when a change's clock was more than an hour ahead of ours: it was applied, our clock was not dragged along. */
  clockSkew: { device: string; hlc: string; aheadMs: number } | null;
}

/**
 * Take in changes from other laptops: in one SQLite transaction (all of them or
 * none: a crash mid-way leaves nothing half-applied, and the next call applies
 * them again), each once (a change whose id is in the journal is skipped), in
 * clock order. Every change goes into the journal as it came (not undoable
 * here: Undo stays personal); each field then holds the value with the greatest
 * clock, whatever order the changes arrived in. Values that lost to a
 * concurrent change are recorded as conflicts. Ops on a table or column this
 * version does not know are journaled and not applied.
 */
export function applyRemoteChanges(ws: Workspace, changes: readonly SyncChange[]): ApplyResult {
  ws.assertWritable();
  const { db } = ws;
  ensureSyncIndex(db);
  const known = db.prepare('SELECT 1 FROM journal_txns WHERE id = ?').pluck();
  const unique = new Map<string, SyncChange>();
  for (const change of changes) if (!unique.has(change.id) && !known.get(change.id)) unique.set(change.id, change);
  const fresh = [...unique.values()].sort(byHlc);
  const result: ApplyResult = { applied: fresh.length, skipped: changes.length - fresh.length, tables: [], conflicts: 0, clockSkew: null };
  if (fresh.length === 0) return result;

  const tables = new Set<string>();
  const sql = (text: string) => ws.journal.stmt(text);
  db.transaction(() => {
    const views = new Map<string, RowView>();
    const insertTxn = db
      .prepare(`INSERT INTO journal_txns (id, hlc, device_id, kind, label, state) VALUES (?, ?, ?, ?, ?, NULL) RETURNING seq`)
      .pluck();
    const insertOp = db.prepare(
      'INSERT INTO journal_ops (txn_seq, idx, tbl, row_id, col, old_value, new_value, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const change of fresh) {
      const seq = insertTxn.get(change.id, change.hlc, change.device, change.kind, JSON.stringify(change.label)) as number;
      change.ops.forEach((op, idx) => {
        const value = asSql(fromSyncValue(op.value));
        let view: RowView | undefined;
        if (RowView.writable(op.tbl, op.col)) {
          const key = `${op.tbl}\u0000${op.row}`;
          view = views.get(key);
          // Loaded before this call journals anything for the row, then kept up to date here.
          if (!view) views.set(key, (view = loadRowView(sql, op.tbl, op.row)));
        }
        const old: SqlValue = view && op.col !== '*' ? view.current(op.col) : null;
        // The base as received ('' for none) marks the op as received: see journal_ops.base.
        insertOp.run(seq, idx, op.tbl, op.row, op.col, old, value, op.base ?? '');
        view?.add(op.col, { hlc: change.hlc, device: change.device, value, base: op.base ?? null });
      });
      const aheadMs = ws.journal.receive(change.hlc);
      if (aheadMs > 0 && (!result.clockSkew || aheadMs > result.clockSkew.aheadMs)) {
        result.clockSkew = { device: change.device, hlc: change.hlc, aheadMs };
      }
    }
    // Parents before children, so a row and the row it refers to can arrive in one call.
    const order = (table: string) => TABLE_ORDER.indexOf(table as (typeof TABLE_ORDER)[number]);
    const now = new Date(parseHlc(fresh[fresh.length - 1]!.hlc).millis).toISOString();
    for (const view of [...views.values()].sort((a, b) => order(a.table) - order(b.table))) {
      materialize(sql, view);
      tables.add(view.table);
      result.conflicts += recordConflicts(sql, view, now);
    }
    for (const table of retryPending(sql)) tables.add(table);
    notePeersFromChanges(ws, fresh);
  })();
  result.tables = [...tables].sort();
  ws.journal.announce(tables);
  return result;
}
