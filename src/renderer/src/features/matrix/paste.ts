/** Where pasted roles land, as pure functions. */
import type { Role } from '@shared/domain/types';
import { cellsOf, type GridSize, type Rect } from './selection';
import type { PasteValue } from './tsv';

export interface PlacedRole {
  r: number;
  c: number;
  role: Role;
}

export interface PastePlan {
  cells: PlacedRole[];
  /** Non-blank values that fell outside the grid and were left out. */
  clipped: number;
}

/**
 * Pasted values placed from the top-left of the selection, clipped to the grid.
 * One value pasted onto a larger selection fills all of it, as in spreadsheets.
 */
export function planPaste(values: readonly (readonly PasteValue[])[], selection: Rect, size: GridSize): PastePlan {
  const single = values.length === 1 && values[0]!.length === 1 ? values[0]![0] : undefined;
  if (single !== undefined) {
    return { cells: cellsOf(selection).map(({ r, c }) => ({ r, c, role: single })), clipped: 0 };
  }
  const cells: PlacedRole[] = [];
  let clipped = 0;
  values.forEach((row, dr) => {
    row.forEach((role, dc) => {
      if (role === undefined) return;
      const r = selection.top + dr;
      const c = selection.left + dc;
      if (r < size.rows && c < size.cols) cells.push({ r, c, role });
      else clipped++;
    });
  });
  return { cells, clipped };
}
