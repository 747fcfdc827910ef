import type { z } from 'zod';
import type { api } from '@shared/api';
import { v7 as uuidv7 } from 'uuid';
import { AppError } from '@shared/errors';
import type { CatalogKind, Lens, MatrixCell } from '@shared/domain/types';
import type { PackedCells } from '@shared/domain/packed-cells';
import { cellGridOp, fitsGrid, GRID_MIN_CELLS } from '../journal/cell-grid';
import type { Journal, Writer } from '../journal/journal';
import type { Row } from '../db/tables';
import type { CatalogRepo } from '../repos/catalog-repo';
import { lensColumns, type MatrixRepo } from '../repos/matrix-repo';
import { cellId } from './cell-id';
import { derivedId } from '../db/ids';
import { matrixEditLabel } from './matrix-labels';
import { cleanName } from './names';
import { positionBetween } from './positions';
import { blankRow } from './rows';

const BULK_THRESHOLD = 64;

type SetCellsInput = z.output<(typeof api)['matrix.setCells']['input']>;
type ClearCellsInput = z.output<(typeof api)['matrix.clearCells']['input']>;

export { cellId };

export class MatrixService {
  constructor(
    private readonly repo: MatrixRepo,
    private readonly catalog: CatalogRepo,
    private readonly journal: Journal,
  ) {}

  get(scenarioId: string, lens: Lens): MatrixCell[] {
    this.assertView(scenarioId, lens);
    return this.repo.view(scenarioId, lens);
  }

  scenarioCells(scenarioId: string): MatrixCell[] {
    this.assertView(scenarioId, { kind: 'all' });
    return this.repo.scenarioCells(scenarioId);
  }

  /** scenarioCells packed for the contract (matrix.scenarioCells). */
  packedScenarioCells(scenarioId: string): PackedCells {
    this.assertView(scenarioId, { kind: 'all' });
    return this.repo.packedScenarioCells(scenarioId);
  }

  /** "All customers" and `lenses` of a scenario packed without notes (what charts.data reads; see MatrixRepo.packedLensCells). */
  packedLensCells(scenarioId: string, lenses: readonly Lens[]): PackedCells {
    this.assertView(scenarioId, { kind: 'all' });
    return this.repo.packedLensCells(scenarioId, lenses);
  }

  setCells(view: SetCellsInput): number {
    return this.setViews([view]);
  }

  /**
   * Set cells in several scenario/lens views as ONE action (one undo step, one
   * transaction): what imports and bulk loads use.
   */
  setViews(views: readonly SetCellsInput[]): number {
    const count = views.reduce((n, v) => n + v.cells.length, 0);
    // One look at the phases and channels for every view (a bulk load has 120 of them), not one per view.
    const assertKeys = this.keyCheck(count);
    for (const view of views) {
      this.assertView(view.scenarioId, view.lens);
      assertKeys(view.cells);
    }
    const label = matrixEditLabel(this.repo, this.catalog, views);
    this.journal.run({ kind: 'edit', label, undoable: true }, (w) => {
      for (const view of views) this.writeView(w, view);
    });
    return count;
  }

  /**
   * Write one view's cells inside an action the caller runs (the import
   * creates phases and channels and sets cells as one undo step). The caller
   * has checked the view and that every phase and channel exists.
   */
  writeView(w: Writer, { scenarioId, lens, cells }: SetCellsInput): void {
    const { kind: lensKind, id: lensId } = lensColumns(lens);
    const existing = this.existingRows(scenarioId, lens, cells.length);
    // A large batch's new cells wait to be written together, the plain ones journaled as one grid (see
    // cell-grid.ts). A cell named again meanwhile changes its waiting row, as a small batch updates the row
    // it has just written: the later value wins, a note left out is kept.
    const waiting = cells.length > BULK_THRESHOLD ? new Map<string, Row>() : null;
    for (const cell of cells) {
      const id = derivedId('cell', scenarioId, cell.phaseId, cell.channelId, lensKind, lensId);
      const earlier = waiting?.get(id);
      const old = earlier ?? existing(id, w) ?? null;
      const live = old !== null && old.deleted === 0;
      const row: Row = {
        id,
        scenario_id: scenarioId,
        phase_id: cell.phaseId,
        channel_id: cell.channelId,
        lens_kind: lensKind,
        lens_id: lensId,
        role: cell.role,
        note: cell.note ?? (live ? (old.note ?? '') : ''),
        evidence: cell.evidence === undefined ? (live ? (old.evidence ?? null) : null) : cell.evidence,
        deleted: 0,
      };
      if (earlier) Object.assign(earlier, row);
      else if (old !== null) w.update('matrix_cells', id, row, old);
      else if (waiting) waiting.set(id, row);
      else w.insert('matrix_cells', row);
    }
    if (!waiting) return;
    const plain = [...waiting.values()].filter(fitsGrid);
    const grid = plain.length >= GRID_MIN_CELLS ? new Set(plain) : new Set<Row>();
    for (const row of waiting.values()) if (!grid.has(row)) w.insert('matrix_cells', row);
    if (grid.size > 0) w.insertRows('matrix_cells', [...grid], cellGridOp);
  }

