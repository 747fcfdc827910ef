import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH } from '@shared/domain/types';
import { useTempDir } from '../testing/temp';
import { expectCode, journeyTables } from './journey-test-helpers';
import { deleteImpact } from './impact';

describe('journey service: journeys', () => {
  const tmp = useTempDir();

  const setup = () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const asIs = c.scenarios[0]!.id;
    const toBe = c.scenarios[1]!.id;
    const saver = ws.catalog.create('customerType', 'Saver');
    return { ws, c, asIs, toBe, saver };
  };

  it('creates, lists and reads journeys, each as one undoable step', () => {
    const { ws, asIs, saver } = setup();
    const a = ws.journeys.create({ name: '  Buying   a bike ', scenarioId: asIs, customerTypeId: saver.id });
    expect(a).toMatchObject({ name: 'Buying a bike', scenarioId: asIs, customerTypeId: saver.id, typologyId: null, stepCount: 0 });
    const b = ws.journeys.create({ name: 'Renting', scenarioId: asIs, description: 'Short stay' });
    expect(ws.journeys.list().map((j) => j.name)).toEqual(['Buying a bike', 'Renting']);
    expect(ws.journeys.get(b.id)).toEqual({ journey: b, steps: [] });
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.journeyCreate', params: { name: 'Renting' } });
    ws.history.undo();
    expect(ws.journeys.list().map((j) => j.name)).toEqual(['Buying a bike']);
    expectCode(() => ws.journeys.get(b.id), 'NOT_FOUND');
    ws.history.redo();
    expect(ws.journeys.get(b.id).journey).toEqual(b);
  });

  it('refuses bad names and missing references with clear codes, writing nothing', () => {
    const { ws, asIs, toBe, saver } = setup();
    ws.journeys.create({ name: 'As-is', scenarioId: asIs, customerTypeId: saver.id });
    const before = journeyTables(ws);
    expectCode(() => ws.journeys.create({ name: '   ', scenarioId: asIs }), 'NAME_EMPTY');
    expectCode(() => ws.journeys.create({ name: 'x'.repeat(MAX_NAME_LENGTH + 1), scenarioId: asIs }), 'NAME_TOO_LONG');
    expectCode(() => ws.journeys.create({ name: 'as-IS', scenarioId: asIs, customerTypeId: saver.id }), 'NAME_DUPLICATE');
    expectCode(() => ws.journeys.create({ name: 'y', scenarioId: 'nope' }), 'NOT_FOUND');
    const missing = expectCode(() => ws.journeys.create({ name: 'y', scenarioId: asIs, typologyId: 'nope' }), 'NOT_FOUND');
    expect(missing.params).toEqual({ kind: 'typology', id: 'nope' });
    expectCode(() => ws.journeys.create({ name: 'y', scenarioId: asIs, productDomainId: 'nope' }), 'NOT_FOUND');
    expectCode(() => ws.journeys.create({ name: 'y', scenarioId: asIs, description: 'd'.repeat(20_001) }), 'TEXT_TOO_LONG');
    expect(journeyTables(ws)).toEqual(before);
    // The same name is fine for another lens or another scenario: names are unique per place.
    expect(ws.journeys.create({ name: 'As-is', scenarioId: asIs }).name).toBe('As-is');
    expect(ws.journeys.create({ name: 'As-is', scenarioId: toBe, customerTypeId: saver.id }).name).toBe('As-is');
  });

  it('updates, renames and re-places a journey; a deleted lens item does not block a rename', () => {
    const { ws, asIs, toBe, saver } = setup();
    const j = ws.journeys.create({ name: 'Trip', scenarioId: asIs, customerTypeId: saver.id });
    expect(ws.journeys.update({ id: j.id, patch: { name: 'Holiday' } }).name).toBe('Holiday');
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.journeyRename', params: { from: 'Trip', name: 'Holiday' } });
    const moved = ws.journeys.update({ id: j.id, patch: { scenarioId: toBe, customerTypeId: null, description: 'Summer' } });
    expect(moved).toMatchObject({ scenarioId: toBe, customerTypeId: null, description: 'Summer' });
    ws.history.undo();
    expect(ws.journeys.get(j.id).journey).toMatchObject({ scenarioId: asIs, customerTypeId: saver.id, description: '' });
    ws.journeys.create({ name: 'Other', scenarioId: asIs, customerTypeId: saver.id });
    ws.catalog.delete('customerType', saver.id);
    expect(ws.journeys.update({ id: j.id, patch: { name: 'Still here' } }).customerTypeId).toBe(saver.id);
    expectCode(() => ws.journeys.update({ id: j.id, patch: { typologyId: 'gone' } }), 'NOT_FOUND');
    expectCode(() => ws.journeys.update({ id: 'nope', patch: { name: 'x' } }), 'NOT_FOUND');
    expectCode(() => ws.journeys.update({ id: j.id, patch: { name: 'other' } }), 'NAME_DUPLICATE');
    expectCode(() => ws.journeys.create({ name: 'New', scenarioId: asIs, customerTypeId: saver.id }), 'NOT_FOUND');
  });

  it('duplicates a journey with all its steps in one action, also into another scenario', () => {
    const { ws, c, asIs, toBe } = setup();
    const j = ws.journeys.create({ name: 'As-is trip', scenarioId: asIs });
    ws.journeys.addSteps({
      journeyId: j.id,
      steps: [
        { phaseId: c.phases[0]!.id, channelId: c.channels[0]!.id, title: 'Search', emotion: 1, evidence: 'observed' },
        { phaseId: c.phases[1]!.id, channelId: c.channels[1]!.id, title: 'Compare', momentOfTruth: true },
      ],
    });
    const before = ws.journeys.get(j.id);
    const copy = ws.journeys.duplicate({ id: j.id, name: 'To-be trip', scenarioId: toBe });
    expect(copy).toMatchObject({ name: 'To-be trip', scenarioId: toBe, stepCount: 2 });
    const strip = (id: string) => ws.journeys.get(id).steps.map(({ id: _id, journeyId: _j, ...rest }) => rest);
    expect(strip(copy.id)).toEqual(strip(j.id));
    const sameScenario = ws.journeys.duplicate({ id: j.id, name: 'Variant' });
    expect(ws.journeys.list().map((x) => x.name)).toEqual(['As-is trip', 'Variant', 'To-be trip']);
    expect(sameScenario.scenarioId).toBe(asIs);
    expectCode(() => ws.journeys.duplicate({ id: j.id, name: 'variant' }), 'NAME_DUPLICATE');
    expectCode(() => ws.journeys.duplicate({ id: j.id, name: 'x', scenarioId: 'nope' }), 'NOT_FOUND');
    ws.history.undo();
    ws.history.undo();
    // Undoing a creation tombstones the copies (rows are never removed, for sync); none is live.
    expect(ws.journeys.list()).toEqual([before.journey]);
    expect(ws.journeys.get(j.id)).toEqual(before);
    expect(ws.db.prepare('SELECT count(*) FROM journey_steps WHERE deleted = 0').pluck().get()).toBe(2);
  });

  it('deletes a journey and its steps in one action; undo brings back both', () => {
    const { ws, c, asIs } = setup();
    const j = ws.journeys.create({ name: 'Trip', scenarioId: asIs });
    ws.journeys.addSteps({ journeyId: j.id, steps: [{ phaseId: c.phases[0]!.id, title: 'One' }, { phaseId: c.phases[0]!.id, title: 'Two' }] });
    const detail = ws.journeys.get(j.id);
    ws.journeys.delete(j.id);
    expect(ws.journeys.list()).toEqual([]);
    expect(ws.db.prepare('SELECT count(*) FROM journey_steps WHERE deleted = 0').pluck().get()).toBe(0);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.journeyDelete', params: { name: 'Trip' } });
    expectCode(() => ws.journeys.delete(j.id), 'NOT_FOUND');
    ws.history.undo();
    expect(ws.journeys.get(j.id)).toEqual(detail);
    ws.history.redo();
    expect(ws.journeys.list()).toEqual([]);
  });

  it('reads every journey of one scenario with its steps at once, exactly as get does one', () => {
    const { ws, c, asIs, toBe } = setup();
    const a = ws.journeys.create({ name: 'Trip', scenarioId: asIs });
    const other = ws.journeys.create({ name: 'Elsewhere', scenarioId: toBe });
    const empty = ws.journeys.create({ name: 'Empty', scenarioId: asIs });
    const gone = ws.journeys.create({ name: 'Gone', scenarioId: asIs });
    // Added last phase first, so reading order differs from insertion order.
    const [late, , dropped] = ws.journeys.addSteps({
      journeyId: a.id,
      steps: [{ phaseId: c.phases[2]!.id, title: 'Late' }, { phaseId: c.phases[0]!.id, title: 'Early' }, { phaseId: c.phases[1]!.id, title: 'Dropped' }],
    });
    ws.journeys.addSteps({ journeyId: a.id, afterId: late!.id, steps: [{ phaseId: c.phases[2]!.id, title: 'Later' }, { phaseId: null, title: 'Loose' }] });
    ws.journeys.addSteps({ journeyId: other.id, steps: [{ phaseId: c.phases[0]!.id, title: 'Not here' }] });
    ws.journeys.addSteps({ journeyId: gone.id, steps: [{ phaseId: c.phases[0]!.id, title: 'Deleted with its journey' }] });
    ws.journeys.deleteStep(dropped!.id);
    ws.journeys.delete(gone.id);

    const details = ws.journeys.details(asIs);
    expect(details).toEqual([ws.journeys.get(a.id), ws.journeys.get(empty.id)]);
    expect(details[0]!.steps.map((s) => s.title)).toEqual(['Early', 'Late', 'Later', 'Loose']);
    expect(ws.journeys.details(toBe).map((d) => d.steps.map((s) => s.title))).toEqual([['Not here']]);
    expectCode(() => ws.journeys.details('no-such-scenario'), 'NOT_FOUND');
  });

  it('counts the journeys and steps a catalog deletion would leave marked', () => {
    const { ws, c, asIs, saver } = setup();
    const j = ws.journeys.create({ name: 'Trip', scenarioId: asIs, customerTypeId: saver.id });
    const k = ws.journeys.create({ name: 'Other', scenarioId: asIs });
    const phase = c.phases[0]!.id;
    const channel = c.channels[0]!.id;
    ws.journeys.addSteps({ journeyId: j.id, steps: [{ phaseId: phase, channelId: channel }, { phaseId: phase, channelId: channel }] });
    ws.journeys.addSteps({ journeyId: k.id, steps: [{ phaseId: phase, channelId: c.channels[1]!.id }] });
    const gone = ws.journeys.create({ name: 'Gone', scenarioId: asIs });
    ws.journeys.addSteps({ journeyId: gone.id, steps: [{ phaseId: phase, channelId: channel }] });
    ws.journeys.delete(gone.id);
    expect(deleteImpact(ws.db, 'phase', phase)).toMatchObject({ journeys: 2, journeySteps: 3 });
    expect(deleteImpact(ws.db, 'channel', channel)).toMatchObject({ journeys: 1, journeySteps: 2 });
    expect(deleteImpact(ws.db, 'scenario', asIs)).toMatchObject({ journeys: 2, journeySteps: 3 });
    expect(deleteImpact(ws.db, 'customerType', saver.id)).toMatchObject({ journeys: 1, journeySteps: 2 });
  });
});
