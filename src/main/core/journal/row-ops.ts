// The journal's row ops: how the creation of a row (or of a grid of cells, see cell-grid.ts) is written in
// journal_ops and read back.
import { blankRow, columnsOf, identityOf, type Row, type TableName } from '../db/tables';

/**
 * Marker for a new row in journal_ops.col. Its new_value is JSON of the row's
 * initial values, leaving out the id (in row_id), the identity columns (kept in
 * the row for good, see TABLES) and columns at their blank default: a bulk load
 * of matrix cells then journals a few bytes per cell instead of a second copy.
 */
export const ROW_OP = '*';

/**
 * One journal row standing for the creation of `count` rows, its payload in a
 * format of its own (see cell-grid.ts, the only one so far): written by
 * Writer.insertRows, read through expandOps.
 */
export interface CompactOp {
  col: string;
  rowId: string;
  payload: string;
  count: number;
}

/**
 * The index on journal_ops (tbl, row_id) that a workspace gets when it first
 * syncs (sync/sync-state.ts): its readers go by row, so from then on every row
 * has its own ops and no compact op is written.
 */
export const ROW_INDEX = 'journal_ops_by_row';

/**
 * The payload of a row-creation op: the same text as JSON.stringify of the
 * payload object, written straight from the row: a bulk load makes one per
 * cell (86,400), and building an object per cell to stringify it showed in
 * its profile.
 */
export function rowOpPayload(table: TableName, row: Row): string {
  const { columns, keys, blank } = payloadShape(table);
  let json = '';
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const value = row[column] ?? null;
    if (value === blank[column]) continue;
    json += (json === '' ? '{' : ',') + keys[i]! + (typeof value === 'number' && Number.isFinite(value) ? String(value) : JSON.stringify(value));
  }
  return json === '' ? '{}' : `${json}}`;
}

/** Per table, once: the columns a creation op carries and their blank values. */
interface PayloadShape {
  columns: string[];
  /** Each column's `"name":`, as JSON.stringify writes it. */
  keys: string[];
  blank: Row;
}
const payloadShapes = new Map<TableName, PayloadShape>();
function payloadShape(table: TableName): PayloadShape {
  let shape = payloadShapes.get(table);
  if (!shape) {
    const skip = new Set(['id', ...identityOf(table)]);
    const columns = columnsOf(table).filter((c) => !skip.has(c));
    shape = { columns, keys: columns.map((c) => `${JSON.stringify(c)}:`), blank: blankRow(table) };
    payloadShapes.set(table, shape);
  }
  return shape;
}

/** The values a row-creation op sets, every non-identity column included. */
export function rowOpValues(table: TableName, payload: string): Row {
  const { columns, blank } = payloadShape(table);
  const given = JSON.parse(payload) as Row;
  return Object.fromEntries(columns.map((c) => [c, c in given ? given[c]! : blank[c]!]));
}
