import { describe, expect, it } from 'vitest';
import { indexCells } from './cells';
import { quadrantData } from './quadrant';
import { axes, catalogOf, cellsFromGrid, customerType, typology } from './testData';

describe('quadrantData', () => {
  const wellFounded = typology('wf', 'a0', { searchBehaviour: 'structured', certainty: 'certain' });
  const impulsive = typology('im', 'a1', { searchBehaviour: 'unstructured', certainty: 'uncertain' });
  const loose = typology('lo', 'a2');
  const typologies = [wellFounded, impulsive, loose];

  it('places typologies, sizes them by the share of linked types and lists the channels that lead their phases', () => {
    const customerTypes = [
      customerType('t1', 'a0', { share: 30, typologyId: 'wf' }),
      customerType('t2', 'a1', { share: 50, typologyId: 'im' }),
      customerType('t3', 'a2', { share: 20 }),
    ];
    const cells = [...cellsFromGrid([[3, 1], [3, 3]]), ...cellsFromGrid([[1, 3]], { kind: 'typology', id: 'im' })];
    const data = quadrantData(catalogOf({ ...axes(2, 2), customerTypes, typologies }), indexCells(cells));
    expect(data.basis).toBe('share');
    expect(data.unplaced).toEqual([{ id: 'lo', name: 'LO' }]);
    expect(data.points.map((p) => [p.id, p.behaviour, p.certainty, p.share, p.typeCount])).toEqual([
      ['wf', 'structured', 'certain', 30, 1],
      ['im', 'unstructured', 'uncertain', 50, 1],
    ]);
    expect(data.points[0]!.leads).toEqual([
      { id: 'c1', name: 'C1', phases: ['P1', 'P2'] },
      { id: 'c2', name: 'C2', phases: ['P2'] },
    ]);
    expect(data.points[1]!.leads).toEqual([
      { id: 'c2', name: 'C2', phases: ['P1', 'P2'] },
      { id: 'c1', name: 'C1', phases: ['P2'] },
    ]);
    expect(data.reading).toEqual({ key: 'quadrant.summary', params: { typology: 'IM', percent: 50, channels: 'C2, C1' } });
  });

  it('counts types when no share is set', () => {
    const customerTypes = [customerType('t1', 'a0', { typologyId: 'wf' }), customerType('t2', 'a1', { typologyId: 'wf' }), customerType('t3', 'a2')];
    const data = quadrantData(catalogOf({ ...axes(1, 1), customerTypes, typologies }), indexCells([]));
    expect(data.basis).toBe('count');
    expect(data.points[0]!.share).toBe(67);
    expect(data.reading).toEqual({ key: 'quadrant.summaryNoLeads', params: { typology: 'WF', percent: 67 } });
  });

  it('reads an empty workspace, only unplaced typologies and no linked types', () => {
    expect(quadrantData(catalogOf({}), indexCells([])).reading.key).toBe('quadrant.none');
    expect(quadrantData(catalogOf({ typologies: [loose] }), indexCells([])).reading).toEqual({ key: 'quadrant.unplaced', params: { count: 1 } });
    const data = quadrantData(catalogOf({ typologies }), indexCells([]));
    expect(data.reading.key).toBe('quadrant.noTypes');
    expect(data.points.every((p) => p.share === 0)).toBe(true);
  });
});
