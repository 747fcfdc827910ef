import type Database from 'better-sqlite3';
import { winnerOf, type FieldValue, type FieldWrite } from '@shared/sync/field-merge';
import { ROW_OP } from '../journal/row-ops';
import { blankRow, columnsOf, identityOf, isTableName, type SqlValue, type TableName } from '../db/tables';

/**
 * One row as the journal knows it: every write each column received, from this
 * laptop and from others, whether or not it won. The row in its table is what
 * the winners say (see materialize.ts); the losers are what the Conflicts list
 * shows.
 */
export class RowView {
  readonly fields = new Map<string, FieldWrite[]>();
  /** A row-creation op was seen: the row can be written even if it is not in its table yet. */
  created = false;
  /** Columns that received writes in this apply: their conflicts are worked out again. */
  readonly touched = new Set<string>();

  constructor(
    readonly table: TableName,
    readonly id: string,
  ) {}

  /** Whether an op's column is one this version writes: a known column, not the id or an identity column (set once, at creation). */
  static writable(table: string, col: string): table is TableName {
    if (!isTableName(table)) return false;
    return col === ROW_OP || (col !== 'id' && columnsOf(table).includes(col) && !identityOf(table).includes(col));
  }

  /** The winning value of a column (what the row holds, or will once written). */
  current(col: string): SqlValue {
    return asSql(winnerOf(this.fields.get(col) ?? [])?.value ?? null);
  }

  add(col: string, write: FieldWrite): void {
    if (col !== ROW_OP) {
      this.push(col, write);
      return;
    }
    this.created = true;
    const given = JSON.parse(String(write.value)) as Record<string, SqlValue>;
    const identity = identityOf(this.table);
    const blank = blankRow(this.table);
    for (const column of columnsOf(this.table)) {
      if (column === 'id') continue;
      if (column in given) this.push(column, { ...write, value: given[column] ?? null });
      // A column the new row left blank is a default: it gives way to any write (see winnerOf).
      else if (!identity.includes(column)) this.push(column, { hlc: '', device: write.device, value: blank[column] ?? null, base: null });
    }
  }

  private push(col: string, write: FieldWrite): void {
    let writes = this.fields.get(col);
    if (!writes) this.fields.set(col, (writes = []));
    writes.push(write);
    this.touched.add(col);
  }
}

/** A prepared statement for this SQL, cached (Journal.stmt): an apply runs the same few thousands of times. */
export type Sql = (text: string) => Database.Statement;

interface OpRow {
  col: string;
  new_value: SqlValue;
  base: string | null;
  hlc: string;
  device_id: string;
}

/**
 * The row's view from the journal. An op made in this file has no stored base:
 * it replaced the newest value the field had here then, i.e. the greatest clock
 * among the earlier ops on that field or on the row's creation (for a creation:
 * on the row). localChangesSince sends the same base.
 */
export function loadRowView(sql: Sql, table: TableName, id: string): RowView {
  const view = new RowView(table, id);
  const ops = sql(
      `SELECT o.col, o.new_value, o.base, t.hlc, t.device_id FROM journal_ops o JOIN journal_txns t ON t.seq = o.txn_seq
       WHERE o.tbl = ? AND o.row_id = ? ORDER BY o.txn_seq, o.idx`,
  ).all(table, id) as OpRow[];
  const latest = new Map<string, string>();
  let latestOfRow = '';
  for (const op of ops) {
    const base = op.base === null ? derivedBase(latest, latestOfRow, op.col) : op.base === '' ? null : op.base;
    view.add(op.col, { hlc: op.hlc, device: op.device_id, value: op.new_value, base });
    if (op.hlc > (latest.get(op.col) ?? '')) latest.set(op.col, op.hlc);
    if (op.hlc > latestOfRow) latestOfRow = op.hlc;
  }
  view.touched.clear();
  return view;
}

function derivedBase(latest: ReadonlyMap<string, string>, latestOfRow: string, col: string): string | null {
  if (col === ROW_OP) return latestOfRow || null;
  const field = latest.get(col) ?? '';
  const created = latest.get(ROW_OP) ?? '';
  return (field > created ? field : created) || null;
}

/** A value as better-sqlite3 binds it: bytes as a Buffer. */
export function asSql(value: FieldValue): SqlValue {
  return value instanceof Uint8Array && !Buffer.isBuffer(value) ? Buffer.from(value) : (value as Exclude<FieldValue, Uint8Array> | Buffer);
}
