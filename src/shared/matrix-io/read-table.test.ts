import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { readSheetMatrix, transposeMatrix } from './read-table';
import type { SheetGrid } from './types';

const grid = (rows: string[][], formulas: string[] = []): SheetGrid => ({ rows, formulas });
const codeOf = (fn: () => unknown): { code: string; params: unknown } => {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, params: err.params };
    throw err;
  }
  throw new Error('expected an AppError');
};

describe('reading the matrix out of a sheet', () => {
  it('reads phases down the first column, channels across the header row, roles between', () => {
    const m = readSheetMatrix(
      grid([
        ['', 'Store', 'Website'],
        ['Attract', '3', 'supporting'],
        ['Inform', 'Leidend', ''],
      ]),
      'a.csv',
    );
    expect(m.phases).toEqual([
      { name: 'Attract', ref: 'A2' },
      { name: 'Inform', ref: 'A3' },
    ]);
    expect(m.channels.map((c) => `${c.name}@${c.ref}`)).toEqual(['Store@B1', 'Website@C1']);
    expect(m.cells).toEqual([
      { phase: 0, channel: 0, ref: 'B2', role: 3 },
      { phase: 0, channel: 1, ref: 'C2', role: 1 },
      { phase: 1, channel: 0, ref: 'B3', role: 3 },
    ]);
    expect(m.emptyCells).toBe(1);
  });

  it('skips blank rows and columns, a title above, trims spaces; notes ignored cells', () => {
    const m = readSheetMatrix(
      grid([
        ['', '', ''],
        ['', 'Matrix 2024', '', '', ''],
        ['', '', '', '', ''],
        ['', 'Phase', '  Store ', '', 'Print'],
        ['', '', '', '', ''],
        ['', ' attract ', ' 2 ', '', 'GEEN'],
        ['', '', '1', '', ''],
        ['', 'inform', '', 'x', '0'],
      ]),
      'a.csv',
    );
    expect(m.phases.map((p) => p.name)).toEqual(['attract', 'inform']);
    expect(m.channels.map((c) => c.name)).toEqual(['Store', 'Print']);
    expect(m.cells.map((c) => [c.ref, c.role])).toEqual([
      ['C6', 2],
      ['E6', 0],
      ['E8', 0],
    ]);
    expect(m.ignored).toEqual([
      { ref: 'B2', text: 'Matrix 2024', reason: 'aboveHeader' },
      { ref: 'C7', text: '1', reason: 'noPhase' },
      { ref: 'D8', text: 'x', reason: 'noChannel' },
    ]);
    expect(m.ignoredCount).toBe(3);
  });

  it('lists every cell that is not a role, and writes nothing', () => {
    const error = codeOf(() =>
      readSheetMatrix(
        grid([
          ['', 'A', 'B', 'C'],
          ['P', '7', 'maybe', '-1'],
          ['Q', '2.5', '3', ''],
        ]),
        'a.csv',
      ),
    );
    expect(error).toEqual({ code: 'IMPORT_BAD_ROLE', params: { cells: 'B2: 7, C2: maybe, D2: -1, B3: 2.5', count: 4 } });
  });

  it('refuses formulas, naming the cells', () => {
    expect(codeOf(() => readSheetMatrix(grid([['', 'A'], ['P', '1']], ['B2', 'C9']), 'a.xlsx'))).toEqual({
      code: 'IMPORT_FORMULA',
      params: { cells: 'B2, C9', count: 2 },
    });
  });

  it('refuses duplicate channel and phase names, ignoring case and spacing', () => {
    expect(codeOf(() => readSheetMatrix(grid([['', 'Store', 'Web', 'store '], ['Attract', '1', '', '']]), 'a.csv'))).toMatchObject({
      code: 'IMPORT_DUPLICATE_HEADER',
      params: { name: 'Store', cells: 'B1, D1' },
    });
    expect(codeOf(() => readSheetMatrix(grid([['', 'Store'], ['Inform', '1'], ['INFORM', '2']]), 'a.csv'))).toMatchObject({
      code: 'IMPORT_DUPLICATE_PHASE',
      params: { cells: 'A2, A3' },
    });
  });

  it('refuses a sheet without names on both axes', () => {
    expect(codeOf(() => readSheetMatrix(grid([]), 'a.csv')).code).toBe('IMPORT_NO_MATRIX');
    expect(codeOf(() => readSheetMatrix(grid([['just text'], ['more text']]), 'a.csv')).code).toBe('IMPORT_NO_MATRIX');
    expect(codeOf(() => readSheetMatrix(grid([['', 'Store', 'Web']]), 'a.csv')).code).toBe('IMPORT_NO_MATRIX');
  });

  it('refuses sheets far bigger than a matrix', () => {
    const wide = [['', ...Array.from({ length: 501 }, (_, i) => `C${i}`)], ['P', '1']];
    expect(codeOf(() => readSheetMatrix(grid(wide), 'a.csv')).code).toBe('IMPORT_GRID_TOO_BIG');
    const long = grid([['', 'A'], ['x'.repeat(201), '1']]);
    expect(codeOf(() => readSheetMatrix(long, 'a.csv')).code).toBe('NAME_TOO_LONG');
  });

  it('turns a matrix around', () => {
    const m = readSheetMatrix(grid([['', 'Attract'], ['Store', '3']]), 'a.csv');
    const t = transposeMatrix(m);
    expect(t.phases.map((p) => p.name)).toEqual(['Attract']);
    expect(t.channels.map((p) => p.name)).toEqual(['Store']);
    expect(t.cells).toEqual([{ phase: 0, channel: 0, ref: 'B2', role: 3 }]);
    expect(t.transposed).toBe(true);
  });
});
