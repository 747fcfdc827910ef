import { describe, expect, it } from 'vitest';
import { indexCells } from './cells';
import { mixData } from './mix';
import { axes, catalogOf, cellsFromGrid } from './testData';

const all = { kind: 'all' } as const;

describe('mixData', () => {
  it('stacks role weight per channel per phase and names the heaviest channel and the leanest phase', () => {
    const data = mixData(catalogOf(axes(2, 3)), indexCells(cellsFromGrid([[3, 1, 0], [3, 0, 0]])), all);
    // c3 carries nothing, so it is not a stack.
    expect(data.series.map((s) => [s.key, s.name, s.total])).toEqual([
      ['s0', 'C1', 6],
      ['s1', 'C2', 1],
    ]);
    expect(data.phases.map((p) => [p.id, p.total, p.values])).toEqual([
      ['p1', 4, [3, 1]],
      ['p2', 3, [3, 0]],
    ]);
    expect(data.total).toBe(7);
    expect(data.reading).toEqual({ key: 'mix.summary', params: { channel: 'C1', percent: 86, phase: 'P2', count: 1 } });
  });

  it('folds channels past the budget into "Other (n)", keeping the totals', () => {
    const data = mixData(catalogOf(axes(1, 4)), indexCells(cellsFromGrid([[1, 3, 2, 1]])), all, 3);
    expect(data.series.map((s) => [s.name, s.folded, s.total])).toEqual([
      ['C2', 0, 3],
      ['C3', 0, 2],
      ['', 2, 2],
    ]);
    expect(data.phases[0]!.values).toEqual([3, 2, 2]);
    expect(data.phases[0]!.total).toBe(7);
  });

  it('reads an empty workspace, all zeros and one channel', () => {
    expect(mixData(catalogOf({}), indexCells([]), all).reading.key).toBe('mix.noAxes');
    const zeros = mixData(catalogOf(axes(2, 2)), indexCells(cellsFromGrid([[0, 0], [0, 0]])), all);
    expect(zeros.reading.key).toBe('mix.empty');
    expect(zeros.series).toEqual([]);
    const one = mixData(catalogOf(axes(2, 1)), indexCells(cellsFromGrid([[2], [0]])), all);
    expect(one.reading).toEqual({ key: 'mix.summary', params: { channel: 'C1', percent: 100, phase: 'P1', count: 1 } });
  });

  it('uses the lens with inheritance', () => {
    const lens = { kind: 'productDomain', id: 'd' } as const;
    const cells = [...cellsFromGrid([[1, 1]]), ...cellsFromGrid([[3]], lens)];
    expect(mixData(catalogOf(axes(1, 2)), indexCells(cells), lens).phases[0]!.values).toEqual([3, 1]);
  });
});
