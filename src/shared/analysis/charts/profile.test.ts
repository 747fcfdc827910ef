import { describe, expect, it } from 'vitest';
import { indexCells } from './cells';
import { defaultProfileTypes, profileData } from './profile';
import { axes, catalogOf, cellsFromGrid, customerType } from './testData';

const lensOf = (id: string) => ({ kind: 'customerType', id }) as const;

describe('profileData', () => {
  const a = customerType('ta', 'a0');
  const b = customerType('tb', 'a1', { refusedChannelIds: ['c1'] });
  const catalog = catalogOf({ ...axes(2, 2), customerTypes: [a, b] });
  const cells = [...cellsFromGrid([[3, 1], [1, 1]]), ...cellsFromGrid([[undefined, 3]], lensOf('ta'))];

  it('sums role weight per phase in each type’s lens, without the channels it refuses', () => {
    const data = profileData(catalog, indexCells(cells), ['ta', 'tb']);
    expect(data.series).toEqual([
      { typeId: 'ta', name: 'TA', values: [6, 2] },
      { typeId: 'tb', name: 'TB', values: [1, 1] },
    ]);
    expect(data.max).toBe(6);
    expect(data.reading).toEqual({ key: 'profile.compare', params: { phase: 'P1', high: 'TA', low: 'TB', gap: 5 } });
  });

  it('reads one type on its own', () => {
    expect(profileData(catalog, indexCells(cells), ['tb']).reading).toEqual({ key: 'profile.single', params: { type: 'TB', strong: 'P1', weak: 'P1' } });
  });

  it('skips ids that are unknown or hidden', () => {
    const hidden = customerType('th', 'a2', { hidden: true });
    const data = profileData({ ...catalog, customerTypes: [a, b, hidden] }, indexCells(cells), ['nope', 'th', 'tb']);
    expect(data.series.map((s) => s.typeId)).toEqual(['tb']);
  });

  it('reads no types, an empty workspace, all zeros and identical types', () => {
    expect(profileData(catalog, indexCells(cells), []).reading.key).toBe('profile.noTypes');
    expect(profileData(catalogOf({ customerTypes: [a] }), indexCells([]), ['ta']).reading.key).toBe('profile.empty');
    expect(profileData(catalog, indexCells(cellsFromGrid([[0, 0], [0, 0]])), ['ta', 'tb']).reading.key).toBe('profile.empty');
    const twin = customerType('tc', 'a3');
    expect(profileData({ ...catalog, customerTypes: [twin, b] }, indexCells(cellsFromGrid([[0, 2]])), ['tc', 'tb']).reading.key).toBe('profile.same');
  });

  it('picks the largest types by share as the default overlay', () => {
    const types = [customerType('x', 'a0', { share: 10 }), customerType('y', 'a1', { share: 50 }), customerType('z', 'a2'), customerType('w', 'a3', { share: 20 })];
    expect(defaultProfileTypes(catalogOf({ customerTypes: types }))).toEqual(['y', 'w', 'x']);
    expect(defaultProfileTypes(catalogOf({}))).toEqual([]);
  });
});
