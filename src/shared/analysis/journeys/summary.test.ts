import { describe, expect, it } from 'vitest';
import type { MatrixCell, Role } from '../../domain/types';
import { summarizeJourney } from './summary';
import { CHANNELS, PHASES, step } from './testSteps';

const cell = (phaseId: string, channelId: string, role: Role, lens: MatrixCell['lens'] = { kind: 'all' }): MatrixCell => ({
  id: `${phaseId}${channelId}${lens.kind}`,
  scenarioId: 's',
  phaseId,
  channelId,
  lens,
  role,
  note: '',
  evidence: null,
});

describe('summarizeJourney', () => {
  const catalog = { phases: PHASES, channels: CHANNELS, customerTypes: [{ id: 'ct' }], typologies: [], productDomains: [] };

  it('reads the matrix through the journey lens and puts the parts together', () => {
    const journey = { id: 'j', name: 'Trip', description: '', scenarioId: 's', customerTypeId: 'ct', typologyId: null, productDomainId: null, position: 'a0', stepCount: 3 };
    const steps = [
      step('buy', { phaseId: 'p3', channelId: 'store', emotion: -2, position: 'a0' }),
      step('look', { phaseId: 'p1', channelId: 'web', emotion: 1, evidence: 'hypothesis' }),
      step('ask', { phaseId: 'p2', channelId: 'phone', emotion: 0 }),
    ];
    // "All customers" gives the store a role in Buy; the customer type sets it to none.
    const cells = [cell('p1', 'web', 3), cell('p2', 'phone', 2), cell('p3', 'store', 3), cell('p3', 'store', 0, { kind: 'customerType', id: 'ct' })];
    const summary = summarizeJourney({ journey, steps }, catalog, cells);
    expect(summary.lens).toEqual({ kind: 'customerType', id: 'ct' });
    expect(summary.switches).toMatchObject({ count: 2, crossings: 1, onlineToOffline: 1 });
    expect(summary.flags.map((f) => [f.stepId, f.role])).toEqual([['buy', 0]]);
    expect(summary.curve.map((p) => p.stepId)).toEqual(['look', 'ask', 'buy']);
    expect(summary.findings.map((f) => f.rule)).toEqual(['journeyLowestEmotion', 'journeyHypotheses']);
  });
});
