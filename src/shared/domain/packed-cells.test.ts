import { describe, expect, it } from 'vitest';
import { cellPacker, packCells, packedCount, unpackCells } from './packed-cells';
import type { Lens, MatrixCell, ScenarioCell } from './types';

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
  const withoutId = ({ id: _id, ...rest }: MatrixCell): ScenarioCell => rest;

  it('gives back the cells it packed (without their ids, which their keys determine), in order, through JSON', () => {
    const cells: MatrixCell[] = [
      cell('c1', 'attract', 'web', { kind: 'all' }),
      cell('c2', 'attract', 'store', { kind: 'customerType', id: 't1' }, { role: 3, evidence: 'observed' }),
      cell('c3', 'advise', 'web', { kind: 'typology', id: 't1' }, { role: null, note: 'Only a note = "quoted"', evidence: 'hypothesis' }),
      cell('c4', 'advise', 'store', { kind: 'productDomain', id: 'd1' }, { role: 0, evidence: 'inferred' }),
      cell('c5', 'attract', 'web', { kind: 'customerType', id: 't1' }, { role: 1, note: 'Tab\tand\nnew line, émoji 🙂' }),
    ];
    const wire = JSON.parse(JSON.stringify(packCells('s1', cells))) as ReturnType<typeof packCells>;
    expect(unpackCells(wire)).toEqual(cells.map(withoutId));
    expect(packedCount(wire)).toBe(cells.length);
    expect(JSON.stringify(wire)).not.toMatch(/"c[1-5]"/);
  });

  it('packs stored columns one at a time as packCells packs the cells', () => {
    const cells: MatrixCell[] = [
      cell('c1', 'attract', 'web', { kind: 'all' }, { note: 'first' }),
      cell('c2', 'advise', 'store', { kind: 'productDomain', id: 'd1' }, { role: null, evidence: 'inferred' }),
      cell('c3', 'attract', 'store', { kind: 'productDomain', id: 'd1' }, { role: 0, note: 'third' }),
    ];
    const packer = cellPacker('s1');
    for (const c of cells) packer.add(c.phaseId, c.channelId, c.lens.kind, c.lens.kind === 'all' ? '' : c.lens.id, c.role, c.note, c.evidence);
    const packed = packer.done();
    expect(packed).toEqual(packCells('s1', cells));
    expect(packed.notes).toEqual([
      [0, 'first'],
      [2, 'third'],
    ]);
    expect(unpackCells(packed).map((c) => c.lens)).toEqual(cells.map((c) => c.lens));
  });

  it('gives the cells of one lens one shared lens object', () => {
    const lens: Lens = { kind: 'typology', id: 't' };
    const [a, b] = unpackCells(packCells('s1', [cell('c1', 'p', 'x', lens), cell('c2', 'p', 'y', lens)]));
    expect(a!.lens).toBe(b!.lens);
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
