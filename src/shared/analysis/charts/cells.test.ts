import { describe, expect, it } from 'vitest';
import { argMax, argMin, indexCells, percent, roleGrid, visibleSorted, weightGrid } from './cells';
import { axes, cell, channel } from './testData';

describe('chart cells', () => {
  const { phases, channels } = axes(2, 2);
  const typeLens = { kind: 'customerType' as const, id: 't1' };
  const index = indexCells([cell('p1', 'c1', 3), cell('p1', 'c2', 1), cell('p1', 'c2', 0, typeLens), cell('p2', 'c2', null, typeLens), cell('p2', 'c1', 2, { kind: 'typology', id: 'x' })]);

  it('resolves a lens over "all customers" and ignores other lenses', () => {
    expect(roleGrid(index, { kind: 'all' }, phases, channels)).toEqual([
      [3, 1],
      [null, null],
    ]);
    expect(roleGrid(index, typeLens, phases, channels)).toEqual([
      [3, 0],
      [null, null],
    ]);
  });

  it('weighs a role by its number and an unset cell as 0', () => {
    expect(weightGrid(index, typeLens, phases, channels)).toEqual([
      [3, 0],
      [0, 0],
    ]);
  });

  it('lets a lens cell with only a note hide the inherited role, as the matrix does', () => {
    const noted = indexCells([cell('p1', 'c1', 3), cell('p1', 'c1', null, typeLens)]);
    expect(roleGrid(noted, typeLens, phases, channels)[0]).toEqual([null, null]);
    expect(roleGrid(noted, { kind: 'all' }, phases, channels)[0]).toEqual([3, null]);
  });

  it('handles an empty scenario and a lens without cells', () => {
    expect(weightGrid(indexCells([]), typeLens, phases, channels)).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('keeps visible items in position order, not locale order', () => {
    const items = [channel('b', 'a1'), channel('h', 'a0', { hidden: true }), channel('z', 'Zz'), channel('a', 'a0')];
    expect(visibleSorted(items).map((i) => i.id)).toEqual(['z', 'a', 'b']);
  });

  it('finds extremes and percentages without dividing by zero', () => {
    expect(argMax([1, 3, 3])).toBe(1);
    expect(argMin([2, 0, 0])).toBe(1);
    expect(argMax([])).toBe(-1);
    expect(percent(1, 3)).toBe(33);
    expect(percent(5, 0)).toBe(0);
  });
});
