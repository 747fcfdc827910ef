import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/types';
import { cellKey } from '../matrix';
import { draftFromMatrix } from './draft';
import { CHANNELS, PHASES } from './testSteps';

const matrix = (entries: [string, string, Role | null, boolean?][]) =>
  new Map(entries.map(([p, c, role, inherited]) => [cellKey(p, c), { role, inherited: inherited ?? false }]));

describe('draftFromMatrix', () => {
  it('proposes the leading channel per phase, the first in channel order on a tie', () => {
    const m = matrix([
      ['p1', 'store', 3],
      ['p1', 'web', 3],
      ['p1', 'app', 2],
      ['p2', 'phone', 3, true],
    ]);
    const proposals = draftFromMatrix(PHASES, CHANNELS, m, { kind: 'customerType', id: 'ct' });
    expect(proposals).toEqual([
      { phaseId: 'p1', channelId: 'web', role: 3, inherited: false, title: { key: 'draft.stepTitle', params: { phase: 'Orient', channel: 'Website' } } },
      { phaseId: 'p2', channelId: 'phone', role: 3, inherited: true, title: { key: 'draft.stepTitle', params: { phase: 'Compare', channel: 'Phone' } } },
    ]);
  });

  it('falls back to the strongest important channel, and proposes nothing below that', () => {
    const m = matrix([
      ['p1', 'store', 2],
      ['p1', 'app', 2],
      ['p1', 'web', 1],
      ['p2', 'web', 1],
      ['p2', 'app', 0],
    ]);
    const proposals = draftFromMatrix(PHASES, CHANNELS, m, { kind: 'all' });
    expect(proposals.map((p) => [p.phaseId, p.channelId, p.role])).toEqual([['p1', 'app', 2]]);
  });

  it('leaves out hidden phases and hidden channels', () => {
    const m = matrix([
      ['p1', 'web', 3],
      ['p1', 'store', 2],
      ['p2', 'web', 3],
    ]);
    const phases = PHASES.map((p) => ({ ...p, hidden: p.id === 'p2' }));
    const channels = CHANNELS.map((c) => ({ ...c, hidden: c.id === 'web' }));
    expect(draftFromMatrix(phases, channels, m, { kind: 'all' }).map((p) => [p.phaseId, p.channelId])).toEqual([['p1', 'store']]);
    expect(draftFromMatrix([], CHANNELS, m, { kind: 'all' })).toEqual([]);
  });
});
