/**
 * What a matrix edit says in the history, in words: one cell names its
 * channel, phase, old and new role and the view ("Store in Advise: important
 * → lead (To-be, All customers)"); several cells of one view name the view.
 * Names are taken as they are at the time of the edit, so a later rename does
 * not rewrite the past. Roles are sent as keys ('0'..'3', 'unset') the history
 * words in the reader's language.
 */
import type { Label, Lens } from '@shared/domain/types';
import type { CatalogRepo } from '../repos/catalog-repo';
import type { MatrixRepo } from '../repos/matrix-repo';
import { cellId } from './cell-id';

interface CellEdit {
  scenarioId: string;
  lens: Lens;
  cells: readonly { phaseId: string; channelId: string; role: number | null }[];
}

const roleKey = (role: number | null | undefined): string => (role === null || role === undefined ? 'unset' : String(role));

export function matrixEditLabel(repo: Pick<MatrixRepo, 'storedRole'>, catalog: CatalogRepo, views: readonly CellEdit[]): Label {
  const count = views.reduce((n, v) => n + v.cells.length, 0);
  const view = views.length === 1 ? views[0]! : null;
  if (!view) return { key: 'history.setCells', params: { count } };
  const scenario = catalog.item('scenario', view.scenarioId)?.name ?? '';
  const lens = view.lens.kind === 'all' ? '' : (catalog.item(view.lens.kind, view.lens.id)?.name ?? '');
  const where = { scenario, lens };
  const cell = view.cells.length === 1 ? view.cells[0]! : null;
  if (!cell) return { key: view.lens.kind === 'all' ? 'history.setCellsInAll' : 'history.setCellsIn', params: { count, ...where } };
  const roleOf = (lens: Lens) => repo.storedRole(cellId(view.scenarioId, cell.phaseId, cell.channelId, lens));
  // A lens shows what all customers have until it sets the cell itself.
  const before = roleOf(view.lens) ?? (view.lens.kind === 'all' ? undefined : roleOf({ kind: 'all' }));
  const same = roleKey(before) === roleKey(cell.role);
  const all = view.lens.kind === 'all';
  return {
    // The same role again: the edit was to the note or the evidence.
    key: same ? (all ? 'history.editCellAll' : 'history.editCell') : all ? 'history.setCellAll' : 'history.setCell',
    params: {
      channel: catalog.item('channel', cell.channelId)?.name ?? '',
      phase: catalog.item('phase', cell.phaseId)?.name ?? '',
      from: roleKey(before),
      to: roleKey(cell.role),
      ...where,
    },
  };
}
