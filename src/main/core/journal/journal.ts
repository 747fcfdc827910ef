import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '@shared/errors';
import type { Label } from '@shared/domain/types';
import { formatHlc, nextHlc, parseHlc, receiveBounded, type HlcState } from '@shared/sync/hlc';
import { columnsOf, type Row, type SqlValue, type TableName, type TableRow } from '../db/tables';
import { rowsOf } from '../db/typed';
import { ROW_INDEX, ROW_OP, rowOpPayload, type CompactOp } from './row-ops';

export type TxnKind = 'edit' | 'undo' | 'redo' | 'restore' | 'import';

/** How one step of a batch ended. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface TxnOptions {
  kind: TxnKind;
  label: Label;
  /** Undoable actions start 'done'; undo/redo steps and the initial seed are not undoable (null). */
  undoable: boolean;
}

/**
 * Every change to synced tables goes through a Writer inside `Journal.run`: it
 * writes the row and, in the same SQLite transaction, one journal op per field
 * (or one per new row). That single path gives undo/redo, history, snapshots
 * and, later, sync their data.
 */
export class Journal {
  private readonly db: Database.Database;
  /** Stamps every action made here; one per laptop and copy of the file (see src/main/core/sync/device-ids.ts). */
  readonly deviceId: string;
  /** The wall clock; tests of sync between laptops give each its own. */
  private readonly now: () => number;
  private clock: HlcState;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly listeners = new Set<(tables: ReadonlySet<string>) => void>();
  /** While a batch runs, the tables its steps touched; listeners hear of them after its commit. */
  private deferred: Set<string> | null = null;

  constructor(db: Database.Database, deviceId: string, now: () => number = Date.now) {
    this.db = db;
    this.deviceId = deviceId;
    this.now = now;
    // The greatest clock seen, not the last action's: a change received from
    // another laptop can be journaled after ours with an older clock, and the
    // next edit here must still sort after everything in the journal.
    const latest = db.prepare('SELECT max(hlc) FROM journal_txns').pluck().get() as string | null;
    this.clock = latest ? receiveBounded({ millis: 0, counter: 0 }, parseHlc(latest), now()).state : { millis: 0, counter: 0 };
  }

  /** Run `fn` as one journaled, atomic action. Listeners hear of it after commit. */
  run<T>(options: TxnOptions, fn: (writer: Writer) => T): T {
    const touched = new Set<string>();
    const result = this.db.transaction(() => {
      this.clock = nextHlc(this.clock, this.now());
      const txnSeq = this.stmt(
        `INSERT INTO journal_txns (id, hlc, device_id, kind, label, state) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq`,
      )
        .pluck()
        .get(
          uuidv7(),
          formatHlc(this.clock, this.deviceId),
          this.deviceId,
          options.kind,
          JSON.stringify(options.label),
          options.undoable ? 'done' : null,
        ) as number;
      const writer = new Writer(this, txnSeq, touched);
      const value = fn(writer);
      // The last buffered ops go in before the commit: every op is in the same transaction as its change.
      writer.flush();
      if (writer.opCount === 0) {
        // Nothing changed: leave no empty step in the history.
        this.stmt('DELETE FROM journal_txns WHERE seq = ?').run(txnSeq);
      } else if (options.undoable) {
        // A new action ends the redo chain, as in every editor.
        this.stmt(`UPDATE journal_txns SET state = 'discarded' WHERE state = 'undone'`).run();
      }
      return value;
    })();
    if (this.deferred) for (const table of touched) this.deferred.add(table);
    else this.notify(touched);
    return result;
  }

  /**
   * Run independent steps in ONE SQLite transaction, so a burst of small writes
   * costs one commit (one fsync) instead of one each. Every step runs in its own
   * savepoint: one that throws is rolled back alone and reported in its slot,
   * the others stay in. Each `run` inside keeps its own journal entry; listeners
   * hear once, after the commit, of every table touched. If the commit itself
   * fails (or SQLite abandons the transaction), this throws and nothing is kept.
   */
  batch<T>(steps: readonly (() => T)[]): Settled<T>[] {
    if (this.deferred || this.db.inTransaction) throw new AppError('INTERNAL', 'A batch cannot run inside another transaction');
    const touched = new Set<string>();
    this.deferred = touched;
    let settled: Settled<T>[];
    try {
      settled = this.db.transaction(() =>
        steps.map((step): Settled<T> => {
          try {
            return { ok: true, value: this.db.transaction(step)() };
          } catch (error) {
            // An I/O or disk-full error ends the whole transaction; the steps before
            // this one were lost with it, so the batch must fail as a whole.
            if (!this.db.inTransaction) throw error;
            return { ok: false, error };
          }
        }),
      )();
    } finally {
      this.deferred = null;
    }
    // A step that failed after a successful inner run may leave a table named
    // here that did not change in the end: a spare refresh, never a missed one.
    this.notify(touched);
    return settled;
  }

