import { describe, expect, it } from 'vitest';
import type { HeatmapData } from '@shared/analysis/charts/heatmap';
import { reading } from '@shared/analysis/charts/reading';
import { cellPaths, rowNumbers } from './heatmapMarks';

const data: HeatmapData = {
  phases: [
    { id: 'p1', name: 'Attract' },
    { id: 'p2', name: 'Inform' },
  ],
  columns: [
    { id: 'c1', name: 'Store', folded: 0 },
    { id: 'c2', name: 'Web', folded: 0 },
    { id: 'c3', name: 'Mail', folded: 0 },
    { id: '__other__', name: '', folded: 4 },
  ],
  values: [
    [3, null, 3, 2.5],
    [0, 1, 1, null],
  ],
  setCells: 6,
  totalCells: 8,
  reading: reading('heatmap.empty'),
};

describe('the heatmap drawn with few elements', () => {
  it('draws the cells of one colour as one path, one rounded rectangle per cell', () => {
    const paths = cellPaths(data, { x: (c) => c * 10, y: (p) => p * 10, width: 10, height: 10, radius: 2 });
    const cells = (level: number) => (paths.get(level)?.match(/M/g) ?? []).length;
    expect([...paths.keys()].sort()).toEqual([-1, 0, 1, 3]);
    // 2.5 rounds to the darker level, as its cell was coloured before.
    expect([cells(-1), cells(0), cells(1), cells(3)]).toEqual([2, 1, 2, 3]);
    // The cell at (row 1, column 0), inset by 1: 8 x 8 with corners of 2.
    expect(paths.get(0)).toBe('M3 11h4a2 2 0 0 1 2 2v4a2 2 0 0 1 -2 2h-4a2 2 0 0 1 -2 -2v-4a2 2 0 0 1 2 -2z');
  });

  it("writes a row's numbers as one text per colour, each character in its own cell, and an average apart", () => {
    expect(rowNumbers(data, 0)).toEqual({
      runs: [
        { level: 3, chars: '33', columns: [0, 2] },
        { level: -1, chars: '–', columns: [1] },
      ],
      averages: [{ column: 3, level: 3, value: 2.5 }],
    });
    // An unset "Other" cell is a dash like any other.
    expect(rowNumbers(data, 1)).toEqual({
      runs: [
        { level: 0, chars: '0', columns: [0] },
        { level: 1, chars: '11', columns: [1, 2] },
        { level: -1, chars: '–', columns: [3] },
      ],
      averages: [],
    });
  });
});
