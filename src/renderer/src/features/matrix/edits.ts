/**
 * The effect of matrix.setCells / matrix.clearCells on the cells matrix.get
 * returned, applied locally so a change shows before the core confirms it.
 * Mirrors the core: a set keeps the old note/evidence when they are not given;
 * a clear removes the cell from that lens (in a lens: it inherits again).
 */
import { sameLens } from '@shared/domain/lens';
import type { Evidence, Lens, MatrixCell, Role } from '@shared/domain/types';
import { cellKey } from '@shared/analysis/matrix';

export interface CellValue {
  phaseId: string;
  channelId: string;
  role: Role | null;
  note?: string;
  evidence?: Evidence | null;
}

export type CellEdit =
  | { kind: 'set'; scenarioId: string; lens: Lens; cells: readonly CellValue[] }
  | { kind: 'clear'; scenarioId: string; lens: Lens; cells: readonly { phaseId: string; channelId: string }[] };

/** Applies one edit to a view's cells; cells of other lenses (the inherited "all") are left alone. */
export function applyEdit(cells: readonly MatrixCell[], edit: CellEdit): MatrixCell[] {
  const keys = new Map<string, CellValue | null>();
  for (const cell of edit.cells) keys.set(cellKey(cell.phaseId, cell.channelId), edit.kind === 'set' ? (cell as CellValue) : null);
  const out: MatrixCell[] = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const key = cellKey(cell.phaseId, cell.channelId);
    if (!sameLens(cell.lens, edit.lens) || cell.scenarioId !== edit.scenarioId || !keys.has(key)) {
      out.push(cell);
      continue;
    }
    seen.add(key);
    const value = keys.get(key);
    if (!value) continue;
    out.push({
      ...cell,
      role: value.role,
      note: value.note ?? cell.note,
      evidence: value.evidence === undefined ? cell.evidence : value.evidence,
    });
  }
  if (edit.kind === 'set') {
    for (const value of edit.cells) {
      const key = cellKey(value.phaseId, value.channelId);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: `pending:${key}`,
        scenarioId: edit.scenarioId,
        phaseId: value.phaseId,
        channelId: value.channelId,
        lens: edit.lens,
        role: value.role,
        note: value.note ?? '',
        evidence: value.evidence ?? null,
      });
    }
  }
  return out;
}
