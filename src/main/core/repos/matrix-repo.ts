import type Database from 'better-sqlite3';
import type { Lens, MatrixCell } from '@shared/domain/types';
import { cellPacker, type PackedCells } from '@shared/domain/packed-cells';
import { lensKey } from '@shared/domain/lens';
import type { TableRow } from '../db/tables';
import { rowStatement, selectRows, statementOf } from '../db/typed';

type CellRow = TableRow<'matrix_cells'>;

/** The stored columns of a cell: id, phase, channel, lens kind and id ('' for all customers), role, note, evidence. */
type CellColumns = [CellRow['id'], CellRow['phase_id'], CellRow['channel_id'], CellRow['lens_kind'], CellRow['lens_id'], CellRow['role'], CellRow['note'], CellRow['evidence']];

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

  /** Cells of a scenario in every lens, on live phases and channels, as the core's deliverables read them. */
  scenarioCells(scenarioId: string): MatrixCell[] {
    // Each lens is one object shared by its cells, as the packed form gives them back.
    const all: Lens = { kind: 'all' };
    const lenses = new Map<string, Lens>();
    const cells: MatrixCell[] = [];
    for (const [id, phaseId, channelId, lensKind, lensId, role, note, evidence] of this.liveScenarioRows(scenarioId, true)) {
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

  /**
   * The same cells packed for the contract (matrix.scenarioCells), straight from
   * the rows: no cell objects in between, and no ids (PackedCells says why).
   */
  packedScenarioCells(scenarioId: string): PackedCells {
    const packer = cellPacker(scenarioId);
    for (const [, phaseId, channelId, lensKind, lensId, role, note, evidence] of this.liveScenarioRows(scenarioId, false)) {
      packer.add(phaseId, channelId, lensKind, lensId, role, note, evidence);
    }
    return packer.done();
  }

  /**
   * The cells of "all customers" and of `lenses` in a scenario, packed without
   * notes and evidence: what the charts read (charts.data). A chart reads one
   * to 14 of a scenario's lenses (40 on the benchmark workspace, 28,800 cells).
   */
  packedLensCells(scenarioId: string, lenses: readonly Lens[]): PackedCells {
    const packer = cellPacker(scenarioId);
    // One search of the index by (scenario, lens kind, lens id) per lens: an OR of lenses in one
    // statement made SQLite read every lens of the scenario and filter the rows.
    const keys = new Map<string, { kind: string; id: string }>([['all', lensColumns({ kind: 'all' })]]);
    for (const lens of lenses) keys.set(lensKey(lens), lensColumns(lens));
    const isLive = this.isLive();
    for (const { kind, id } of keys.values()) {
      for (const [, phaseId, channelId, lensKind, lensId, role] of this.liveRows(`''`, `'', NULL`, 'AND lens_kind = ? AND lens_id = ?', [scenarioId, kind, id], isLive)) {
        packer.add(phaseId, channelId, lensKind, lensId, role, '', null);
      }
    }
    return packer.done();
  }

  private liveScenarioRows(scenarioId: string, withIds: boolean): CellColumns[] {
    return this.liveRows(withIds ? 'id' : `''`, 'note, evidence', '', [scenarioId], this.isLive());
  }

  /**
   * Whether a row is on a live phase and channel. What the charts, findings and economics
   * read (28,800 cells for a scenario of the benchmark workspace) is read lean: the live
   * phases and channels are a few dozen ids, checked from two sets instead of two index
   * searches per cell in a join.
   */
  private isLive(): (row: CellColumns) => boolean {
    const live = (table: 'phases' | 'channels') => new Set(statementOf<string>(this.db, `SELECT id FROM ${table} WHERE deleted = 0`).pluck().all());
    const phases = live('phases');
    const channels = live('channels');
    return (row) => phases.has(row[1]) && channels.has(row[2]);
  }

  /** Rows as arrays of the columns a cell needs (not the id, unless asked: a 36-character string per row read and then dropped). */
  private liveRows(idColumn: string, noteColumns: string, filter: string, params: unknown[], isLive: (row: CellColumns) => boolean): CellColumns[] {
    const rows = statementOf<CellColumns>(
      this.db,
      `SELECT ${idColumn}, phase_id, channel_id, lens_kind, lens_id, role, ${noteColumns} FROM matrix_cells WHERE scenario_id = ? AND deleted = 0 ${filter}`,
    )
      .raw()
      .all(...params);
    return rows.filter(isLive);
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
