import { describe, expect, it } from 'vitest';
import { chartsData } from './charts';
import { axes, catalogOf, cellsFromGrid, customerType } from './testData';

describe('chartsData', () => {
  it('computes every chart of one view from the same cells', () => {
    const catalog = catalogOf({ ...axes(2, 2), customerTypes: [customerType('t1', 'a0')] });
    const cells = cellsFromGrid([[3, 1], [2, 0]]);
    const data = chartsData({
      catalog,
      lens: { kind: 'all' },
      cells,
      profileTypeIds: ['t1'],
      delta: { fromCells: cells, toCells: cellsFromGrid([[3, 3], [2, 0]]), fromName: 'A', toName: 'B' },
    });
    expect(data.heatmap.values).toEqual([
      [3, 1],
      [2, 0],
    ]);
    expect(data.mix.total).toBe(6);
    expect(data.profile.series[0]!.values).toEqual([4, 2]);
    expect(data.balance.offline).toBe(6);
    expect(data.delta?.changedCells).toBe(1);
    expect(data.quadrant.reading.key).toBe('quadrant.none');
  });

  it('has no delta with fewer than two scenarios', () => {
    const data = chartsData({ catalog: catalogOf({}), lens: { kind: 'all' }, cells: [], profileTypeIds: [], delta: null });
    expect(data.delta).toBeNull();
    expect(data.heatmap.reading.key).toBe('heatmap.noAxes');
  });
});
