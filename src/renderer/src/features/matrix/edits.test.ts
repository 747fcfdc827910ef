import { describe, expect, it } from 'vitest';
import { effectiveMatrix, cellKey } from '@shared/analysis/matrix';
import { applyEdit } from './edits';
import { matrixCell } from './testData';

const lens = { kind: 'customerType', id: 'ct1' } as const;
const base = [matrixCell('p1', 'c1', 2, { kind: 'all' }, { note: 'kept', evidence: 'observed' }), matrixCell('p1', 'c2', 1, lens)];

describe('applyEdit', () => {
  it('sets a role and keeps note and evidence that are not given', () => {
    const out = applyEdit(base, { kind: 'set', scenarioId: 's1', lens: { kind: 'all' }, cells: [{ phaseId: 'p1', channelId: 'c1', role: 3 }] });
    expect(out.find((c) => c.channelId === 'c1')).toMatchObject({ role: 3, note: 'kept', evidence: 'observed' });
  });

  it('adds a cell that did not exist, in the edited lens only', () => {
    const out = applyEdit(base, { kind: 'set', scenarioId: 's1', lens, cells: [{ phaseId: 'p1', channelId: 'c1', role: 0, note: 'n' }] });
    const view = effectiveMatrix(out, lens);
    expect(view.get(cellKey('p1', 'c1'))).toMatchObject({ role: 0, note: 'n', overridden: true });
    expect(effectiveMatrix(out, { kind: 'all' }).get(cellKey('p1', 'c1'))?.role).toBe(2);
  });

  it('clears a lens cell so it inherits again, and leaves "all customers" alone', () => {
    const out = applyEdit(base, { kind: 'clear', scenarioId: 's1', lens, cells: [{ phaseId: 'p1', channelId: 'c2' }, { phaseId: 'p1', channelId: 'c1' }] });
    expect(out).toHaveLength(1);
    expect(effectiveMatrix(out, lens).get(cellKey('p1', 'c1'))).toMatchObject({ role: 2, inherited: true });
  });

  it('ignores cells of another scenario', () => {
    const out = applyEdit(base, { kind: 'clear', scenarioId: 's2', lens: { kind: 'all' }, cells: [{ phaseId: 'p1', channelId: 'c1' }] });
    expect(out).toHaveLength(2);
  });
});
