import { describe, expect, it } from 'vitest';
import type { Emotion } from '../../domain/journeys';
import { CURVE_POINT_BUDGET, emotionCurve, overlayCurves, thinCurve, type CurvePoint } from './curve';
import { journeyFindings } from './findings';
import { PHASES, step } from './testSteps';

describe('emotionCurve', () => {
  it('places steps at phase index plus their share of the column, skipping steps without emotion', () => {
    const steps = [
      step('a', { phaseId: 'p1', emotion: 1 }),
      step('b', { phaseId: 'p2', emotion: -1 }),
      step('c', { phaseId: 'p2', emotion: null }),
      step('d', { phaseId: 'p3', emotion: 2 }),
      step('e', { phaseId: 'gone', emotion: -2 }),
    ];
    expect(emotionCurve(steps, PHASES)).toEqual([
      { stepId: 'a', x: 0.5, emotion: 1, phaseId: 'p1' },
      { stepId: 'b', x: 1.25, emotion: -1, phaseId: 'p2' },
      { stepId: 'd', x: 2.5, emotion: 2, phaseId: 'p3' },
      { stepId: 'e', x: 3.5, emotion: -2, phaseId: null },
    ]);
  });

  it('lines up journeys with different step counts on the same phases', () => {
    const short = [step('s1', { phaseId: 'p2', emotion: 0 })];
    const long = ['l1', 'l2', 'l3', 'l4'].map((id) => step(id, { phaseId: 'p2', emotion: 1 }));
    const [a, b] = overlayCurves([{ journeyId: 'short', orderedSteps: short }, { journeyId: 'long', orderedSteps: long }], PHASES);
    expect(a!.points.map((p) => p.x)).toEqual([1.5]);
    expect(b!.points.map((p) => p.x)).toEqual([1.125, 1.375, 1.625, 1.875]);
    expect(b!.points.every((p) => p.x >= 1 && p.x < 2)).toBe(true);
    expect([a!.thinned, b!.thinned]).toEqual([false, false]);
  });
});

describe('thinCurve', () => {
  const wave = (n: number): CurvePoint[] =>
    Array.from({ length: n }, (_, i) => ({ stepId: `s${i}`, x: i / 10, emotion: (i === 137 ? -2 : i % 3 === 0 ? 1 : 0) as Emotion, phaseId: 'p1' }));

  it('keeps short curves whole and thins long ones to the budget, keeping ends, order and the deepest dip', () => {
    expect(thinCurve(wave(10), 20)).toHaveLength(10);
    const thinned = thinCurve(wave(400), 50);
    expect(thinned).toHaveLength(50);
    expect(thinned[0]!.stepId).toBe('s0');
    expect(thinned.at(-1)!.stepId).toBe('s399');
    expect(thinned.map((p) => p.x)).toEqual([...thinned.map((p) => p.x)].sort((x, y) => x - y));
    expect(thinned.some((p) => p.stepId === 's137')).toBe(true);
    const [series] = overlayCurves([{ journeyId: 'j', orderedSteps: Array.from({ length: 200 }, (_, i) => step(`s${i}`, { phaseId: 'p1', emotion: 0 })) }], PHASES);
    expect(series).toMatchObject({ thinned: true });
    expect(series!.points).toHaveLength(CURVE_POINT_BUDGET);
    expect(() => thinCurve(wave(5), 2)).toThrow(RangeError);
  });
});

describe('journeyFindings', () => {
  const journey = { id: 'j', name: 'Trip' };

  it('names the phases with the lowest average emotion below zero, ties included', () => {
    const steps = [
      step('a', { phaseId: 'p1', emotion: -2 }),
      step('b', { phaseId: 'p1', emotion: 1 }),
      step('c', { phaseId: 'p2', emotion: 1 }),
      step('d', { phaseId: 'p3', emotion: -1 }),
      step('e', { phaseId: 'p3', emotion: 0 }),
      step('f', { phaseId: 'gone', emotion: -2 }),
    ];
    const findings = journeyFindings(journey, steps, PHASES);
    expect(findings.map((f) => [f.rule, f.phaseId, f.stepIds, f.message.params.average])).toEqual([
      ['journeyLowestEmotion', 'p1', ['a', 'b'], -0.5],
      ['journeyLowestEmotion', 'p3', ['d', 'e'], -0.5],
    ]);
    expect(findings[0]).toMatchObject({ id: 'journeyLowestEmotion:j:p1', message: { key: 'journeyLowestEmotion', params: { journey: 'Trip', phase: 'Orient', count: 2 } } });
  });

  it('says nothing about emotion when no phase averages below zero', () => {
    const steps = [step('a', { phaseId: 'p1', emotion: 0 }), step('b', { phaseId: 'p2', emotion: 2 })];
    expect(journeyFindings(journey, steps, PHASES)).toEqual([]);
    expect(journeyFindings(journey, [], PHASES)).toEqual([]);
  });

  it('lists the steps that rest on a hypothesis only', () => {
    const steps = [step('a', { evidence: 'hypothesis' }), step('b', { evidence: 'observed' }), step('c', { evidence: 'hypothesis' }), step('d')];
    expect(journeyFindings(journey, steps, PHASES)).toEqual([
      {
        id: 'journeyHypotheses:j',
        rule: 'journeyHypotheses',
        journeyId: 'j',
        phaseId: null,
        stepIds: ['a', 'c'],
        message: { key: 'journeyHypotheses', params: { journey: 'Trip', count: 2, total: 4 } },
      },
    ]);
  });
});
