import { describe, expect, it } from 'vitest';
import { mapColumns } from './layout';
import { dropMove, keyboardMove } from './moves';
import { phase, step } from './testData';

const phases = [phase('p1', 'a0'), phase('p2', 'a1'), phase('p3', 'a2')];
const columns = mapColumns(phases, [
  step('a', 'p1', 'a0'),
  step('b', 'p1', 'a1'),
  step('c', 'p1', 'a2'),
  step('d', 'p2', 'a0'),
  step('x', 'gone', 'a0', { phaseMissing: true }),
]);

describe('keyboardMove', () => {
  it('reorders inside a phase', () => {
    expect(keyboardMove(columns, 'b', 'up')).toEqual({ phaseId: 'p1', afterId: null });
    expect(keyboardMove(columns, 'c', 'up')).toEqual({ phaseId: 'p1', afterId: 'a' });
    expect(keyboardMove(columns, 'a', 'down')).toEqual({ phaseId: 'p1', afterId: 'b' });
    expect(keyboardMove(columns, 'a', 'up')).toBeNull();
    expect(keyboardMove(columns, 'c', 'down')).toBeNull();
  });

  it('moves to the neighbouring phase at the same height, or last when that column is shorter', () => {
    expect(keyboardMove(columns, 'a', 'right')).toEqual({ phaseId: 'p2', afterId: null });
    expect(keyboardMove(columns, 'c', 'right')).toEqual({ phaseId: 'p2', afterId: 'd' });
    expect(keyboardMove(columns, 'd', 'right')).toEqual({ phaseId: 'p3', afterId: null });
    expect(keyboardMove(columns, 'd', 'left')).toEqual({ phaseId: 'p1', afterId: null });
    expect(keyboardMove(columns, 'a', 'left')).toBeNull();
  });

  it('places a step without a phase into the first or last phase', () => {
    expect(keyboardMove(columns, 'x', 'right')).toEqual({ phaseId: 'p1', afterId: null });
    expect(keyboardMove(columns, 'x', 'left')).toEqual({ phaseId: 'p3', afterId: null });
    expect(keyboardMove(columns, 'x', 'up')).toBeNull();
  });
});

describe('dropMove', () => {
  it('drops on a column: last in it', () => {
    expect(dropMove(columns, 'a', { id: 'p2', kind: 'column' })).toEqual({ phaseId: 'p2', afterId: 'd' });
    expect(dropMove(columns, 'a', { id: 'p3', kind: 'column' })).toEqual({ phaseId: 'p3', afterId: null });
    expect(dropMove(columns, 'c', { id: 'p1', kind: 'column' })).toBeNull();
  });

  it('drops on a step of the same column: takes its place', () => {
    expect(dropMove(columns, 'a', { id: 'c', kind: 'step', below: false })).toEqual({ phaseId: 'p1', afterId: 'c' });
    expect(dropMove(columns, 'c', { id: 'a', kind: 'step', below: true })).toEqual({ phaseId: 'p1', afterId: null });
    expect(dropMove(columns, 'a', { id: 'a', kind: 'step', below: true })).toBeNull();
  });

  it('drops on a step of another column: above or below it', () => {
    expect(dropMove(columns, 'b', { id: 'd', kind: 'step', below: false })).toEqual({ phaseId: 'p2', afterId: null });
    expect(dropMove(columns, 'b', { id: 'd', kind: 'step', below: true })).toEqual({ phaseId: 'p2', afterId: 'd' });
    expect(dropMove(columns, 'x', { id: 'a', kind: 'step', below: true })).toEqual({ phaseId: 'p1', afterId: 'a' });
  });
});
