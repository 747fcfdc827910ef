import { inRect, isDataPos, rectOf, samePos, type SelectionState, initialSelection } from './selection';

/** Bits of a cell's selection state, one number so per-cell subscriptions compare cheaply. */
export const CELL_SELECTED = 1;
export const CELL_ACTIVE = 2;
/** A selected cell on the range's top, right, bottom or left edge (the range is outlined, not each cell). */
export const EDGE_TOP = 4;
export const EDGE_RIGHT = 8;
export const EDGE_BOTTOM = 16;
export const EDGE_LEFT = 32;

/**
 * The grid's selection outside React state: each cell subscribes to its own
 * flags (useSyncExternalStore), so moving the selection re-renders only the
 * cells whose flags changed, never the whole grid.
 */
export class SelectionStore {
  private state: SelectionState = initialSelection();
  private readonly listeners = new Set<() => void>();

  get = (): SelectionState => this.state;

  private used = false;

  /** The selection shows once a grid has been used, not on a freshly opened page. */
  get engaged(): boolean {
    return this.used;
  }

  engage(): void {
    if (this.used) return;
    this.used = true;
    for (const listener of this.listeners) listener();
  }

  set(next: SelectionState): void {
    const prev = this.state;
    if (samePos(prev.active, next.active) && samePos(prev.anchor, next.anchor) && samePos(prev.extent, next.extent)) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** CELL_SELECTED, CELL_ACTIVE and EDGE_* for data cell (r, c); CELL_ACTIVE only for a header. */
  flags(r: number, c: number): number {
    const { active, anchor, extent } = this.state;
    let flags = active.r === r && active.c === c ? CELL_ACTIVE : 0;
    if (r < 0 || c < 0 || !isDataPos(active)) return flags;
    const rect = rectOf(anchor, extent);
    if (!inRect(rect, r, c)) return flags;
    flags |= CELL_SELECTED;
    if (r === rect.top) flags |= EDGE_TOP;
    if (c === rect.right) flags |= EDGE_RIGHT;
    if (r === rect.bottom) flags |= EDGE_BOTTOM;
    if (c === rect.left) flags |= EDGE_LEFT;
    return flags;
  }
}
