import { describe, expect, it } from 'vitest';
import { packCells } from '../../domain/packed-cells';
import type { Lens, MatrixCell, Role } from '../../domain/types';
import { indexCells, indexPackedCells } from './cells';
import { CHART_IDS, chartData, type ChartInput } from './registry';
import { axes, catalogOf, cell, customerType, typology } from './testData';

const lenses: Lens[] = [
  { kind: 'all' },
  { kind: 'customerType', id: 't1' },
  { kind: 'customerType', id: 't2' },
  { kind: 'typology', id: 'y1' },
  { kind: 'productDomain', id: 'd1' },
];

/** Roles spread over every lens, some cells unset and some with a note only, in no tidy order. */
function sampleCells(salt: number): MatrixCell[] {
  const cells: MatrixCell[] = [];
  lenses.forEach((lens, l) => {
    for (let p = 3; p >= 1; p--)
      for (let c = 1; c <= 4; c++) {
        const n = (p * 7 + c * 3 + l * 5 + salt) % 6;
        if (n === 5 && l > 0) continue;
        cells.push(cell(`p${p}`, `c${c}`, n === 4 ? null : ((n % 4) as Role), lens));
      }
  });
  return cells;
}

describe('the index over packed cells', () => {
  const catalog = catalogOf({
    ...axes(3, 4, (i) => ({ online: i % 2 === 0 })),
    customerTypes: [customerType('t1', 'a0', { share: 60, typologyId: 'y1' }), customerType('t2', 'a1', { share: 40, typologyId: 'y2' })],
    typologies: [typology('y1', 'a0', { searchBehaviour: 'structured', certainty: 'certain' }), typology('y2', 'a1', { searchBehaviour: 'unstructured', certainty: 'uncertain' })],
  });
  const from = sampleCells(0);
  const to = sampleCells(1);
  const packedFrom = JSON.parse(JSON.stringify(packCells('s1', from))) as ReturnType<typeof packCells>;
  const packedTo = packCells('s1', to);

  it('is the index of the cells it packed', () => {
    expect(indexPackedCells(packedFrom)).toEqual(indexCells(from));
    expect(indexPackedCells(packCells('s1', []))).toEqual(indexCells([]));
  });

  it('gives every chart the same data as the cells did, in every lens', () => {
    const input = (index: ChartInput['index'], compare: ChartInput['compare'], lens: Lens): ChartInput => ({ catalog, index, lens, profileTypeIds: ['t1', 't2'], compare });
    const objects = { index: indexCells(from), compare: { from: indexCells(from), to: indexCells(to), fromName: 'A', toName: 'B' } };
    const packed = { index: indexPackedCells(packedFrom), compare: { from: indexPackedCells(packedFrom), to: indexPackedCells(packedTo), fromName: 'A', toName: 'B' } };
    for (const lens of lenses)
      for (const id of CHART_IDS) {
        const expected = chartData(id, input(objects.index, objects.compare, lens));
        expect(chartData(id, input(packed.index, packed.compare, lens))).toEqual(expected);
      }
    // The sample is not empty: the heatmap of all customers has roles to show.
    expect(chartData('heatmap', input(packed.index, null, { kind: 'all' })).values.flat().some((v) => v !== null && v > 0)).toBe(true);
  });
});
