import { describe, expect, it } from 'vitest';
import { balanceData } from './balance';
import { indexCells } from './cells';
import { axes, catalogOf, cellsFromGrid } from './testData';

const all = { kind: 'all' } as const;
// c1 online, c2 offline
const catalog = catalogOf(axes(3, 2, (i) => ({ online: i === 0 })));

describe('balanceData', () => {
  it('splits role weight per phase into online and offline', () => {
    const data = balanceData(catalog, indexCells(cellsFromGrid([[3, 1], [0, 2], [undefined, undefined]])), all);
    expect(data.phases.map((p) => [p.id, p.online, p.offline, p.onlinePercent])).toEqual([
      ['p1', 3, 1, 75],
      ['p2', 0, 2, 0],
      ['p3', 0, 0, null],
    ]);
    expect([data.online, data.offline]).toEqual([3, 3]);
    expect(data.reading).toEqual({ key: 'balance.summary', params: { percent: 50, online: 'P1', offline: 'P2' } });
  });

  it('reads an empty workspace, all zeros and one channel', () => {
    expect(balanceData(catalogOf({}), indexCells([]), all).reading.key).toBe('balance.noAxes');
    expect(balanceData(catalog, indexCells(cellsFromGrid([[0, 0]])), all).reading.key).toBe('balance.empty');
    const one = balanceData(catalogOf(axes(2, 1, () => ({ online: true }))), indexCells(cellsFromGrid([[2], [1]])), all);
    expect(one.reading).toEqual({ key: 'balance.summary', params: { percent: 100, online: 'P1', offline: 'P1' } });
  });
});
