import { describe, expect, it } from 'vitest';
import { planPaste } from './paste';

const one = (r: number, c: number) => ({ top: r, left: c, bottom: r, right: c });

describe('planPaste', () => {
  it('places a block from the top-left of the selection', () => {
    const plan = planPaste([[3, 2], [1, 0]], one(1, 2), { rows: 6, cols: 13 });
    expect(plan).toEqual({
      cells: [
        { r: 1, c: 2, role: 3 },
        { r: 1, c: 3, role: 2 },
        { r: 2, c: 2, role: 1 },
        { r: 2, c: 3, role: 0 },
      ],
      clipped: 0,
    });
  });

  it('clips to the grid and counts what fell outside', () => {
    const plan = planPaste([[3, 2, 1], [1, 0, 2]], one(5, 11), { rows: 6, cols: 13 });
    expect(plan.cells).toEqual([
      { r: 5, c: 11, role: 3 },
      { r: 5, c: 12, role: 2 },
    ]);
    expect(plan.clipped).toBe(4);
  });

  it('leaves blank values alone (also outside the grid)', () => {
    const plan = planPaste([[undefined, 2], [undefined, undefined]], one(5, 12), { rows: 6, cols: 13 });
    expect(plan).toEqual({ cells: [], clipped: 1 });
  });

  it('fills a larger selection with one pasted value', () => {
    const plan = planPaste([[2]], { top: 0, left: 0, bottom: 1, right: 1 }, { rows: 6, cols: 13 });
    expect(plan.cells).toHaveLength(4);
    expect(plan.cells.every((cell) => cell.role === 2)).toBe(true);
  });
});
