import { describe, expect, it } from 'vitest';
import type { Lens, Role } from '../../domain/types';
import { cellKey, effectiveMatrix } from '../matrix';
import { lensKey } from '../../domain/lens';
import { AnalysisContext } from './context';
import { TestWorkspace, lensOf } from './testWorkspace';

/** A small deterministic generator, so the "random" workspace is the same every run. */
function rng(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('AnalysisContext', () => {
  it('resolves every lens exactly as effectiveMatrix does, on the visible axes', () => {
    const random = rng(7);
    const ws = new TestWorkspace().scenario('Other').customerType('T1').typology('Y1', 'impulsive').domain('D1', 'sensory');
    for (let p = 0; p < 5; p++) ws.phase(`P${p}`, null, { hidden: p === 3 });
    for (let c = 0; c < 6; c++) ws.channel(`C${c}`, { hidden: c === 4 });
    const lenses: Lens[] = [{ kind: 'all' }, lensOf('customerType', 'T1'), lensOf('typology', 'Y1'), lensOf('productDomain', 'D1')];
    for (const lens of lenses) {
      for (let p = 0; p < 5; p++) {
        for (let c = 0; c < 6; c++) {
          if (random() < 0.4) continue;
          const role = random() < 0.15 ? null : (Math.floor(random() * 4) as Role);
          ws.set(`P${p}`, `C${c}`, role, { lens, note: random() < 0.3 ? 'why' : '', scenario: random() < 0.1 ? 'Other' : 'As-is' });
        }
      }
    }
    const input = ws.input();
    const ctx = new AnalysisContext(input);
    expect(ctx.phases.map((p) => p.name)).toEqual(['P0', 'P1', 'P2', 'P4']);
    expect(ctx.channels.map((c) => c.name)).toEqual(['C0', 'C1', 'C2', 'C3', 'C5']);
    for (const lens of lenses) {
      const expected = effectiveMatrix(input.cells, lens);
      const view = ctx.view(lens);
      expect(view.lensKey).toBe(lensKey(lens));
      ctx.phases.forEach((phase, p) =>
        ctx.channels.forEach((channel, c) => {
          const cell = expected.get(cellKey(phase.id, channel.id));
          expect(view.roles[p * ctx.channels.length + c], `${lensKey(lens)} ${phase.name} ${channel.name}`).toBe(cell?.role ?? 0);
          expect(view.notes[p * ctx.channels.length + c]).toBe(cell?.note ? 1 : 0);
        }),
      );
    }
  });

  it('knows which lenses set cells of their own, and finds phases by key', () => {
    const ws = new TestWorkspace().defaultPhases().channel('X').customerType('T1').customerType('T2');
    ws.set('Inform', 'X', 2, { lens: lensOf('customerType', 'T2') });
    const ctx = new AnalysisContext(ws.input());
    expect(ctx.lenses().map((l) => ctx.hasOwnCells(l))).toEqual([false, true]);
    expect(ctx.hasOwnCells({ kind: 'all' })).toBe(false);
    expect(ctx.phaseIndexByKey('advise')).toBe(2);
    expect(ctx.phaseIndexByKey('nope')).toBe(-1);
  });
});
