/** What one grid cell shows, derived from the resolved cells: primitives only, so memoised cells compare cheaply. */
import type { Evidence, Role } from '@shared/domain/types';
import { cellKey, type EffectiveCell } from '@shared/analysis/matrix';
import { cellAt, type MatrixLayout } from './layout';

export interface CellView {
  role: Role | null;
  evidence: Evidence | null;
  hasNote: boolean;
  /** In a lens: the value comes from "all customers" (also when nothing is set at all). */
  inherited: boolean;
  overridden: boolean;
}

export function cellViewAt(cells: ReadonlyMap<string, EffectiveCell>, layout: MatrixLayout, r: number, c: number, isAllLens: boolean): CellView {
  const ids = cellAt(layout, r, c);
  const cell = ids ? cells.get(cellKey(ids.phaseId, ids.channelId)) : undefined;
  return {
    role: cell?.role ?? null,
    evidence: cell?.evidence ?? null,
    hasNote: (cell?.note ?? '') !== '',
    inherited: !isAllLens && (cell?.inherited ?? true),
    overridden: cell?.overridden ?? false,
  };
}

/** A row's look as one string: equal strings mean the row renders the same. */
export function rowSignature(cells: ReadonlyMap<string, EffectiveCell>, layout: MatrixLayout, r: number, isAllLens: boolean): string {
  let out = '';
  for (let c = 0; c < layout.cols.items.length; c++) {
    const v = cellViewAt(cells, layout, r, c, isAllLens);
    out += `${v.role ?? '-'}${v.evidence ? v.evidence[0] : '-'}${v.hasNote ? 1 : 0}${v.inherited ? 1 : 0}${v.overridden ? 1 : 0}|`;
  }
  return out;
}
