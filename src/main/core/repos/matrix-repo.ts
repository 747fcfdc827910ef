import type Database from 'better-sqlite3';
import type { Lens, MatrixCell } from '@shared/domain/types';
import type { TableRow } from '../db/tables';
import { rowStatement, selectRows, statementOf } from '../db/typed';

type CellRow = TableRow<'matrix_cells'>;

export const lensColumns = (lens: Lens): { kind: string; id: string } =>
  lens.kind === 'all' ? { kind: 'all', id: '' } : { kind: lens.kind, id: lens.id };

export function toCell(row: CellRow): MatrixCell {
  const lens: Lens = row.lens_kind === 'all' ? { kind: 'all' } : { kind: row.lens_kind, id: row.lens_id };
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    phaseId: row.phase_id,
    channelId: row.channel_id,
    lens,
    role: row.role,
    note: row.note,
    evidence: row.evidence,
  };
}

export class MatrixRepo {
  constructor(private readonly db: Database.Database) {}

  /** Cells of one lens plus those of "all customers" it inherits from, for live phases and channels. */
  view(scenarioId: string, lens: Lens): MatrixCell[] {
    const { kind, id } = lensColumns(lens);
    const rows = selectRows(
      this.db,
      'matrix_cells',
      `SELECT m.* FROM matrix_cells m
       JOIN phases p ON p.id = m.phase_id AND p.deleted = 0
       JOIN channels c ON c.id = m.channel_id AND c.deleted = 0
       WHERE m.scenario_id = ? AND m.deleted = 0
         AND ((m.lens_kind = ? AND m.lens_id = ?) OR m.lens_kind = 'all')`,
      scenarioId,
      kind,
      id,
    );
    return rows.map(toCell);
  }

  /** The role stored in one cell row (null: a row without a role; undefined: no live row). */
  storedRole(cellId: string): number | null | undefined {
    return statementOf<Pick<CellRow, 'role'>>(this.db, 'SELECT role FROM matrix_cells WHERE id = ? AND deleted = 0').get(cellId)?.role;
  }

  /** Cells of a scenario in every lens, on live phases and channels, as the contract shows them. */
  scenarioCells(scenarioId: string): MatrixCell[] {
    // What the charts, findings and economics read (28,800 cells for a scenario of the
    // benchmark workspace), so it is read lean: the live phases and channels are a few
    // dozen ids, checked from two sets instead of two index searches per cell in a join;
    // rows come as arrays of the columns a cell needs; each lens is one object shared by
    // its cells (packCells then finds it by identity instead of building its key per cell).
    const live = (table: 'phases' | 'channels') => new Set(statementOf<string>(this.db, `SELECT id FROM ${table} WHERE deleted = 0`).pluck().all());
    const phases = live('phases');
    const channels = live('channels');
    type Fields = [CellRow['id'], CellRow['phase_id'], CellRow['channel_id'], CellRow['lens_kind'], CellRow['lens_id'], CellRow['role'], CellRow['note'], CellRow['evidence']];
    const rows = statementOf<Fields>(
      this.db,
      'SELECT id, phase_id, channel_id, lens_kind, lens_id, role, note, evidence FROM matrix_cells WHERE scenario_id = ? AND deleted = 0',
    )
      .raw()
      .all(scenarioId);
    const all: Lens = { kind: 'all' };
    const lenses = new Map<string, Lens>();
    const cells: MatrixCell[] = [];
    for (const [id, phaseId, channelId, lensKind, lensId, role, note, evidence] of rows) {
      if (!phases.has(phaseId) || !channels.has(channelId)) continue;
      let lens: Lens = all;
      if (lensKind !== 'all') {
        const key = `${lensKind}:${lensId}`;
        lens = lenses.get(key) ?? { kind: lensKind, id: lensId };
        lenses.set(key, lens);
      }
      cells.push({ id, scenarioId, phaseId, channelId, lens, role, note, evidence });
    }
    return cells;
  }

  /** Live cells of a scenario in every lens, on live phases and channels. */
  liveRowsOfScenario(scenarioId: string): CellRow[] {
    return selectRows(
      this.db,
      'matrix_cells',
      `SELECT m.* FROM matrix_cells m
       JOIN phases p ON p.id = m.phase_id AND p.deleted = 0
       JOIN channels c ON c.id = m.channel_id AND c.deleted = 0
       WHERE m.scenario_id = ? AND m.deleted = 0`,
      scenarioId,
    );
  }

  /** Every stored row of one lens, tombstones included, by id: what a bulk write compares against. */
  rowsById(scenarioId: string, lens: Lens): Map<string, CellRow> {
    const { kind, id } = lensColumns(lens);
    const rows = rowStatement(this.db, 'matrix_cells', 'SELECT * FROM matrix_cells WHERE scenario_id = ? AND lens_kind = ? AND lens_id = ?').all(
      scenarioId,
      kind,
      id,
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
}
