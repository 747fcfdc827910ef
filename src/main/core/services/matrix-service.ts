import type { z } from 'zod';
import type { api } from '@shared/api';
import { AppError } from '@shared/errors';
import type { CatalogKind, Lens, MatrixCell } from '@shared/domain/types';
import type { Journal } from '../journal/journal';
import type { CatalogRepo } from '../repos/catalog-repo';
import { lensColumns, type MatrixRepo } from '../repos/matrix-repo';
import { derivedId } from './catalog-service';

type SetCellsInput = z.output<(typeof api)['matrix.setCells']['input']>;
type ClearCellsInput = z.output<(typeof api)['matrix.clearCells']['input']>;

/** A matrix cell's id comes from its key, so two devices setting one cell converge on one row. */
export const cellId = (scenarioId: string, phaseId: string, channelId: string, lens: Lens): string => {
  const { kind, id } = lensColumns(lens);
  return derivedId('cell', scenarioId, phaseId, channelId, kind, id);
};

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

  setCells({ scenarioId, lens, cells }: SetCellsInput): number {
    this.assertView(scenarioId, lens);
    this.assertKeys(cells);
    const { kind: lensKind, id: lensId } = lensColumns(lens);
    const existing = this.repo.rowsById(scenarioId, lens);
    const label = { key: 'history.setCells', params: { count: cells.length } };
    this.journal.run({ kind: 'edit', label, undoable: true }, (w) => {
      for (const cell of cells) {
        const id = cellId(scenarioId, cell.phaseId, cell.channelId, lens);
        const old = existing.get(id) ?? null;
        const live = old !== null && old.deleted === 0;
        w.put(
          'matrix_cells',
          {
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
          },
          old,
        );
      }
    });
    return cells.length;
  }

  /** Clear cells; in a lens this means "inherit from all customers" again. */
  clearCells({ scenarioId, lens, cells }: ClearCellsInput): number {
    this.assertView(scenarioId, lens);
    const existing = this.repo.rowsById(scenarioId, lens);
    let cleared = 0;
    this.journal.run({ kind: 'edit', label: { key: 'history.clearCells', params: { count: cells.length } }, undoable: true }, (w) => {
      for (const cell of cells) {
        const id = cellId(scenarioId, cell.phaseId, cell.channelId, lens);
        const old = existing.get(id);
        if (old && old.deleted === 0) {
          w.update('matrix_cells', id, { deleted: 1 }, old);
          cleared++;
        }
      }
    });
    return cleared;
  }

  private assertView(scenarioId: string, lens: Lens): void {
    if (!this.catalog.row('scenario', scenarioId)) throw new AppError('NOT_FOUND', `No scenario ${scenarioId}`, { id: scenarioId });
    if (lens.kind !== 'all' && !this.catalog.row(lens.kind as CatalogKind, lens.id)) {
      throw new AppError('NOT_FOUND', `No ${lens.kind} ${lens.id}`, { id: lens.id });
    }
  }

  private assertKeys(cells: readonly { phaseId: string; channelId: string }[]): void {
    const phases = new Set(this.catalog.rows('phase').map((r) => String(r.id)));
    const channels = new Set(this.catalog.rows('channel').map((r) => String(r.id)));
    for (const cell of cells) {
      if (!phases.has(cell.phaseId)) throw new AppError('NOT_FOUND', `No phase ${cell.phaseId}`, { id: cell.phaseId });
      if (!channels.has(cell.channelId)) throw new AppError('NOT_FOUND', `No channel ${cell.channelId}`, { id: cell.channelId });
    }
  }
}
