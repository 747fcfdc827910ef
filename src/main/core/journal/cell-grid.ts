import type Database from 'better-sqlite3';
import { AppError } from '@shared/errors';
import { derivedId } from '../db/ids';
import type { Row, SqlValue } from '../db/tables';
import { ROW_OP, rowOpPayload, type CompactOp } from './row-ops';

/**
 * journal_ops.col of a compact op: the creation of many new matrix cells of one
 * view (scenario and lens) in one row, standing for one row-creation op per
 * cell. A bulk load (an import, 86,400 cells) journaled cell by cell wrote as
 * many journal rows as cells, a fifth of the load's time; a grid is a few
 * kilobytes per view.
 *
 * Only the local journal holds grids, and only while the workspace has never
 * synced: readers that go by row (sync, see sync/sync-state.ts) first expand
 * every grid in place into the ops it stands for, and from then on cells are
 * journaled one by one again. Undo and the sync export expand in memory
 * (expandOps). The op's idx is the first of as many as it has cells (the
 * writer reserves them), so expanding it gives every cell the op, idx
 * included, that it would have had.
 */
export const CELL_GRID_OP = '#cells';

/** The fewest new cells of one view worth a grid: below that, per-cell ops cost little. */
export const GRID_MIN_CELLS = 64;

/**
 * The payload: the view, the phases and channels it names (in first-seen
 * order) and one character per (phase, channel), phase-major: the new cell's
 * role '0'-'3', '-' for no role, '.' for a cell not in this grid.
 */
interface GridPayload {
  scenario_id: string;
  lens_kind: string;
  lens_id: string;
  phases: string[];
  channels: string[];
  roles: string;
}

const ABSENT = '.';
const NO_ROLE = '-';

/**
 * Whether a new cell row can be one of a grid's: nothing but its view, phase,
 * channel and role differs from a blank cell (the grid carries nothing else).
 */
export function fitsGrid(row: Row): boolean {
  const role = row.role;
  return (row.note ?? '') === '' && (row.evidence ?? null) === null && (row.deleted ?? 0) === 0 && (role === null || role === 0 || role === 1 || role === 2 || role === 3);
}

/** The compact op for new cell rows of one view, every one fitting the grid (see fitsGrid). */
export function cellGridOp(rows: readonly Row[]): CompactOp {
  const first = rows[0];
  if (!first) throw new AppError('INTERNAL', 'A cell grid needs cells');
  const phases = new Map<string, number>();
  const channels = new Map<string, number>();
  for (const row of rows) {
    if (!phases.has(String(row.phase_id))) phases.set(String(row.phase_id), phases.size);
    if (!channels.has(String(row.channel_id))) channels.set(String(row.channel_id), channels.size);
  }
  const roles = new Array<string>(phases.size * channels.size).fill(ABSENT);
  for (const row of rows) {
    const at = phases.get(String(row.phase_id))! * channels.size + channels.get(String(row.channel_id))!;
    if (roles[at] !== ABSENT) throw new AppError('INTERNAL', 'A cell grid names a cell twice');
    roles[at] = row.role === null ? NO_ROLE : String(row.role);
  }
  const payload: GridPayload = {
    scenario_id: String(first.scenario_id),
    lens_kind: String(first.lens_kind),
    lens_id: String(first.lens_id),
    phases: [...phases.keys()],
    channels: [...channels.keys()],
    roles: roles.join(''),
  };
  return { col: CELL_GRID_OP, rowId: `${payload.scenario_id}|${payload.lens_kind}|${payload.lens_id}`, payload: JSON.stringify(payload), count: rows.length };
}

/** The row-creation ops (row id, payload) a grid stands for, in idx order. */
export function expandCellGrid(payload: string): { rowId: string; payload: string }[] {
  const grid = parseGrid(payload);
  const ops: { rowId: string; payload: string }[] = [];
  for (let p = 0; p < grid.phases.length; p++) {
    for (let c = 0; c < grid.channels.length; c++) {
      const mark = grid.roles[p * grid.channels.length + c];
      if (mark === ABSENT) continue;
      const row: Row = {
        scenario_id: grid.scenario_id,
        phase_id: grid.phases[p]!,
        channel_id: grid.channels[c]!,
        lens_kind: grid.lens_kind,
        lens_id: grid.lens_id,
        role: mark === NO_ROLE ? null : Number(mark),
        note: '',
        evidence: null,
        deleted: 0,
      };
      // The same id and payload as MatrixService.writeView gives a cell journaled on its own.
      ops.push({ rowId: derivedId('cell', grid.scenario_id, grid.phases[p]!, grid.channels[c]!, grid.lens_kind, grid.lens_id), payload: rowOpPayload('matrix_cells', row) });
    }
  }
  return ops;
}

function parseGrid(payload: string): GridPayload {
  const value = JSON.parse(payload) as Partial<GridPayload> | null;
  const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every((x) => typeof x === 'string');
  if (
    !value ||
    typeof value.scenario_id !== 'string' ||
    typeof value.lens_kind !== 'string' ||
    typeof value.lens_id !== 'string' ||
    !strings(value.phases) ||
    !strings(value.channels) ||
    typeof value.roles !== 'string' ||
    value.roles.length !== value.phases.length * value.channels.length ||
    !/^[0-3.-]*$/.test(value.roles)
  ) {
    throw new AppError('INTERNAL', 'A cell grid in the journal is not readable');
  }
  return value as GridPayload;
}

/** An op as a reader selects it: at least its table, row, column and new value, and its idx if it asked for it. */
interface OpLike {
  tbl: string;
  row_id: string;
  col: string;
  new_value: SqlValue;
  idx?: number;
}

/** The ops with every grid replaced by the row-creation ops it stands for, each at its idx. */
export function expandOps<T extends OpLike>(ops: readonly T[]): T[] {
  if (!ops.some((op) => op.col === CELL_GRID_OP)) return ops as T[];
  return ops.flatMap((op) => {
    if (op.col !== CELL_GRID_OP) return [op];
    return expandCellGrid(String(op.new_value)).map(({ rowId, payload }, k) => ({
      ...op,
      ...(op.idx === undefined ? {} : { idx: op.idx + k }),
      row_id: rowId,
      col: ROW_OP,
      new_value: payload,
    }));
  });
}

/**
 * Replace every grid in the journal by the ops it stands for, at the idx it
 * reserved for them, in one transaction: after this, every cell has its own
 * creation op, as readers by row need.
 */
export function expandGridsInPlace(db: Database.Database): number {
  const grids = db.prepare('SELECT txn_seq, idx, tbl, new_value FROM journal_ops WHERE col = ?').all(CELL_GRID_OP) as {
    txn_seq: number;
    idx: number;
    tbl: string;
    new_value: string;
  }[];
  if (grids.length === 0) return 0;
  const remove = db.prepare('DELETE FROM journal_ops WHERE txn_seq = ? AND idx = ?');
  const insert = db.prepare('INSERT INTO journal_ops (txn_seq, idx, tbl, row_id, col, old_value, new_value) VALUES (?, ?, ?, ?, ?, NULL, ?)');
  db.transaction(() => {
    for (const grid of grids) {
      remove.run(grid.txn_seq, grid.idx);
      expandCellGrid(grid.new_value).forEach(({ rowId, payload }, k) => insert.run(grid.txn_seq, grid.idx + k, grid.tbl, rowId, ROW_OP, payload));
    }
  })();
  return grids.length;
}