  /**
   * Take in the clock of a change received from another laptop, so the next
   * local action sorts after everything seen. A clock far ahead of ours moves
   * ours only up to a bound (see receiveBounded); returns by how many
   * milliseconds it was ahead of the wall clock beyond that bound, else 0.
   */
  receive(remoteHlc: string): number {
    const { state, aheadMs } = receiveBounded(this.clock, parseHlc(remoteHlc), this.now());
    this.clock = state;
    return aheadMs;
  }

  /** Tell the listeners (open windows, the backup timer) that changes made outside `run` were committed. */
  announce(touched: ReadonlySet<string>): void {
    this.notify(touched);
  }

  private notify(touched: ReadonlySet<string>): void {
    if (touched.size > 0) for (const listener of this.listeners) listener(touched);
  }

  onCommit(listener: (tables: ReadonlySet<string>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether new rows may be journaled as one compact op: only until the workspace first syncs (see ROW_INDEX). */
  compactAllowed(): boolean {
    return this.stmt(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = '${ROW_INDEX}'`).get() === undefined;
  }

  /** The hottest statement of all: one row per changed field. */
  get insertOp(): Database.Statement {
    return (this.insertOpStmt ??= this.db.prepare(
      'INSERT INTO journal_ops (txn_seq, idx, tbl, row_id, col, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ));
  }
  private insertOpStmt: Database.Statement | undefined;

  /** ROWS_PER_INSERT ops in one statement (see Writer.flush). */
  get insertOps(): Database.Statement {
    return (this.insertOpsStmt ??= this.db.prepare(
      `INSERT INTO journal_ops (txn_seq, idx, tbl, row_id, col, old_value, new_value) VALUES ${new Array<string>(ROWS_PER_INSERT).fill('(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    ));
  }
  private insertOpsStmt: Database.Statement | undefined;

  /**
   * ROWS_PER_INSERT row-creation ops of `table` in one statement. The table,
   * ROW_OP and the empty old value are part of the SQL, so each op binds 4
   * values instead of 7: in a bulk load, binding is most of what writing an op
   * costs in JavaScript, and the table name was converted for SQLite 86,400 times.
   */
  insertRowOps(table: TableName): Database.Statement {
    let statement = this.rowOpStatements.get(table);
    if (!statement) {
      // Table names are the fixed identifiers of TABLES, never user input.
      const values = new Array<string>(ROWS_PER_INSERT).fill(`(?, ?, '${table}', ?, '${ROW_OP}', NULL, ?)`).join(', ');
      statement = this.db.prepare(`INSERT INTO journal_ops (txn_seq, idx, tbl, row_id, col, old_value, new_value) VALUES ${values}`);
      this.rowOpStatements.set(table, statement);
    }
    return statement;
  }
  private readonly rowOpStatements = new Map<TableName, Database.Statement>();

  /** Prepared statements are cached: the same few shapes run thousands of times. */
  stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/**
 * Journal ops per multi-row INSERT. A bulk load (an import, 86,400 cells) writes
 * one op per cell, and one statement per op cost about half as much again as
 * writing them 64 at a time (448 variables, far below SQLite's 32,766).
 */
export const ROWS_PER_INSERT = 64;
const OP_FIELDS = 7;
/** What a buffered row-creation op holds: txn_seq, idx, row id, payload (see Journal.insertRowOps). */
const ROW_OP_FIELDS = 4;

export class Writer {
  opCount = 0;
  /** Field ops recorded but not yet written, OP_FIELDS values each; written ROWS_PER_INSERT at a time and by flush(). */
  private pending: SqlValue[] = [];
  /**
   * Row-creation ops of `rowTable` not yet written, ROW_OP_FIELDS values each, in
   * a buffer of their own: they go in with the lean statement of insertRowOps.
   * The two buffers are written in a different order than recorded, which
   * changes nothing: an op's place in its action is its idx, the key of journal_ops.
   */
  private pendingRows: SqlValue[] = [];
  private rowTable: TableName | null = null;
  constructor(
    private readonly journal: Journal,
    readonly txnSeq: number,
    private readonly touched: Set<string>,
  ) {}

  get<N extends TableName>(table: N, id: string): TableRow<N> | undefined {
    return rowsOf(table, this.journal.stmt(`SELECT * FROM ${table} WHERE id = ?`)).get(id);
  }

  /** Insert a complete new row. */
  insert(table: TableName, row: Row): void {
    const { sql, columns } = insertSql(table);
    const values: SqlValue[] = new Array<SqlValue>(columns.length);
    for (let i = 0; i < columns.length; i++) values[i] = row[columns[i]!] ?? null;
    this.journal.stmt(sql).run(values);
    this.recordRow(table, String(row.id), rowOpPayload(table, row));
  }

  /**
   * Insert complete new rows, their creation journaled as the one compact op
   * `compact` makes for them (it must stand for exactly these rows), or row by
   * row once the workspace has synced. The op's idx is the first of as many as
   * it has rows: expanded, each row gets the idx it would have had.
   */
  insertRows(table: TableName, rows: readonly Row[], compact: (rows: readonly Row[]) => CompactOp): void {
    if (rows.length === 0) return;
    if (!this.journal.compactAllowed()) {
      for (const row of rows) this.insert(table, row);
      return;
    }
    const op = compact(rows);
    if (op.count !== rows.length) throw new AppError('INTERNAL', `A compact op for ${rows.length} rows stands for ${op.count}`);
    const { sql, columns } = insertSql(table);
    const statement = this.journal.stmt(sql);
    const values: SqlValue[] = new Array<SqlValue>(columns.length);
    for (const row of rows) {
      for (let i = 0; i < columns.length; i++) values[i] = row[columns[i]!] ?? null;
      statement.run(values);
    }
    this.journal.insertOp.run(this.txnSeq, this.opCount, table, op.rowId, op.col, null, op.payload);
    this.opCount += op.count;
    this.touched.add(table);
  }

  /** Change some fields of an existing row; only fields whose value differs are written. */
  update(table: TableName, id: string, patch: Row, existing?: Row): Row {
    const old: Row | undefined = existing ?? this.get(table, id);
    if (!old) throw new AppError('NOT_FOUND', `No ${table} row ${id}`, { id });
    const changed = Object.keys(patch).filter((c) => c !== 'id' && !sameValue(old[c], patch[c]));
    if (changed.length === 0) return old;
    this.journal
      .stmt(`UPDATE ${table} SET ${changed.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`)
      .run(...changed.map((c) => patch[c] ?? null), id);
    for (const column of changed) this.record(table, id, column, old[column] ?? null, patch[column] ?? null);
    return { ...old, ...patch };
  }

  /** Insert the row, or bring an existing one (possibly a tombstone) to these values. */
  put(table: TableName, row: Row, existing?: Row | null): void {
    const old: Row | null | undefined = existing === undefined ? this.get(table, String(row.id)) : existing;
    if (old) this.update(table, String(row.id), row, old);
    else this.insert(table, row);
  }

  /** Tombstone a row: synced rows are never removed. */
  remove(table: TableName, id: string): void {
    this.update(table, id, { deleted: 1 });
  }

  private record(table: string, rowId: string, column: string, oldValue: SqlValue, newValue: SqlValue): void {
    this.pending.push(this.txnSeq, this.opCount, table, rowId, column, oldValue, newValue);
    this.opCount++;
    this.touched.add(table);
    if (this.pending.length === ROWS_PER_INSERT * OP_FIELDS) this.flushFields();
  }

  private recordRow(table: TableName, rowId: string, payload: string): void {
    if (this.rowTable !== table) {
      this.flushRows();
      this.rowTable = table;
    }
    this.pendingRows.push(this.txnSeq, this.opCount, rowId, payload);
    this.opCount++;
    this.touched.add(table);
    if (this.pendingRows.length === ROWS_PER_INSERT * ROW_OP_FIELDS) this.flushRows();
  }

  /**
   * Writes the ops recorded so far. Journal.run calls it before its transaction
   * commits (nothing reads the ops of the action still running), so an
   * acknowledged change is never without its op; a change that throws rolls
   * back with the ops it had buffered.
   */
  flush(): void {
    this.flushRows();
    this.flushFields();
  }

  private flushFields(): void {
    const pending = this.pending;
    if (pending.length === 0) return;
    this.pending = [];
    if (pending.length === ROWS_PER_INSERT * OP_FIELDS) {
      this.journal.insertOps.run(pending);
      return;
    }
    for (let at = 0; at < pending.length; at += OP_FIELDS) this.journal.insertOp.run(pending.slice(at, at + OP_FIELDS));
  }

  private flushRows(): void {
    const pending = this.pendingRows;
    const table = this.rowTable;
    if (pending.length === 0 || table === null) return;
    this.pendingRows = [];
    if (pending.length === ROWS_PER_INSERT * ROW_OP_FIELDS) {
      this.journal.insertRowOps(table).run(pending);
      return;
    }
    for (let at = 0; at < pending.length; at += ROW_OP_FIELDS) {
      this.journal.insertOp.run(pending[at], pending[at + 1], table, pending[at + 2], ROW_OP, null, pending[at + 3]);
    }
  }
}

const insertSqlCache = new Map<TableName, { sql: string; columns: string[] }>();
function insertSql(table: TableName): { sql: string; columns: string[] } {
  let entry = insertSqlCache.get(table);
  if (!entry) {
    const columns = columnsOf(table);
    entry = { columns, sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})` };
    insertSqlCache.set(table, entry);
  }
  return entry;
}

function sameValue(a: SqlValue | undefined, b: SqlValue | undefined): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  return (a ?? null) === (b ?? null);
}
