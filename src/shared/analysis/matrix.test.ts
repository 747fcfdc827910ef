import { describe, expect, it } from 'vitest';
import type { MatrixCell } from '../domain/types';
import { parseRole } from '../domain/roles';
import { cellKey, compareRoles, compareScenarios, effectiveMatrix } from './matrix';

const cell = (phaseId: string, channelId: string, role: MatrixCell['role'], lens: MatrixCell['lens'] = { kind: 'all' }): MatrixCell => ({
  id: `${phaseId}${channelId}${lens.kind}`,
  scenarioId: 's',
  phaseId,
  channelId,
  lens,
  role,
  note: '',
  evidence: null,
});

describe('effective matrix', () => {
  const typeLens = { kind: 'customerType' as const, id: 't1' };
  const cells = [cell('p1', 'c1', 3), cell('p1', 'c2', 1), cell('p1', 'c2', 0, typeLens), cell('p2', 'c1', 2, { kind: 'typology', id: 'x' })];

  it('shows "all customers" as is', () => {
    const m = effectiveMatrix(cells, { kind: 'all' });
    expect(m.get(cellKey('p1', 'c1'))).toMatchObject({ role: 3, inherited: false, overridden: false });
    expect(m.size).toBe(2);
  });

  it('inherits in a lens until the lens sets the cell, and ignores other lenses', () => {
    const m = effectiveMatrix(cells, typeLens);
    expect(m.get(cellKey('p1', 'c1'))).toMatchObject({ role: 3, inherited: true, overridden: false });
    expect(m.get(cellKey('p1', 'c2'))).toMatchObject({ role: 0, inherited: false, overridden: true });
    expect(m.has(cellKey('p2', 'c1'))).toBe(false);
  });

  it('handles an empty matrix', () => {
    expect(effectiveMatrix([], typeLens).size).toBe(0);
  });
});

describe('scenario comparison', () => {
  it('classifies each change', () => {
    expect(compareRoles(null, 2)).toBe('appeared');
    expect(compareRoles(0, 1)).toBe('appeared');
    expect(compareRoles(2, 0)).toBe('vanished');
    expect(compareRoles(3, null)).toBe('vanished');
    expect(compareRoles(1, 3)).toBe('rose');
    expect(compareRoles(3, 1)).toBe('fell');
    expect(compareRoles(2, 2)).toBe('same');
    expect(compareRoles(null, 0)).toBe('same');
  });

  it('counts changes per phase and in total', () => {
    const asIs = effectiveMatrix([cell('p1', 'c1', 3), cell('p1', 'c2', 1), cell('p2', 'c1', 2)], { kind: 'all' });
    const toBe = effectiveMatrix([cell('p1', 'c1', 2), cell('p1', 'c2', 3), cell('p2', 'c2', 1)], { kind: 'all' });
    const result = compareScenarios(asIs, toBe, ['p1', 'p2'], ['c1', 'c2']);
    expect(result.perPhase.get('p1')).toEqual({ rose: 1, fell: 1, appeared: 0, vanished: 0 });
    expect(result.perPhase.get('p2')).toEqual({ rose: 0, fell: 0, appeared: 1, vanished: 1 });
    expect(result.total).toEqual({ rose: 1, fell: 1, appeared: 1, vanished: 1 });
    expect(result.cells.get(cellKey('p2', 'c2'))).toEqual({ from: null, to: 1, change: 'appeared' });
  });
});

describe('role words', () => {
  it('read numbers and words in both languages, case and spaces aside', () => {
    expect(parseRole(' 2 ')).toBe(2);
    expect(parseRole('Lead')).toBe(3);
    expect(parseRole('LEIDEND')).toBe(3);
    expect(parseRole('ondersteunend')).toBe(1);
    expect(parseRole('geen')).toBe(0);
    expect(parseRole('4')).toBeNull();
    expect(parseRole('-1')).toBeNull();
    expect(parseRole('two')).toBeNull();
    expect(parseRole('')).toBeNull();
  });
});
