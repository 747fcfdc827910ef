import type Database from 'better-sqlite3';
import { AppError } from '@shared/errors';
import type { HistoryEntry, HistoryState, Label } from '@shared/domain/types';
import { areaOf, type HistoryArea } from '@shared/history/areas';
import { isTableName, type SqlValue } from '../db/tables';
import { foldHistory, type HistoryRow } from './history-fold';
import { expandOps } from './cell-grid';
import type { Journal, Writer } from './journal';
import { ROW_OP, rowOpValues } from './row-ops';

interface TxnRow {
  seq: number;
  hlc: string;
  kind: HistoryEntry['kind'];
  label: string;
  state: 'done' | 'undone' | 'discarded' | null;
}
interface ListedTxn extends TxnRow {
  device_id: string;
  /** 1 when the action came from a teammate (its ops carry the base they were made on). */
  received: number | null;
}
interface OpRow {
  tbl: string;
  row_id: string;
  col: string;
  old_value: SqlValue;
  new_value: SqlValue;
}

/**
 * Undo and redo over the journal. Undoable actions are 'done' until undone; undo
 * takes the newest 'done', redo the oldest 'undone' (always the last one undone,
 * because a new action discards the redo chain). Both are journaled themselves,
 * so the history and later sync see them as ordinary changes, and both survive a
 * restart because the state lives in the file.
 */
export class History {
  constructor(
    private readonly db: Database.Database,
    private readonly journal: Journal,
  ) {}

  state(): HistoryState {
    const undo = this.newest('done');
    const redo = this.oldestUndone();
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: undo ? parseLabel(undo.label) : null,
      redoLabel: redo ? parseLabel(redo.label) : null,
    };
  }

  /**
   * Undo my own last action. When a teammate has changed one of its fields
   * since (a received change with a later clock), say so instead of silently
   * overwriting their change, unless `force` (the user chose "Undo anyway").
   */
  undo(force = false): HistoryState {
    const target = this.newest('done');
    if (!target) throw new AppError('NOTHING_TO_UNDO', 'Nothing to undo');
    if (!force) {
      const teammate = this.teammateSince(target);
      if (teammate !== null) throw new AppError('UNDO_TEAMMATE_CHANGED', 'A teammate changed this since', { name: teammate });
    }
    this.journal.run({ kind: 'undo', label: parseLabel(target.label), undoable: false }, (w) => {
      const ops = this.ops(target.seq).reverse();
      for (const op of ops) applyBackward(w, op);
      this.setState(target.seq, 'undone', w);
    });
    return this.state();
  }

  redo(): HistoryState {
    const target = this.oldestUndone();
    if (!target) throw new AppError('NOTHING_TO_REDO', 'Nothing to redo');
    this.journal.run({ kind: 'redo', label: parseLabel(target.label), undoable: false }, (w) => {
      for (const op of this.ops(target.seq)) applyForward(w, op);
      this.setState(target.seq, 'done', w);
    });
    return this.state();
  }

  /**
   * The newest `limit` entries, workshop votes and arrivals folded into one
   * line per run (see foldHistory); the journal itself keeps every one. With
   * an area, only that area's entries: filtered here rather than in the panel
   * so that a page is `limit` matching entries and "older" reaches back to
   * the first one, however far apart they are.
   */
  list(limit: number, area?: HistoryArea): HistoryEntry[] {
    const rows = this.db
      .prepare(
        `SELECT t.seq, t.hlc, t.kind, t.label, t.state, t.device_id,
                (SELECT o.base IS NOT NULL FROM journal_ops o WHERE o.txn_seq = t.seq ORDER BY o.idx LIMIT 1) AS received
         FROM journal_txns t ORDER BY t.seq DESC`,
      )
      .iterate() as IterableIterator<ListedTxn>;
    const names = new Map(
      (this.db.prepare('SELECT device_id, display_name FROM sync_peers').all() as { device_id: string; display_name: string | null }[]).map((peer) => [
        peer.device_id,
        peer.display_name,
      ]),
    );
    return foldHistory(historyRows(rows, area, names), limit);
  }

  /** The name of a teammate who changed a field of `target` after it, or null. */
  private teammateSince(target: TxnRow): string | null {
    // A workspace never synced has no teammates, and no sync index to make this cheap: nothing to look for.
    if (!this.db.prepare('SELECT 1 FROM sync_peers LIMIT 1').get()) return null;
    const later = this.journal.stmt(
      `SELECT t.device_id AS device, p.display_name AS name FROM journal_ops o
       JOIN journal_txns t ON t.seq = o.txn_seq LEFT JOIN sync_peers p ON p.device_id = t.device_id
       WHERE o.tbl = ? AND o.row_id = ? AND (? = '${ROW_OP}' OR o.col = ?) AND o.txn_seq > ? AND o.base IS NOT NULL AND t.hlc > ?
       LIMIT 1`,
    );
    for (const op of this.ops(target.seq)) {
      const found = later.get(op.tbl, op.row_id, op.col, op.col, target.seq, target.hlc) as { device: string; name: string | null } | undefined;
      if (found) return found.name ?? found.device.slice(0, 6);
    }
    return null;
  }

  private setState(seq: number, state: 'done' | 'undone', w: Writer): void {
    this.journal.stmt('UPDATE journal_txns SET state = ? WHERE seq = ?').run(state, seq);
    w.opCount = Math.max(w.opCount, 1);
  }

  private newest(state: 'done'): TxnRow | undefined {
    return this.journal
      .stmt('SELECT seq, hlc, kind, label, state FROM journal_txns WHERE state = ? ORDER BY seq DESC LIMIT 1')
      .get(state) as TxnRow | undefined;
  }

  private oldestUndone(): TxnRow | undefined {
    return this.journal
      .stmt(`SELECT seq, hlc, kind, label, state FROM journal_txns WHERE state = 'undone' ORDER BY seq ASC LIMIT 1`)
      .get() as TxnRow | undefined;
  }

  private ops(txnSeq: number): OpRow[] {
    return expandOps(
      this.journal.stmt('SELECT tbl, row_id, col, old_value, new_value FROM journal_ops WHERE txn_seq = ? ORDER BY idx').all(txnSeq) as OpRow[],
    );
  }
}

