import { describe, expect, it } from 'vitest';
import type { Lens, Role } from '../../domain/types';
import { lensKey } from '../../domain/lens';
import { answerCharts, compareLenses, EMPTY_INDEX, shownLenses } from './answer';
import { indexCells } from './cells';
import { CHART_IDS, chartData, type ChartId } from './registry';
import { axes, catalogOf, cell, customerType, typology } from './testData';

const types = [customerType('t1', 'a0', { share: 10, typologyId: 'y1', refusedChannelIds: ['c2'] }), customerType('t2', 'a1', { share: 30, typologyId: 'y2' })];
const typologies = [
  typology('y1', 'a0', { searchBehaviour: 'structured', certainty: 'certain' }),
  typology('y2', 'a1', { searchBehaviour: 'unstructured', certainty: 'uncertain' }),
];
const catalog = catalogOf({ ...axes(3, 4), customerTypes: types, typologies });
const LENSES: Lens[] = [
  { kind: 'all' },
  { kind: 'customerType', id: 't1' },
  { kind: 'customerType', id: 't2' },
  { kind: 'typology', id: 'y1' },
  { kind: 'typology', id: 'y2' },
  { kind: 'productDomain', id: 'd1' },
];

/** Every lens set on some cells, each differently, so a chart reading a lens it did not declare gets other numbers. */
function scenarioCells(seed: number) {
  return LENSES.flatMap((lens, l) =>
    [1, 2, 3].flatMap((p) =>
      [1, 2, 3, 4].flatMap((c) => ((p + c + l + seed) % 3 === 0 ? [] : [cell(`p${p}`, `c${c}`, ((p * c + l + seed) % 4) as Role, lens)])),
    ),
  );
}

/** What a reader that loads only `lenses` sees: the cells of "all customers" and of those lenses. */
function only(lenses: Lens[] | null, cells: ReturnType<typeof scenarioCells>) {
  if (lenses === null) return EMPTY_INDEX;
  const read = new Set(lenses.map(lensKey));
  return indexCells(cells.filter(({ lens }) => lens.kind === 'all' || read.has(lensKey(lens))));
}

describe('charts answered from the lenses they declare', () => {
  const shown = scenarioCells(0);
  const from = scenarioCells(1);
  const to = scenarioCells(2);
  const full = { index: indexCells(shown), from: indexCells(from), to: indexCells(to) };

  it.each(LENSES.map((lens) => [lens.kind === 'all' ? 'all' : lens.id, lens] as const))(
    'in lens %s, each chart alone equals the chart computed from every cell',
    (_name, lens) => {
      for (const id of CHART_IDS) {
        const request = { scenarioId: 's1', lens, charts: [id], profileTypeIds: ['t1', 't2'], compare: { fromId: 'a', toId: 'b' } };
        const compare = compareLenses(request, catalog);
        const answer = answerCharts(request, {
          catalog,
          index: only(shownLenses(request, catalog), shown),
          compare: compare && { from: only(compare, from), to: only(compare, to), fromName: 'A', toName: 'B' },
        });
        const expected = chartData(id, {
          catalog,
          index: full.index,
          lens,
          profileTypeIds: ['t1', 't2'],
          compare: { from: full.from, to: full.to, fromName: 'A', toName: 'B' },
        });
        expect(answer[id], `${id} in ${JSON.stringify(lens)}`).toEqual(expected);
      }
    },
  );

  it('reads only the lenses the charts asked for need', () => {
    const lens: Lens = { kind: 'productDomain', id: 'd1' };
    const request = (charts: ChartId[], profileTypeIds?: string[]) => ({ scenarioId: 's1', lens, charts, profileTypeIds });
    expect(shownLenses(request(['heatmap', 'mix', 'balance']), catalog)).toEqual([lens]);
    // The radar reads its types' lenses (by default the largest first), the quadrant every typology's; neither looks through the chosen lens.
    expect(shownLenses(request(['profile']), catalog)).toEqual([
      { kind: 'customerType', id: 't2' },
      { kind: 'customerType', id: 't1' },
    ]);
    expect(shownLenses(request(['profile'], ['t1']), catalog)).toEqual([{ kind: 'customerType', id: 't1' }]);
    expect(shownLenses(request(['quadrant']), catalog)).toEqual([
      { kind: 'typology', id: 'y1' },
      { kind: 'typology', id: 'y2' },
    ]);
    expect(shownLenses(request(['heatmap']), catalog)?.length).toBe(1);
    expect(shownLenses({ ...request(['heatmap']), lens: { kind: 'all' } }, catalog)).toEqual([]);
    expect(shownLenses(request(['delta']), catalog)).toBeNull();
    expect(compareLenses(request(['delta']), catalog)).toEqual([lens]);
    expect(compareLenses(request(['heatmap']), catalog)).toBeNull();
  });

  it('answers exactly the charts asked for, the radar with the default types when none are given, the delta null without a pair', () => {
    const charts: ChartId[] = ['profile', 'delta', 'profile'];
    const answer = answerCharts({ scenarioId: 's1', lens: { kind: 'all' }, charts }, { catalog, index: full.index, compare: null });
    expect(Object.keys(answer).sort()).toEqual(['delta', 'profile']);
    expect(answer.delta).toBeNull();
    // The larger share first.
    expect(answer.profile?.series.map((s) => s.typeId)).toEqual(['t2', 't1']);
  });
});
