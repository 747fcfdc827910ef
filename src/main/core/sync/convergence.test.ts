import { afterEach, describe, expect, it } from 'vitest';
import type { SyncChange } from '@shared/sync/change';
import { useTempDir } from '../testing/temp';
import { changeIds, content, makeLaptops, syncAll, type Laptop } from '../testing/laptops';
import { listConflicts } from './conflicts';

/** A small seeded generator (mulberry32): a failing seed can be run again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T | undefined => list[Math.floor(rand() * list.length)];
const NAMES = ['Shop', 'Web', 'Phone', 'Mail', 'Chat', 'Fair'];

/** One random edit on one laptop, through the services as a user would make it; one the services refuse is just skipped. */
function edit(l: Laptop, rand: Rand): void {
  const { ws } = l;
  const channels = ws.catalogRepo.list('channel');
  const phases = ws.catalogRepo.list('phase');
  const scenarios = ws.catalogRepo.list('scenario');
  const channel = pick(rand, channels);
  const name = `${pick(rand, NAMES)} ${Math.floor(rand() * 1000)}`;
  const actions: (() => unknown)[] = [
    () => channel && ws.catalog.update(channel.id, { kind: 'channel', name }),
    () => channel && ws.catalog.update(channel.id, { kind: 'channel', hidden: rand() < 0.5 }),
    () => channel && ws.catalog.move('channel', channel.id, pick(rand, channels)?.id ?? null),
    () => channel && ws.catalog.delete('channel', channel.id),
    () => ws.catalog.create('channel', name),
    () => {
      const phase = pick(rand, phases);
      const scenario = pick(rand, scenarios);
      if (!phase || !scenario || !channel) return;
      const role = pick(rand, [0, 1, 2, 3, null] as const) ?? null;
      ws.matrix.setCells({ scenarioId: scenario.id, lens: { kind: 'all' }, cells: [{ phaseId: phase.id, channelId: channel.id, role, note: rand() < 0.3 ? name : undefined }] });
    },
    () => {
      const scenario = pick(rand, scenarios);
      if (scenario) ws.journeys.create({ name, scenarioId: scenario.id });
    },
    () => {
      const journey = pick(rand, ws.journeys.list());
      if (journey) ws.journeys.addSteps({ journeyId: journey.id, afterId: null, steps: [{ title: name }] });
    },
    () => {
      const journey = pick(rand, ws.journeys.list());
      if (journey) ws.journeys.delete(journey.id);
    },
    () => ws.history.undo(),
  ];
  try {
    pick(rand, actions)?.();
  } catch (error) {
    if (!(error instanceof Error) || !('code' in error)) throw error;
  }
}

/** Some of a laptop's changes, shuffled, some twice: what a cloud folder might hand over. */
function someOf(rand: Rand, changes: readonly SyncChange[]): SyncChange[] {
  const chosen = changes.filter(() => rand() < 0.6);
  for (const change of chosen.slice()) if (rand() < 0.2) chosen.push(change);
  for (let i = chosen.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [chosen[i], chosen[j]] = [chosen[j]!, chosen[i]!];
  }
  return chosen;
}

describe('three laptops always converge (seeded random edits and deliveries)', () => {
  const tmp = useTempDir();
  let laptops: Laptop[] = [];
  afterEach(() => {
    for (const l of laptops.splice(0)) l.ws.close();
  });

  it.each([1, 2, 3, 4, 5, 6])('seed %i', (seed) => {
    const rand = random(seed);
    laptops = makeLaptops(tmp.dir(), 3);
    for (let step = 0; step < 80; step++) {
      const laptop = pick(rand, laptops)!;
      laptop.tick(Math.floor(rand() * 3000) - 500);
      if (rand() < 0.7) edit(laptop, rand);
      else {
        const from = pick(rand, laptops.filter((l) => l !== laptop))!;
        laptop.receive(someOf(rand, from.changes()));
      }
    }
    syncAll(laptops);
    const [a, ...others] = laptops;
    const expected = { ids: changeIds(a!.ws), content: content(a!.ws), conflicts: listConflicts(a!.ws).map((c) => c.id) };
    for (const l of others) {
      expect(changeIds(l.ws)).toEqual(expected.ids);
      expect(content(l.ws)).toEqual(expected.content);
      expect(listConflicts(l.ws).map((c) => c.id)).toEqual(expected.conflicts);
    }
    expect(a!.ws.db.prepare('SELECT count(*) FROM sync_pending').pluck().get()).toBe(0);
  });
});
