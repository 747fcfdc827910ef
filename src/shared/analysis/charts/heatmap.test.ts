import { describe, expect, it } from 'vitest';
import { indexCells } from './cells';
import { heatmapData, OTHER_ID } from './heatmap';
import { axes, catalogOf, cellsFromGrid } from './testData';

const all = { kind: 'all' } as const;

describe('heatmapData', () => {
  it('shows each role and summarises the weight', () => {
    const catalog = catalogOf(axes(2, 3));
    const data = heatmapData(catalog, indexCells(cellsFromGrid([[3, 1, undefined], [0, 3, 2]])), all);
    expect(data.columns.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(data.values).toEqual([
      [3, 1, null],
      [0, 3, 2],
    ]);
    expect(data.setCells).toBe(5);
    expect(data.totalCells).toBe(6);
    expect(data.reading).toEqual({ key: 'heatmap.summary', params: { set: 5, total: 6, leads: 2, phase: 'P2' } });
  });

  it('leaves hidden phases and channels out', () => {
    const { phases, channels } = axes(2, 2);
    channels[0]!.hidden = true;
    phases[1]!.hidden = true;
    const data = heatmapData(catalogOf({ phases, channels }), indexCells(cellsFromGrid([[3, 2], [1, 1]])), all);
    expect(data.phases.map((p) => p.id)).toEqual(['p1']);
    expect(data.values).toEqual([[2]]);
  });

  it('folds channels past the budget into "Other (n)" with their mean role', () => {
    const catalog = catalogOf(axes(1, 4));
    const data = heatmapData(catalog, indexCells(cellsFromGrid([[0, 3, 1, undefined]])), all, 2);
    expect(data.columns).toEqual([
      { id: 'c2', name: 'C2', folded: 0 },
      { id: OTHER_ID, name: '', folded: 3 },
    ]);
    expect(data.values).toEqual([[3, 0.3]]);
  });

  it('reads an empty workspace, an empty scenario and all-zero roles', () => {
    expect(heatmapData(catalogOf({}), indexCells([]), all).reading.key).toBe('heatmap.noAxes');
    expect(heatmapData(catalogOf(axes(2, 2)), indexCells([]), all).reading.key).toBe('heatmap.empty');
    const zeros = heatmapData(catalogOf(axes(2, 2)), indexCells(cellsFromGrid([[0, 0], [0, undefined]])), all);
    expect(zeros.reading).toEqual({ key: 'heatmap.allNone', params: { set: 3 } });
  });

  it('handles one channel', () => {
    const data = heatmapData(catalogOf(axes(2, 1)), indexCells(cellsFromGrid([[1], [2]])), all);
    expect(data.values).toEqual([[1], [2]]);
    expect(data.reading.params.phase).toBe('P2');
  });
});