function* historyRows(rows: Iterable<ListedTxn>, area: HistoryArea | undefined, names: ReadonlyMap<string, string | null>): Generator<HistoryRow> {
  for (const r of rows) {
    const label = parseLabel(r.label);
    if (area !== undefined && areaOf(label.key) !== area) continue;
    const entry: HistoryEntry = { seq: r.seq, kind: r.kind, label, at: r.hlc.slice(0, 24), undone: r.state === 'undone' };
    if (r.received === 1) entry.author = names.get(r.device_id) ?? null;
    yield { entry, state: r.state };
  }
}

function applyBackward(w: Writer, op: OpRow): void {
  if (!isTableName(op.tbl)) return;
  if (op.col === ROW_OP) w.remove(op.tbl, op.row_id);
  else w.update(op.tbl, op.row_id, { [op.col]: op.old_value });
}

function applyForward(w: Writer, op: OpRow): void {
  if (!isTableName(op.tbl)) return;
  // The row is still there (undo only tombstoned it): bring back its initial values.
  if (op.col === ROW_OP) w.update(op.tbl, op.row_id, rowOpValues(op.tbl, String(op.new_value)));
  else w.update(op.tbl, op.row_id, { [op.col]: op.new_value });
}

export function parseLabel(text: string): Label {
  try {
    const value = JSON.parse(text) as Label;
    return typeof value.key === 'string' ? value : { key: 'history.update', params: { name: '' } };
  } catch {
    return { key: 'history.update', params: { name: '' } };
  }
}
