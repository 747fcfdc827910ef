import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/types';
import { cellKey } from '../matrix';
import { consistency } from './consistency';
import { CHANNELS, PHASES, step } from './testSteps';

const matrix = (entries: [string, string, Role | null][]) => new Map(entries.map(([p, c, role]) => [cellKey(p, c), { role }]));

describe('consistency with the matrix', () => {
  const m = matrix([
    ['p1', 'web', 3],
    ['p1', 'store', 1],
    ['p1', 'app', 2],
    ['p1', 'phone', 0],
    ['p2', 'store', null],
  ]);

  it('leaves steps on channels with a role alone', () => {
    const steps = [step('a', { phaseId: 'p1', channelId: 'web' }), step('b', { phaseId: 'p1', channelId: 'store' })];
    expect(consistency(steps, m, PHASES, CHANNELS)).toEqual([]);
  });

  it('flags a role of none and an unset cell, with candidates strongest first', () => {
    const steps = [step('a', { phaseId: 'p1', channelId: 'phone' }), step('b', { phaseId: 'p2', channelId: 'store' }), step('c', { phaseId: 'p3', channelId: 'web' })];
    expect(consistency(steps, m, PHASES, CHANNELS)).toEqual([
      {
        stepId: 'a',
        cell: { phaseId: 'p1', channelId: 'phone' },
        role: 0,
        candidates: [
          { channelId: 'web', role: 3 },
          { channelId: 'app', role: 2 },
          { channelId: 'store', role: 1 },
        ],
      },
      { stepId: 'b', cell: { phaseId: 'p2', channelId: 'store' }, role: null, candidates: [] },
      { stepId: 'c', cell: { phaseId: 'p3', channelId: 'web' }, role: null, candidates: [] },
    ]);
  });

  it('keeps the channel order among equal roles', () => {
    const tie = matrix([['p1', 'store', 2], ['p1', 'web', 2], ['p1', 'app', 2]]);
    const [flag] = consistency([step('a', { phaseId: 'p1', channelId: 'phone' })], tie, PHASES, CHANNELS);
    expect(flag!.candidates.map((c) => c.channelId)).toEqual(['web', 'app', 'store']);
  });

  it('does not judge steps without a phase or channel, or on deleted ones', () => {
    const steps = [
      step('a', { phaseId: null, channelId: 'phone' }),
      step('b', { phaseId: 'p1', channelId: null }),
      step('c', { phaseId: 'gone', channelId: 'phone' }),
      step('d', { phaseId: 'p1', channelId: 'gone' }),
    ];
    expect(consistency(steps, m, PHASES, CHANNELS)).toEqual([]);
  });
});
