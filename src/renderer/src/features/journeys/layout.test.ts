import { describe, expect, it } from 'vitest';
import type { JourneyDetail } from '@shared/domain/journeys';
import { applyMove, applyStepPatch, mapColumns, readingSteps, UNPLACED } from './layout';
import { phase, step } from './testData';

describe('mapColumns', () => {
  it('puts steps in visible phase columns by position, unplaced steps last', () => {
    const columns = mapColumns(
      [phase('p1', 'a0'), phase('p2', 'a1', true), phase('p3', 'a2', true)],
      [step('b', 'p1', 'a1'), step('a', 'p1', 'a0'), step('h', 'p2', 'a0'), step('n', null, 'a0'), step('m', 'p9', 'a0', { phaseMissing: true })],
    );
    expect(columns.map((c) => c.id)).toEqual(['p1', 'p2', UNPLACED]);
    expect(readingSteps(columns).map((s) => s.id)).toEqual(['a', 'b', 'h', 'n', 'm']);
  });

  it('has no unplaced column when every step has a phase', () => {
    expect(mapColumns([phase('p1', 'a0')], []).map((c) => c.id)).toEqual(['p1']);
  });
});

describe('optimistic edits', () => {
  const detail = (): JourneyDetail => ({
    journey: { id: 'j1', name: 'J', description: '', scenarioId: 's', customerTypeId: null, typologyId: null, productDomainId: null, position: 'a0', stepCount: 3 },
    steps: [step('a', 'p1', 'a0'), step('b', 'p1', 'a1'), step('c', 'p2', 'a0', { phaseMissing: true })],
  });

  it('moves a step between its new neighbours', () => {
    const moved = applyMove(detail(), 'b', { phaseId: 'p1', afterId: null });
    const columns = mapColumns([phase('p1', 'a0')], moved.steps);
    expect(columns[0]!.steps.map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('places a step whose phase was missing', () => {
    const moved = applyMove(detail(), 'c', { phaseId: 'p1', afterId: 'b' });
    const c = moved.steps.find((s) => s.id === 'c')!;
    expect(c).toMatchObject({ phaseId: 'p1', phaseMissing: false });
    expect(c.position > 'a1').toBe(true);
  });

  it('leaves the detail alone when the neighbour is unknown', () => {
    const original = detail();
    expect(applyMove(original, 'a', { phaseId: 'p1', afterId: 'zz' })).toBe(original);
  });

  it('clears the missing-channel mark when a channel is chosen', () => {
    const d = detail();
    d.steps[0] = { ...d.steps[0]!, channelMissing: true };
    expect(applyStepPatch(d, 'a', { channelId: 'ch' }).steps[0]).toMatchObject({ channelId: 'ch', channelMissing: false });
    expect(applyStepPatch(d, 'a', { title: 'T' }).steps[0]).toMatchObject({ title: 'T', channelMissing: true });
  });
});
