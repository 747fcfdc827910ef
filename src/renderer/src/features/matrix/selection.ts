/**
 * Positions and range selection in the displayed grid, as pure functions.
 * Row -1 is the column-header row and column -1 the row-header column: they
 * take part in arrow-key navigation (so headers can be reordered and hidden
 * from the keyboard) but never in a range selection. The corner (-1, -1) holds
 * no control and is never a position.
 */

export interface Pos {
  r: number;
  c: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

/** `active` has focus; the range runs from `anchor` to `extent` (both data cells). */
export interface SelectionState {
  active: Pos;
  anchor: Pos;
  extent: Pos;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type Move =
  | { kind: 'by'; dr: number; dc: number }
  /** Ctrl+arrow: to the last data cell in that direction, as spreadsheets do. */
  | { kind: 'edge'; dr: number; dc: number }
  | { kind: 'rowStart' }
  | { kind: 'rowEnd' }
  | { kind: 'gridStart' }
  | { kind: 'gridEnd' };

export const ORIGIN: Pos = { r: 0, c: 0 };
export const initialSelection = (): SelectionState => ({ active: ORIGIN, anchor: ORIGIN, extent: ORIGIN });

export const isDataPos = (pos: Pos): boolean => pos.r >= 0 && pos.c >= 0;
export const samePos = (a: Pos, b: Pos): boolean => a.r === b.r && a.c === b.c;

export function rectOf(a: Pos, b: Pos): Rect {
  return { top: Math.min(a.r, b.r), left: Math.min(a.c, b.c), bottom: Math.max(a.r, b.r), right: Math.max(a.c, b.c) };
}

export const inRect = (rect: Rect, r: number, c: number): boolean =>
  r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;

export const rectSize = (rect: Rect): { rows: number; cols: number } => ({
  rows: rect.bottom - rect.top + 1,
  cols: rect.right - rect.left + 1,
});

/** The cells a command acts on: the range when the focus is on a data cell, else none. */
export function selectedRect(state: SelectionState): Rect | null {
  return isDataPos(state.active) ? rectOf(state.anchor, state.extent) : null;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A valid position for this size: headers allowed, the corner and out-of-range cells are not. */
export function clampPos(pos: Pos, size: GridSize): Pos {
  const r = clamp(pos.r, -1, size.rows - 1);
  const c = clamp(pos.c, -1, size.cols - 1);
  if (r === -1 && c === -1) return size.cols > 0 ? { r: -1, c: 0 } : { r: 0, c: -1 };
  return { r, c };
}

function clampData(pos: Pos, size: GridSize): Pos {
  return { r: clamp(pos.r, 0, Math.max(0, size.rows - 1)), c: clamp(pos.c, 0, Math.max(0, size.cols - 1)) };
}

/** Where a move from `from` lands (headers included, corner excluded). */
export function movePos(from: Pos, move: Move, size: GridSize): Pos {
  const lastR = size.rows - 1;
  const lastC = size.cols - 1;
  switch (move.kind) {
    case 'by': {
      const next = clampPos({ r: from.r + move.dr, c: from.c + move.dc }, size);
      // Stepping into the corner is refused rather than redirected.
      return from.r + move.dr === -1 && from.c + move.dc === -1 ? from : next;
    }
    case 'edge': {
      // Towards the start it stops at the first data cell (a header stays a header).
      const r = move.dr === 0 ? from.r : move.dr > 0 ? lastR : Math.min(from.r, 0);
      const c = move.dc === 0 ? from.c : move.dc > 0 ? lastC : Math.min(from.c, 0);
      return clampPos({ r, c }, size);
    }
    case 'rowStart':
      return clampPos({ r: from.r, c: 0 }, size);
    case 'rowEnd':
      return clampPos({ r: from.r, c: lastC }, size);
    case 'gridStart':
      return clampPos(ORIGIN, size);
    case 'gridEnd':
      return clampPos({ r: lastR, c: lastC }, size);
  }
}

/**
 * The next selection after a move. Plain moves collapse the range onto the new
 * cell; extending moves the range's far corner (and the focus with it), and
 * only ever among data cells.
 */
export function applyMove(state: SelectionState, move: Move, extend: boolean, size: GridSize): SelectionState {
  if (extend && isDataPos(state.active) && size.rows > 0 && size.cols > 0) {
    const extent = clampData(movePos(state.extent, move, size), size);
    return { active: extent, anchor: state.anchor, extent };
  }
  const active = movePos(state.active, move, size);
  return collapseTo(active, state);
}

/** Focus on `pos`; a data cell becomes the whole range, a header keeps the last range for when focus returns. */
export function collapseTo(pos: Pos, state?: SelectionState): SelectionState {
  if (isDataPos(pos)) return { active: pos, anchor: pos, extent: pos };
  return { active: pos, anchor: state?.anchor ?? ORIGIN, extent: state?.anchor ?? ORIGIN };
}

/** Shift-click: keep the anchor, extend to `pos`. */
export function extendTo(state: SelectionState, pos: Pos): SelectionState {
  if (!isDataPos(pos)) return collapseTo(pos, state);
  const anchor = isDataPos(state.active) ? state.anchor : pos;
  return { active: pos, anchor, extent: pos };
}

export function selectAll(state: SelectionState, size: GridSize): SelectionState {
  if (size.rows === 0 || size.cols === 0) return state;
  const active = isDataPos(state.active) ? state.active : ORIGIN;
  return { active, anchor: ORIGIN, extent: { r: size.rows - 1, c: size.cols - 1 } };
}

/** Keeps a selection valid when the grid shrinks (a filter, a hidden channel, a transposition). */
export function clampSelection(state: SelectionState, size: GridSize): SelectionState {
  const active = clampPos(state.active, size);
  if (!isDataPos(active)) return collapseTo(active, { ...state, anchor: clampData(state.anchor, size) });
  return { active, anchor: clampData(state.anchor, size), extent: clampData(state.extent, size) };
}

/** Every (r, c) of a rectangle, row by row. */
export function cellsOf(rect: Rect): Pos[] {
  const out: Pos[] = [];
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) out.push({ r, c });
  return out;
}
