import { describe, expect, it } from 'vitest';
import { packCells, unpackCells } from './packed-cells';
import type { Lens, MatrixCell } from './types';

const cell = (id: string, phaseId: string, channelId: string, lens: Lens, extra: Partial<MatrixCell> = {}): MatrixCell => ({
  id,
  scenarioId: 's1',
  phaseId,
  channelId,
  lens,
  role: 2,
  note: '',
  evidence: null,
  ...extra,
});

describe('packed scenario cells', () => {
  it('gives back exactly the cells it packed, in order, through JSON', () => {
    const cells: MatrixCell[] = [
      cell('c1', 'attract', 'web', { kind: 'all' }),
      cell('c2', 'attract', 'store', { kind: 'customerType', id: 't1' }, { role: 3, evidence: 'observed' }),
      cell('c3', 'advise', 'web', { kind: 'typology', id: 't1' }, { role: null, note: 'Only a note = "quoted"', evidence: 'hypothesis' }),
      cell('c4', 'advise', 'store', { kind: 'productDomain', id: 'd1' }, { role: 0, evidence: 'inferred' }),
      cell('c5', 'attract', 'web', { kind: 'customerType', id: 't1' }, { role: 1, note: 'Tab\tand\nnew line, émoji 🙂' }),
    ];
    const wire = JSON.parse(JSON.stringify(packCells('s1', cells))) as ReturnType<typeof packCells>;
    expect(unpackCells(wire)).toEqual(cells);
  });

  it('writes each id and lens once', () => {
    const lenses: Lens[] = [{ kind: 'all' }, { kind: 'customerType', id: 'a' }, { kind: 'typology', id: 'a' }];
    const cells = lenses.flatMap((lens, l) =>
      ['p1', 'p2'].flatMap((p) => ['x', 'y', 'z'].map((ch) => cell(`${l}${p}${ch}`, p, ch, lens))),
    );
    const packed = packCells('s1', cells);
    expect(packed.phaseIds).toEqual(['p1', 'p2']);
    expect(packed.channelIds).toEqual(['x', 'y', 'z']);
    expect(packed.lenses).toEqual(lenses);
    expect(packed.notes).toEqual([]);
    expect(packed.grid).toHaveLength(cells.length * 5);
  });

  it('packs an empty scenario', () => {
    const packed = packCells('s1', []);
    expect(unpackCells(packed)).toEqual([]);
    expect(packed.scenarioId).toBe('s1');
  });

  it('refuses a cell of another scenario instead of relabelling it', () => {
    expect(() => packCells('s2', [cell('c1', 'p', 'c', { kind: 'all' })])).toThrow(/not in scenario s2/);
  });

  it('is several times smaller than the cells as objects', () => {
    const uuid = (n: number) => `0190c2f4-0000-7000-8000-${String(n).padStart(12, '0')}`;
    const cells: MatrixCell[] = [];
    for (let l = 0; l < 10; l++) {
      const lens: Lens = l === 0 ? { kind: 'all' } : { kind: 'customerType', id: uuid(1000 + l) };
      for (let p = 0; p < 12; p++) for (let c = 0; c < 60; c++) cells.push(cell(uuid(cells.length), uuid(100 + p), uuid(200 + c), lens, { scenarioId: 's1' }));
    }
    const packed = JSON.stringify(packCells('s1', cells)).length;
    expect(packed * 4).toBeLessThan(JSON.stringify(cells).length);
  });
});
