import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useTempDir } from '../core/testing/temp';
import { Workspace } from '../core/workspace';
import type { JourneyReport } from './journey-commands';
import { runCli } from './program';

describe('channelwise journeys', () => {
  const tmp = useTempDir();

  const run = async (home: string, lang: string, ...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { CHANNELWISE_HOME: home, LANG: lang } });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('lists journeys with their switches and their fit with the matrix, as text and as JSON', async () => {
    const home = join(tmp.dir(), 'home');
    const file = tmp.file('plan.channelwise');
    expect((await run(home, 'en_GB.UTF-8', 'new', file)).code).toBe(0);
    expect((await run(home, 'en_GB.UTF-8', 'journeys', file)).out).toBe('This workspace has no customer journeys.');

    const ws = Workspace.open(file, { dataDir: join(home, 'data'), deviceId: 'abcdefabcdefabcd' });
    const c = ws.catalogRepo.catalog();
    const web = c.channels.find((ch) => ch.key === 'web')!;
    const store = c.channels.find((ch) => ch.key === 'store')!;
    const scenarioId = c.scenarios[0]!.id;
    ws.matrix.setCells({ scenarioId, lens: { kind: 'all' }, cells: [{ phaseId: c.phases[0]!.id, channelId: web.id, role: 3 }] });
    const type = ws.catalog.create('customerType', 'Saver');
    const j = ws.journeys.create({ name: 'Bike', scenarioId, customerTypeId: type.id });
    ws.journeys.addSteps({
      journeyId: j.id,
      steps: [
        { phaseId: c.phases[0]!.id, channelId: web.id, emotion: 1 },
        { phaseId: c.phases[1]!.id, channelId: store.id, emotion: -2, evidence: 'hypothesis' },
      ],
    });
    ws.close();

    const text = await run(home, 'en_GB.UTF-8', 'journeys', file);
    expect(text.code).toBe(0);
    expect(text.out).toBe(
      `Bike (${c.scenarios[0]!.name}, Saver): 2 steps, 1 channel switch (1 between online and offline), 1 step on a channel without a role in its phase, 1 step that is only a hypothesis, feels worst in ${c.phases[1]!.name}`,
    );
    const json = JSON.parse((await run(home, 'en_GB.UTF-8', 'journeys', file, '--json')).out) as JourneyReport[];
    expect(json).toEqual([
      {
        id: j.id,
        name: 'Bike',
        scenario: c.scenarios[0]!.name,
        lens: 'Saver',
        steps: 2,
        switches: 1,
        onlineToOffline: 1,
        offlineToOnline: 0,
        offMatrix: 1,
        missing: 0,
        hypotheses: 1,
        lowestPhases: [c.phases[1]!.name],
      },
    ]);
    expect((await run(home, 'nl_NL.UTF-8', 'journeys', file)).out).toContain('2 stappen, 1 kanaalwissel (1 tussen online en offline)');
  });

  it('fails with one translated line for a missing file', async () => {
    const result = await run(join(tmp.dir(), 'home'), 'en_GB.UTF-8', 'journeys', tmp.file('nope.channelwise'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^channelwise: /);
  });
});
