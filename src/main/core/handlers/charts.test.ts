import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { answerCharts } from '@shared/analysis/charts/answer';
import { indexCells } from '@shared/analysis/charts/cells';
import { CHART_IDS } from '@shared/analysis/charts/registry';
import { unpackCells, type PackedCells } from '@shared/domain/packed-cells';
import type { Catalog, Lens, Role } from '@shared/domain/types';
import { createTranslator } from '@shared/i18n/translate';
import { createAppCore } from '../app-core';
import type { AppCore } from '../app-core-types';
import { useTempDir } from '../testing/temp';

describe('charts.data', () => {
  const tmp = useTempDir();
  let core: AppCore | null = null;
  afterEach(() => core?.shutdown());

  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = await core!.dispatch(method, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }

  /** The default framework, two scenarios, cells in every lens (each set differently) and a refused channel. */
  async function workspace() {
    core = createAppCore({ dataDir: join(tmp.dir(), 'home'), host: 'browser', version: '0.0.0-test', osLanguage: 'en', defaultFolder: tmp.dir(), backupIntervalMinutes: 0 });
    await call('workspace.create', { path: tmp.file('charts'), lang: 'en', template: 'default' });
    const typologies = [
      await call<{ id: string }>('catalog.create', { kind: 'typology', name: 'Planner' }),
      await call<{ id: string }>('catalog.create', { kind: 'typology', name: 'Browser' }),
    ];
    await call('catalog.update', { id: typologies[0]!.id, patch: { kind: 'typology', searchBehaviour: 'structured', certainty: 'certain' } });
    await call('catalog.update', { id: typologies[1]!.id, patch: { kind: 'typology', searchBehaviour: 'unstructured', certainty: 'uncertain' } });
    for (const [i, name] of ['Starter', 'Grower', 'Enterprise'].entries()) {
      const type = await call<{ id: string }>('catalog.create', { kind: 'customerType', name });
      await call('catalog.update', { id: type.id, patch: { kind: 'customerType', share: 10 * (i + 1), typologyId: typologies[i % 2]!.id } });
    }
    await call('catalog.create', { kind: 'productDomain', name: 'Software' });
    let catalog = await call<Catalog>('catalog.get', {});
    if (catalog.scenarios.length < 2) await call('catalog.create', { kind: 'scenario', name: 'To-be' });
    catalog = await call<Catalog>('catalog.get', {});
    const lenses: Lens[] = [
      { kind: 'all' },
      ...catalog.customerTypes.map((t) => ({ kind: 'customerType' as const, id: t.id })),
      ...catalog.typologies.map((t) => ({ kind: 'typology' as const, id: t.id })),
      ...catalog.productDomains.map((t) => ({ kind: 'productDomain' as const, id: t.id })),
    ];
    for (const [s, scenario] of catalog.scenarios.entries()) {
      for (const [l, lens] of lenses.entries()) {
        const cells = catalog.phases.flatMap((p, pi) =>
          catalog.channels.flatMap((c, ci) => ((pi + ci + l + s) % 3 === 0 ? [] : [{ phaseId: p.id, channelId: c.id, role: ((pi * ci + l + s) % 4) as Role }])),
        );
        await call('matrix.setCells', { scenarioId: scenario.id, lens, cells });
      }
    }
    const type = catalog.customerTypes[0]!;
    await call('catalog.setChannelPreference', { customerTypeId: type.id, channelId: catalog.channels[0]!.id, preference: 'refused' });
    return { catalog: await call<Catalog>('catalog.get', {}), lenses };
  }

  it('answers each chart as the registry computes it from every cell, in every kind of lens', async () => {
    const { catalog, lenses } = await workspace();
    const [from, to] = catalog.scenarios;
    const cells = async (scenarioId: string) => indexCells(unpackCells(await call<PackedCells>('matrix.scenarioCells', { scenarioId })));
    const full = { from: await cells(from!.id), to: await cells(to!.id) };
    const pick = [lenses[0]!, lenses.find((l) => l.kind === 'customerType')!, lenses.find((l) => l.kind === 'typology')!, lenses.find((l) => l.kind === 'productDomain')!];
    const types = catalog.customerTypes.slice(0, 2).map((t) => t.id);
    for (const lens of pick) {
      const request = { scenarioId: from!.id, lens, charts: [...CHART_IDS], profileTypeIds: types, compare: { fromId: from!.id, toId: to!.id } };
      const expected = answerCharts(request, { catalog, index: full.from, compare: { from: full.from, to: full.to, fromName: from!.name, toName: to!.name } });
      // Each chart on its own, as the Charts page asks, reads only its own lenses.
      for (const id of CHART_IDS) expect(await call('charts.data', { ...request, charts: [id] }), `${id} ${JSON.stringify(lens)}`).toEqual({ [id]: expected[id] });
      expect(await call('charts.data', request)).toEqual(expected);
    }
  });

  it('answers the radar with the default types and the delta as null when not told otherwise', async () => {
    const { catalog } = await workspace();
    const answer = await call<Record<string, unknown>>('charts.data', { scenarioId: catalog.scenarios[0]!.id, lens: { kind: 'all' }, charts: ['profile', 'delta'] });
    expect(answer.delta).toBeNull();
    expect((answer.profile as { series: unknown[] }).series.length).toBeGreaterThan(0);
  });

  it('refuses bad input with a translated error and changes nothing', async () => {
    const { catalog } = await workspace();
    const before = await call('history.state', {});
    const scenarioId = catalog.scenarios[0]!.id;
    const t = createTranslator('nl');
    const refusals: [unknown, string][] = [
      [{ scenarioId, lens: { kind: 'all' }, charts: [] }, 'VALIDATION'],
      [{ scenarioId, lens: { kind: 'all' }, charts: ['pie'] }, 'VALIDATION'],
      [{ scenarioId, lens: { kind: 'all' }, charts: ['heatmap'], extra: 1 }, 'VALIDATION'],
      [{ scenarioId: 'nope', lens: { kind: 'all' }, charts: ['heatmap'] }, 'NOT_FOUND'],
      [{ scenarioId, lens: { kind: 'customerType', id: 'nope' }, charts: ['heatmap'] }, 'NOT_FOUND'],
      [{ scenarioId, lens: { kind: 'all' }, charts: ['delta'], compare: { fromId: scenarioId, toId: 'nope' } }, 'NOT_FOUND'],
    ];
    for (const [input, code] of refusals) {
      const result = await core!.dispatch('charts.data', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe(code);
      expect(t(`errors.${result.error.code}`)).not.toBe(`errors.${result.error.code}`);
    }
    expect(await call('history.state', {})).toEqual(before);
  });
});