  /** A new scenario, placed after the source, with a copy of every live cell of every lens. */
  copyScenario(sourceId: string, rawName: string): string {
    const source = this.catalog.item('scenario', sourceId);
    if (!source) throw new AppError('NOT_FOUND', `No scenario ${sourceId}`, { id: sourceId });
    const name = cleanName(rawName);
    if (this.catalog.nameTaken('scenario', name, null)) throw new AppError('NAME_DUPLICATE', `${name} exists`, { name, kind: 'scenario' });
    const id = uuidv7();
    const rows = this.repo.liveRowsOfScenario(sourceId);
    const siblings = this.catalog.rows('scenario');
    const next = siblings[siblings.findIndex((r) => r.id === sourceId) + 1];
    this.journal.run({ kind: 'edit', label: { key: 'history.copyScenario', params: { from: source.name, name } }, undoable: true }, (w) => {
      w.insert('scenarios', {
        ...blankRow('scenarios'),
        id,
        name,
        description: source.description,
        position: positionBetween(source.position, next?.position ?? null),
      });
      for (const row of rows) {
        const lens: Lens = row.lens_kind === 'all' ? { kind: 'all' } : { kind: row.lens_kind, id: row.lens_id };
        w.insert('matrix_cells', { ...row, id: cellId(id, row.phase_id, row.channel_id, lens), scenario_id: id });
      }
    });
    return id;
  }

  /** Clear cells; in a lens this means "inherit from all customers" again. */
  clearCells({ scenarioId, lens, cells }: ClearCellsInput): number {
    this.assertView(scenarioId, lens);
    const existing = this.existingRows(scenarioId, lens, cells.length);
    let cleared = 0;
    this.journal.run({ kind: 'edit', label: { key: 'history.clearCells', params: { count: cells.length } }, undoable: true }, (w) => {
      for (const cell of cells) {
        const id = cellId(scenarioId, cell.phaseId, cell.channelId, lens);
        const old = existing(id, w);
        if (old && old.deleted === 0) {
          w.update('matrix_cells', id, { deleted: 1 }, old);
          cleared++;
        }
      }
    });
    return cleared;
  }

  /** A few cells are probed by id; a large batch reads its whole view once. */
  private existingRows(scenarioId: string, lens: Lens, count: number): (id: string, w: Writer) => Row | undefined {
    if (count <= BULK_THRESHOLD) return (id, w) => w.get('matrix_cells', id);
    const rows = this.repo.rowsById(scenarioId, lens);
    return (id) => rows.get(id);
  }

  /** NOT_FOUND unless the scenario and the lens's item exist (and are not deleted). */
  assertView(scenarioId: string, lens: Lens): void {
    if (!this.catalog.row('scenario', scenarioId)) throw new AppError('NOT_FOUND', `No scenario ${scenarioId}`, { id: scenarioId });
    if (lens.kind !== 'all' && !this.catalog.row(lens.kind as CatalogKind, lens.id)) {
      throw new AppError('NOT_FOUND', `No ${lens.kind} ${lens.id}`, { id: lens.id });
    }
  }

  /** Checks that cells name existing phases and channels: a few are probed by id, for many every id is read once. */
  private keyCheck(count: number): (cells: readonly { phaseId: string; channelId: string }[]) => void {
    const exists = (kind: 'phase' | 'channel') => {
      if (count <= BULK_THRESHOLD) return (id: string) => this.catalog.row(kind, id) !== undefined;
      const ids = new Set(this.catalog.rows(kind).map((r) => r.id));
      return (id: string) => ids.has(id);
    };
    const phaseExists = exists('phase');
    const channelExists = exists('channel');
    return (cells) => {
      for (const cell of cells) {
        if (!phaseExists(cell.phaseId)) throw new AppError('NOT_FOUND', `No phase ${cell.phaseId}`, { id: cell.phaseId });
        if (!channelExists(cell.channelId)) throw new AppError('NOT_FOUND', `No channel ${cell.channelId}`, { id: cell.channelId });
      }
    };
  }
}
