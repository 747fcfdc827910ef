import { describe, expect, it } from 'vitest';
import { indexCells } from './cells';
import type { Scenario } from '../../domain/types';
import { defaultDeltaPair, deltaData } from './delta';
import { axes, catalogOf, cellsFromGrid } from './testData';

const all = { kind: 'all' } as const;
const names = { from: 'As-is', to: 'To-be' };

describe('deltaData', () => {
  it('compares role weight per phase and per channel', () => {
    const data = deltaData(catalogOf(axes(2, 2)), indexCells(cellsFromGrid([[3, 0], [1, 1]])), indexCells(cellsFromGrid([[1, 3], [1, 3]])), all, names);
    expect(data.phases.map((r) => [r.id, r.from, r.to, r.delta])).toEqual([
      ['p1', 3, 4, 1],
      ['p2', 2, 4, 2],
    ]);
    expect(data.channels.map((r) => [r.id, r.from, r.to, r.delta])).toEqual([
      ['c1', 4, 2, -2],
      ['c2', 1, 6, 5],
    ]);
    expect(data.changedCells).toBe(3);
    expect(data.reading).toEqual({ key: 'delta.summary', params: { ...names, count: 3, delta: '+3', channel: 'C2', channelDelta: '+5' } });
  });

  it('keeps the channels that change most and folds the rest', () => {
    const data = deltaData(catalogOf(axes(1, 4)), indexCells(cellsFromGrid([[3, 3, 0, 1]])), indexCells(cellsFromGrid([[3, 1, 0, 3]])), all, names, 3);
    expect(data.channels.map((r) => [r.id, r.from, r.to, r.folded])).toEqual([
      ['c2', 3, 1, 0],
      ['c4', 1, 3, 0],
      ['__other__', 3, 3, 2],
    ]);
  });

  it('reads identical scenarios, an empty workspace and roles that only move', () => {
    const same = indexCells(cellsFromGrid([[2]]));
    expect(deltaData(catalogOf(axes(1, 1)), same, same, all, names).reading).toEqual({ key: 'delta.same', params: names });
    expect(deltaData(catalogOf({}), indexCells([]), indexCells([]), all, names).reading.key).toBe('delta.noAxes');
    const moved = deltaData(catalogOf(axes(2, 1)), indexCells(cellsFromGrid([[3], [0]])), indexCells(cellsFromGrid([[0], [3]])), all, names);
    expect(moved.reading).toEqual({ key: 'delta.reshuffled', params: { ...names, count: 2 } });
  });
});

describe('defaultDeltaPair', () => {
  const scenario = (id: string, position: string, key: string | null = null): Scenario => ({ id, key, name: id, description: '', position, hidden: false, kind: 'scenario' });

  it('prefers As-is and To-be, else the first two, and needs two', () => {
    expect(defaultDeltaPair([scenario('x', 'a0'), scenario('tb', 'a1', 'to_be'), scenario('ai', 'a2', 'as_is')])).toEqual({ from: 'ai', to: 'tb' });
    expect(defaultDeltaPair([scenario('b', 'a1'), scenario('a', 'a0')])).toEqual({ from: 'a', to: 'b' });
    expect(defaultDeltaPair([scenario('a', 'a0')])).toBeNull();
    expect(defaultDeltaPair([])).toBeNull();
  });
});
