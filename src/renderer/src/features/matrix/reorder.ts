/**
 * Reordering a channel or phase from the grid. The grid shows only part of the
 * list (hidden and filtered items are left out, groups are split), so a move
 * among the displayed items becomes an `afterId` in the full, sorted list.
 */
import { generateKeyBetween } from 'fractional-indexing';
import type { Axis } from './layout';
import { groupAt } from './layout';

interface Positioned {
  id: string;
  position: string;
}

/**
 * `afterId` for `catalog.move` that puts `activeId` where `overId` is shown:
 * after it when moving forwards, before it (after its predecessor in the full
 * list, or first) when moving backwards. undefined: nothing to do.
 */
export function dropAfterId(
  all: readonly Pick<Positioned, 'id'>[],
  displayedIds: readonly string[],
  activeId: string,
  overId: string,
): string | null | undefined {
  const from = displayedIds.indexOf(activeId);
  const to = displayedIds.indexOf(overId);
  if (from < 0 || to < 0 || from === to) return undefined;
  if (from < to) return overId;
  const rest = all.filter((item) => item.id !== activeId);
  const index = rest.findIndex((item) => item.id === overId);
  if (index < 0) return undefined;
  return index === 0 ? null : rest[index - 1]!.id;
}

/** Alt+arrow on a header: one displayed place back or forward, never out of its group. */
export function stepAfterId(
  all: readonly Pick<Positioned, 'id'>[],
  axis: Axis,
  id: string,
  delta: -1 | 1,
): string | null | undefined {
  const ids = axis.items.map((item) => item.id);
  const index = ids.indexOf(id);
  const target = ids[index + delta];
  if (index < 0 || target === undefined) return undefined;
  if (groupAt(axis, index) !== groupAt(axis, index + delta)) return undefined;
  return dropAfterId(all, ids, id, target);
}

/**
 * The position the core will give the moved item, for an optimistic reorder:
 * between `afterId` and the item after it. null when it cannot be computed
 * (equal neighbours); then the list simply waits for the core.
 */
export function positionAfter(sorted: readonly Positioned[], id: string, afterId: string | null): string | null {
  const rest = sorted.filter((item) => item.id !== id);
  const index = afterId === null ? -1 : rest.findIndex((item) => item.id === afterId);
  if (afterId !== null && index < 0) return null;
  const before = index >= 0 ? rest[index]!.position : null;
  const after = rest[index + 1]?.position ?? null;
  try {
    return generateKeyBetween(before, after);
  } catch {
    return null;
  }
}
