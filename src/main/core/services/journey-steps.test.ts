import { describe, expect, it } from 'vitest';
import { readingOrder } from '@shared/analysis/journeys';
import { useTempDir } from '../testing/temp';
import { expectCode, journeyTables } from './journey-test-helpers';

describe('journey service: steps', () => {
  const tmp = useTempDir();

  const setup = () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const [p0, p1, p2] = c.phases.map((p) => p.id);
    const [ch0, ch1] = c.channels.map((ch) => ch.id);
    const j = ws.journeys.create({ name: 'Trip', scenarioId: c.scenarios[0]!.id });
    const titles = () => ws.journeys.get(j.id).steps.map((s) => s.title);
    return { ws, c, j, p0: p0!, p1: p1!, p2: p2!, ch0: ch0!, ch1: ch1!, titles };
  };

  it('adds many steps as one action, in reading order, after a given step or at the end of each column', () => {
    const { ws, j, p0, p1, p2, ch0, titles } = setup();
    const added = ws.journeys.addSteps({
      journeyId: j.id,
      steps: [
        { phaseId: p2, title: 'C1' },
        { phaseId: p0, channelId: ch0, title: 'A1', emotion: -2, evidence: 'hypothesis', painPoints: 'Slow' },
        { phaseId: p0, title: 'A2' },
        { phaseId: null, title: 'Loose' },
      ],
    });
    expect(added.map((s) => s.title)).toEqual(['C1', 'A1', 'A2', 'Loose']);
    expect(added[1]).toMatchObject({ journeyId: j.id, phaseId: p0, channelId: ch0, emotion: -2, evidence: 'hypothesis', painPoints: 'Slow', momentOfTruth: false });
    expect(titles()).toEqual(['A1', 'A2', 'C1', 'Loose']);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.stepsAdd', params: { count: 4, name: 'Trip' } });
    ws.journeys.addSteps({ journeyId: j.id, afterId: added[1]!.id, steps: [{ phaseId: p0, title: 'A1b' }, { phaseId: p0, title: 'A1c' }, { phaseId: p1, title: 'B1' }] });
    expect(titles()).toEqual(['A1', 'A1b', 'A1c', 'A2', 'B1', 'C1', 'Loose']);
    // The core's SQL order and the shared readingOrder (what the UI re-sorts with) agree.
    const steps = ws.journeys.get(j.id).steps;
    expect(readingOrder([...steps].reverse(), ws.catalogRepo.catalog().phases)).toEqual(steps);
    expect(ws.journeys.list()[0]!.stepCount).toBe(7);
    ws.history.undo();
    expect(titles()).toEqual(['A1', 'A2', 'C1', 'Loose']);
    ws.history.undo();
    expect(titles()).toEqual([]);
    ws.history.redo();
    expect(titles()).toEqual(['A1', 'A2', 'C1', 'Loose']);
  });

  it('refuses bad steps with clear codes and writes nothing', () => {
    const { ws, j, p0, ch0 } = setup();
    const [first] = ws.journeys.addSteps({ journeyId: j.id, steps: [{ phaseId: p0, title: 'A' }] });
    const other = ws.journeys.create({ name: 'Other', scenarioId: j.scenarioId });
    const before = journeyTables(ws);
    const add = (step: Record<string, unknown>, extra: Record<string, unknown> = {}) => () =>
      ws.journeys.addSteps({ journeyId: j.id, steps: [{ phaseId: p0, title: 'ok' }, step], ...extra });
    const err = expectCode(add({ emotion: 3 }), 'EMOTION_OUT_OF_RANGE');
    expect(err.params).toEqual({ value: 3, min: -2, max: 2 });
    expectCode(add({ emotion: 0.5 }), 'EMOTION_OUT_OF_RANGE');
    expect(expectCode(add({ does: 'x'.repeat(20_001) }), 'TEXT_TOO_LONG').params).toEqual({ field: 'does', max: 20_000, length: 20_001 });
    expect(expectCode(add({ phaseId: 'nope' }), 'NOT_FOUND').params).toEqual({ kind: 'phase', id: 'nope' });
    expect(expectCode(add({ channelId: 'nope' }), 'NOT_FOUND').params).toEqual({ kind: 'channel', id: 'nope' });
    expectCode(add({}, { afterId: 'nope' }), 'NOT_FOUND');
    expectCode(() => ws.journeys.addSteps({ journeyId: other.id, afterId: first!.id, steps: [{ title: 'x' }] }), 'NOT_FOUND');
    expectCode(() => ws.journeys.addSteps({ journeyId: 'nope', steps: [{ title: 'x' }] }), 'NOT_FOUND');
    expectCode(() => ws.journeys.updateStep({ id: first!.id, patch: { emotion: -3 } }), 'EMOTION_OUT_OF_RANGE');
    expectCode(() => ws.journeys.updateStep({ id: first!.id, patch: { kpi: 'k'.repeat(20_001) } }), 'TEXT_TOO_LONG');
    expectCode(() => ws.journeys.updateStep({ id: first!.id, patch: { channelId: 'nope', title: 'lost?' } }), 'NOT_FOUND');
    expectCode(() => ws.journeys.updateStep({ id: 'nope', patch: { title: 'x' } }), 'NOT_FOUND');
    expectCode(() => ws.journeys.moveStep({ id: first!.id, phaseId: 'nope', afterId: null }), 'NOT_FOUND');
    expectCode(() => ws.journeys.deleteStep('nope'), 'NOT_FOUND');
    expect(journeyTables(ws)).toEqual(before);
    // A text of exactly the limit, counted in characters (not UTF-16 units), is fine.
    expect(ws.journeys.updateStep({ id: first!.id, patch: { thinks: '😀'.repeat(20_000), channelId: ch0 } }).thinks).toHaveLength(40_000);
  });

  it('edits a step; a new phase puts it at the end of that column; undo restores every field', () => {
    const { ws, j, p0, p1, ch1, titles } = setup();
    const [a, b] = ws.journeys.addSteps({ journeyId: j.id, steps: [{ phaseId: p0, title: 'A' }, { phaseId: p1, title: 'B' }] });
    const original = ws.journeys.get(j.id);
    const edited = ws.journeys.updateStep({
      id: a!.id,
      patch: { phaseId: p1, channelId: ch1, title: 'A!', thinks: 'Hmm', feels: 'Unsure', emotion: -1, opportunities: 'Chat', momentOfTruth: true, owner: 'Sales', kpi: 'NPS', evidence: 'inferred' },
    });
    expect(edited).toMatchObject({ phaseId: p1, channelId: ch1, momentOfTruth: true, emotion: -1, evidence: 'inferred', owner: 'Sales' });
    expect(titles()).toEqual(['B', 'A!']);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.stepUpdate', params: { name: 'Trip' } });
    expect(ws.journeys.updateStep({ id: a!.id, patch: { emotion: null, evidence: null, channelId: null } })).toMatchObject({ emotion: null, evidence: null, channelId: null });
    ws.history.undo();
    ws.history.undo();
    expect(ws.journeys.get(j.id)).toEqual(original);
    expect(b!.phaseId).toBe(p1);
  });

  it('moves and reorders steps within and between phases, one undo step each', () => {
    const { ws, j, p0, p1, titles } = setup();
    const [a, b, c] = ws.journeys.addSteps({ journeyId: j.id, steps: ['A', 'B', 'C'].map((title) => ({ phaseId: p0, title })) });
    ws.journeys.moveStep({ id: c!.id, phaseId: p0, afterId: null });
    expect(titles()).toEqual(['C', 'A', 'B']);
    ws.journeys.moveStep({ id: c!.id, phaseId: p0, afterId: a!.id });
    expect(titles()).toEqual(['A', 'C', 'B']);
    const moved = ws.journeys.moveStep({ id: a!.id, phaseId: p1, afterId: null });
    expect(moved.phaseId).toBe(p1);
    expect(titles()).toEqual(['C', 'B', 'A']);
    ws.journeys.moveStep({ id: b!.id, phaseId: p1, afterId: a!.id });
    expect(titles()).toEqual(['C', 'A', 'B']);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.stepMove', params: { name: 'Trip' } });
    // Dropping a step where it already is changes nothing and leaves no history step.
    const txns = journeyTables(ws);
    ws.journeys.moveStep({ id: b!.id, phaseId: p1, afterId: b!.id });
    ws.journeys.moveStep({ id: b!.id, phaseId: p1, afterId: a!.id });
    ws.journeys.moveStep({ id: c!.id, phaseId: p0, afterId: null });
    expect(journeyTables(ws)).toEqual(txns);
    expectCode(() => ws.journeys.moveStep({ id: b!.id, phaseId: p0, afterId: a!.id }), 'STEP_NOT_IN_PHASE');
    for (let i = 0; i < 4; i++) ws.history.undo();
    expect(titles()).toEqual(['A', 'B', 'C']);
    ws.history.redo();
    expect(titles()).toEqual(['C', 'A', 'B']);
  });

  it('deletes a step with undo', () => {
    const { ws, j, p0, titles } = setup();
    const [a] = ws.journeys.addSteps({ journeyId: j.id, steps: [{ phaseId: p0, title: 'A' }, { phaseId: p0, title: 'B' }] });
    ws.journeys.deleteStep(a!.id);
    expect(titles()).toEqual(['B']);
    expectCode(() => ws.journeys.updateStep({ id: a!.id, patch: { title: 'x' } }), 'NOT_FOUND');
    ws.history.undo();
    expect(titles()).toEqual(['A', 'B']);
  });

  it('keeps steps whose phase or channel is deleted, marked and last, until reassigned', () => {
    const { ws, j, p0, p1, ch0, ch1, titles } = setup();
    const [a, b] = ws.journeys.addSteps({ journeyId: j.id, steps: [{ phaseId: p0, channelId: ch0, title: 'A' }, { phaseId: p1, channelId: ch1, title: 'B' }] });
    ws.catalog.delete('phase', p0);
    ws.catalog.delete('channel', ch1);
    let steps = ws.journeys.get(j.id).steps;
    expect(steps.map((s) => [s.title, s.phaseMissing, s.channelMissing])).toEqual([['B', false, true], ['A', true, false]]);
    expect(steps[1]!.phaseId).toBe(p0);
    // Editing other fields keeps the deleted references: nothing is lost.
    expect(ws.journeys.updateStep({ id: a!.id, patch: { title: 'A2', phaseId: p0 } })).toMatchObject({ phaseId: p0, phaseMissing: true });
    expect(ws.journeys.updateStep({ id: b!.id, patch: { channelId: ch0 } })).toMatchObject({ channelId: ch0, channelMissing: false });
    expect(ws.journeys.moveStep({ id: a!.id, phaseId: p1, afterId: null })).toMatchObject({ phaseId: p1, phaseMissing: false });
    expect(titles()).toEqual(['A2', 'B']);
    for (let i = 0; i < 3; i++) ws.history.undo();
    ws.history.undo(); // the channel deletion
    ws.history.undo(); // the phase deletion
    steps = ws.journeys.get(j.id).steps;
    expect(steps.map((s) => [s.title, s.phaseMissing, s.channelMissing])).toEqual([['A', false, false], ['B', false, false]]);
  });

  it('hides the journeys of a deleted scenario until the deletion is undone', () => {
    const { ws, c, j } = setup();
    ws.catalog.delete('scenario', c.scenarios[0]!.id);
    expect(ws.journeys.list()).toEqual([]);
    expectCode(() => ws.journeys.get(j.id), 'NOT_FOUND');
    ws.history.undo();
    expect(ws.journeys.list().map((x) => x.id)).toEqual([j.id]);
  });
});
