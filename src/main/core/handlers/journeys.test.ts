import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { ApiEvent } from '@shared/api';
import type { Catalog } from '@shared/domain/types';
import type { Journey, JourneyDetail, JourneyStep } from '@shared/domain/journeys';
import { createAppCore } from '../app-core';
import { useTempDir } from '../testing/temp';

describe('journeys through the contract', () => {
  const tmp = useTempDir();

  const open = async () => {
    const core = createAppCore({ dataDir: join(tmp.dir(), 'home'), host: 'browser', version: '0.0.0-test', osLanguage: 'en', defaultFolder: tmp.dir(), backupIntervalMinutes: 0 });
    await core.dispatch('workspace.create', { path: tmp.file('j'), lang: 'en', template: 'default' });
    const catalog = (await core.dispatch('catalog.get', {})) as { ok: true; value: Catalog };
    return { core, c: catalog.value };
  };
  const value = <T>(result: { ok: boolean; value?: unknown }): T => {
    expect(result.ok).toBe(true);
    return result.value as T;
  };

  it('creates a journey, adds and reads steps, and tells clients what changed', async () => {
    const { core, c } = await open();
    const events: ApiEvent[] = [];
    core.onEvent((e) => events.push(e));
    const journey = value<Journey>(await core.dispatch('journeys.create', { name: 'Trip', scenarioId: c.scenarios[0]!.id }));
    const steps = value<JourneyStep[]>(
      await core.dispatch('journeys.addSteps', { journeyId: journey.id, steps: [{ phaseId: c.phases[0]!.id, title: 'Look', emotion: 2 }] }),
    );
    expect(steps[0]).toMatchObject({ title: 'Look', emotion: 2, phaseMissing: false, channelMissing: false });
    const detail = value<JourneyDetail>(await core.dispatch('journeys.get', { id: journey.id }));
    expect(detail.journey.stepCount).toBe(1);
    expect(value<Journey[]>(await core.dispatch('journeys.list', {})).map((j) => j.name)).toEqual(['Trip']);
    expect(value<JourneyDetail[]>(await core.dispatch('journeys.details', { scenarioId: c.scenarios[0]!.id }))).toEqual([detail]);
    expect(events).toContainEqual({ type: 'workspace.changed', tables: ['journey_steps'] });
    expect(value(await core.dispatch('journeys.deleteStep', { id: steps[0]!.id }))).toBeNull();
    expect(value(await core.dispatch('journeys.delete', { id: journey.id }))).toBeNull();
    core.shutdown();
  });

  it('answers malformed and out-of-range input with errors, writing nothing', async () => {
    const { core, c } = await open();
    const journey = value<Journey>(await core.dispatch('journeys.create', { name: 'Trip', scenarioId: c.scenarios[0]!.id }));
    const before = await core.dispatch('history.list', { limit: 100 });
    const cases: [string, unknown, string][] = [
      ['journeys.create', { name: 'x' }, 'VALIDATION'],
      ['journeys.addSteps', { journeyId: journey.id, steps: [] }, 'VALIDATION'],
      ['journeys.addSteps', { journeyId: journey.id, steps: [{ evidence: 'rumour' }] }, 'VALIDATION'],
      ['journeys.addSteps', { journeyId: journey.id, steps: [{ emotion: 5 }] }, 'EMOTION_OUT_OF_RANGE'],
      ['journeys.updateStep', { id: 'x', patch: { bogus: 1 } }, 'VALIDATION'],
      ['journeys.moveStep', { id: 'x', phaseId: c.phases[0]!.id }, 'VALIDATION'],
      ['journeys.create', { name: '', scenarioId: c.scenarios[0]!.id }, 'NAME_EMPTY'],
      ['journeys.duplicate', { id: journey.id, name: 'trip' }, 'NAME_DUPLICATE'],
      ['journeys.get', { id: 'nope' }, 'NOT_FOUND'],
      ['journeys.details', { scenarioId: 'nope' }, 'NOT_FOUND'],
      ['journeys.details', {}, 'VALIDATION'],
    ];
    for (const [method, input, code] of cases) {
      const result = await core.dispatch(method, input);
      expect(result, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code } });
    }
    expect(await core.dispatch('history.list', { limit: 100 })).toEqual(before);
    core.shutdown();
  });
});
