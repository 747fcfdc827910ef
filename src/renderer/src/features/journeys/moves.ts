/**
 * Where a step goes when it is moved from the keyboard (Alt+arrows) or
 * dropped with the mouse, as a phase column and the step it follows.
 */
import { UNPLACED, type MapColumn, type MoveTarget } from './layout';

export type MoveKey = 'left' | 'right' | 'up' | 'down';

function locate(columns: readonly MapColumn[], stepId: string): { col: number; row: number } | null {
  for (let col = 0; col < columns.length; col++) {
    const row = columns[col]!.steps.findIndex((s) => s.id === stepId);
    if (row >= 0) return { col, row };
  }
  return null;
}

/**
 * Up/down: one place inside its phase. Left/right: into the previous/next
 * phase at the same height (or last, when that column is shorter). A step
 * without a phase moves right into the first phase and left into the last.
 * null: it cannot move that way.
 */
export function keyboardMove(columns: readonly MapColumn[], stepId: string, key: MoveKey): MoveTarget | null {
  const at = locate(columns, stepId);
  if (!at) return null;
  const column = columns[at.col]!;
  const phases = columns.filter((c) => c.id !== UNPLACED);
  if (key === 'up' || key === 'down') {
    if (column.id === UNPLACED) return null;
    if (key === 'up') {
      if (at.row === 0) return null;
      return { phaseId: column.id, afterId: at.row === 1 ? null : column.steps[at.row - 2]!.id };
    }
    if (at.row === column.steps.length - 1) return null;
    return { phaseId: column.id, afterId: column.steps[at.row + 1]!.id };
  }
  let target: MapColumn | undefined;
  if (column.id === UNPLACED) target = key === 'right' ? phases[0] : phases[phases.length - 1];
  else target = phases[phases.findIndex((c) => c.id === column.id) + (key === 'right' ? 1 : -1)];
  if (!target) return null;
  const row = Math.min(at.row, target.steps.length);
  return { phaseId: target.id, afterId: row === 0 ? null : target.steps[row - 1]!.id };
}

/**
 * A drop: on a column (its empty space) puts the step last there; on a step
 * of its own column takes that step's place (sortable lists behave so); on a
 * step of another column goes above or below it, whichever half it was
 * dropped on. null: nothing changes.
 */
export function dropMove(
  columns: readonly MapColumn[],
  activeId: string,
  over: { id: string; kind: 'column' } | { id: string; kind: 'step'; below: boolean },
): MoveTarget | null {
  const from = locate(columns, activeId);
  if (!from) return null;
  if (over.kind === 'column') {
    const column = columns.find((c) => c.id === over.id);
    if (!column || column.id === UNPLACED) return null;
    const rest = column.steps.filter((s) => s.id !== activeId);
    const target = { phaseId: column.id, afterId: rest.length === 0 ? null : rest[rest.length - 1]!.id };
    return isSamePlace(columns, activeId, target) ? null : target;
  }
  if (over.id === activeId) return null;
  const to = locate(columns, over.id);
  if (!to) return null;
  const column = columns[to.col]!;
  if (column.id === UNPLACED) return null;
  const rest = column.steps.filter((s) => s.id !== activeId);
  const overIndex = rest.findIndex((s) => s.id === over.id);
  const below = to.col === from.col ? from.row < to.row : over.below;
  const target = { phaseId: column.id, afterId: below ? over.id : overIndex === 0 ? null : rest[overIndex - 1]!.id };
  return isSamePlace(columns, activeId, target) ? null : target;
}

function isSamePlace(columns: readonly MapColumn[], stepId: string, target: MoveTarget): boolean {
  const at = locate(columns, stepId);
  if (!at) return false;
  const column = columns[at.col]!;
  if (column.id !== target.phaseId) return false;
  const before = at.row === 0 ? null : column.steps[at.row - 1]!.id;
  return before === target.afterId;
}
