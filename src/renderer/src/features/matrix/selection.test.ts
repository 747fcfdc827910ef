import { describe, expect, it } from 'vitest';
import {
  applyMove,
  cellsOf,
  clampPos,
  clampSelection,
  collapseTo,
  extendTo,
  movePos,
  rectOf,
  selectAll,
  selectedRect,
  type SelectionState,
} from './selection';
import { CELL_ACTIVE, CELL_SELECTED, EDGE_BOTTOM, EDGE_LEFT, EDGE_RIGHT, EDGE_TOP, SelectionStore } from './selectionStore';

const size = { rows: 6, cols: 13 };
const at = (r: number, c: number): SelectionState => collapseTo({ r, c });

describe('movePos', () => {
  it('moves by one, into the headers, never into the corner or off the grid', () => {
    expect(movePos({ r: 2, c: 3 }, { kind: 'by', dr: 0, dc: 1 }, size)).toEqual({ r: 2, c: 4 });
    expect(movePos({ r: 0, c: 3 }, { kind: 'by', dr: -1, dc: 0 }, size)).toEqual({ r: -1, c: 3 });
    expect(movePos({ r: 2, c: 0 }, { kind: 'by', dr: 0, dc: -1 }, size)).toEqual({ r: 2, c: -1 });
    expect(movePos({ r: -1, c: 0 }, { kind: 'by', dr: 0, dc: -1 }, size)).toEqual({ r: -1, c: 0 });
    expect(movePos({ r: 0, c: -1 }, { kind: 'by', dr: -1, dc: 0 }, size)).toEqual({ r: 0, c: -1 });
    expect(movePos({ r: 5, c: 12 }, { kind: 'by', dr: 1, dc: 1 }, size)).toEqual({ r: 5, c: 12 });
  });

  it('Home/End stay in the row, Ctrl+Home/End go to the corners of the data', () => {
    expect(movePos({ r: 3, c: 7 }, { kind: 'rowStart' }, size)).toEqual({ r: 3, c: 0 });
    expect(movePos({ r: 3, c: 7 }, { kind: 'rowEnd' }, size)).toEqual({ r: 3, c: 12 });
    expect(movePos({ r: 3, c: 7 }, { kind: 'gridStart' }, size)).toEqual({ r: 0, c: 0 });
    expect(movePos({ r: 3, c: 7 }, { kind: 'gridEnd' }, size)).toEqual({ r: 5, c: 12 });
    expect(movePos({ r: -1, c: 7 }, { kind: 'rowEnd' }, size)).toEqual({ r: -1, c: 12 });
  });

  it('Ctrl+arrow jumps to the edge of the data; a header stays a header', () => {
    expect(movePos({ r: 3, c: 7 }, { kind: 'edge', dr: 0, dc: 1 }, size)).toEqual({ r: 3, c: 12 });
    expect(movePos({ r: 3, c: 7 }, { kind: 'edge', dr: -1, dc: 0 }, size)).toEqual({ r: 0, c: 7 });
    expect(movePos({ r: -1, c: 7 }, { kind: 'edge', dr: 0, dc: -1 }, size)).toEqual({ r: -1, c: 0 });
  });
});

describe('range selection', () => {
  it('extends with Shift+arrows from the anchor and collapses on a plain move', () => {
    let state = at(1, 1);
    state = applyMove(state, { kind: 'by', dr: 0, dc: 1 }, true, size);
    state = applyMove(state, { kind: 'by', dr: 1, dc: 0 }, true, size);
    expect(selectedRect(state)).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(state.active).toEqual({ r: 2, c: 2 });
    state = applyMove(state, { kind: 'by', dr: 0, dc: 1 }, false, size);
    expect(selectedRect(state)).toEqual({ top: 2, left: 3, bottom: 2, right: 3 });
  });

  it('never extends into the headers', () => {
    const state = applyMove(at(0, 0), { kind: 'by', dr: -1, dc: 0 }, true, size);
    expect(selectedRect(state)).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });

  it('has no selected cells while a header has focus, and restores the range after', () => {
    const onHeader = applyMove(at(0, 4), { kind: 'by', dr: -1, dc: 0 }, false, size);
    expect(onHeader.active).toEqual({ r: -1, c: 4 });
    expect(selectedRect(onHeader)).toBeNull();
  });

  it('shift-click extends from the anchor; select all keeps the focus', () => {
    expect(selectedRect(extendTo(at(4, 5), { r: 1, c: 2 }))).toEqual({ top: 1, left: 2, bottom: 4, right: 5 });
    const all = selectAll(at(2, 2), size);
    expect(selectedRect(all)).toEqual({ top: 0, left: 0, bottom: 5, right: 12 });
    expect(all.active).toEqual({ r: 2, c: 2 });
  });

  it('clamps to a smaller grid (a filter, a hidden channel)', () => {
    const state: SelectionState = { active: { r: 5, c: 12 }, anchor: { r: 2, c: 10 }, extent: { r: 5, c: 12 } };
    expect(clampSelection(state, { rows: 4, cols: 3 })).toEqual({ active: { r: 3, c: 2 }, anchor: { r: 2, c: 2 }, extent: { r: 3, c: 2 } });
    expect(clampPos({ r: -1, c: -1 }, size)).toEqual({ r: -1, c: 0 });
  });

  it('lists the cells of a rectangle row by row', () => {
    expect(cellsOf(rectOf({ r: 1, c: 2 }, { r: 0, c: 1 }))).toEqual([
      { r: 0, c: 1 },
      { r: 0, c: 2 },
      { r: 1, c: 1 },
      { r: 1, c: 2 },
    ]);
  });
});

describe('SelectionStore', () => {
  it('gives each cell its own flags and notifies only on real changes', () => {
    const store = new SelectionStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.set({ active: { r: 1, c: 1 }, anchor: { r: 0, c: 0 }, extent: { r: 1, c: 1 } });
    store.set({ active: { r: 1, c: 1 }, anchor: { r: 0, c: 0 }, extent: { r: 1, c: 1 } });
    expect(calls).toBe(1);
    expect(store.flags(1, 1)).toBe(CELL_ACTIVE | CELL_SELECTED | EDGE_RIGHT | EDGE_BOTTOM);
    expect(store.flags(0, 1)).toBe(CELL_SELECTED | EDGE_TOP | EDGE_RIGHT);
    expect(store.flags(0, 0) & (EDGE_TOP | EDGE_LEFT)).toBe(EDGE_TOP | EDGE_LEFT);
    expect(store.flags(2, 2)).toBe(0);
    store.set(collapseTo({ r: -1, c: 1 }, store.get()));
    expect(store.flags(-1, 1)).toBe(CELL_ACTIVE);
    expect(store.flags(0, 0)).toBe(0);
  });
});
