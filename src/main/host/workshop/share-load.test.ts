import { afterEach, describe, expect, it } from 'vitest';
import type { ParticipantState } from '@shared/domain/workshop';
import { participantRequest, startShareHarness, type ShareHarness } from './test-harness';

const PARTICIPANTS = 40;
const DOTS = 10;
const ITEMS = 12;

let harness: ShareHarness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('forty participants voting at once over real HTTP', () => {
  it('counts every dot once while all of them place, remove and place again concurrently', async () => {
    harness = await startShareHarness();
    const h = harness;
    const url = (await h.call('workshop.start', {})).url!;
    const items = h.cells(ITEMS);
    const session = await h.call('votes.open', { title: 'Load', items, dotsPerParticipant: DOTS });

    const run = async (p: number) => {
      const joined = await participantRequest<{ secret: string }>(`${url}api/join`, { body: { displayName: `Participant ${p + 1}` } });
      const secret = joined.body.value!.secret;
      const set = async (item: number, dots: number) => {
        const reply = await participantRequest<ParticipantState>(`${url}api/dots`, { body: { item: String(item), dots }, secret });
        expect(reply.status, JSON.stringify(reply.body.error)).toBe(200);
        return reply.body.value!;
      };
      const first = Array.from({ length: DOTS }, (_, k) => (p + k) % ITEMS);
      // Place ten dots at once, one request sent twice as a flaky phone would.
      await Promise.all([...first.map((i) => set(i, 1)), set(first[0]!, 1)]);
      const full = await participantRequest<ParticipantState>(`${url}api/state`, { secret });
      expect(full.body.value!.vote!.dotsLeft).toBe(0);
      // Remove all ten at once, then place ten again elsewhere: the last two items get two dots each.
      await Promise.all(first.map((i) => set(i, 0)));
      const second = Array.from({ length: DOTS - 2 }, (_, k) => (p * 5 + k) % ITEMS);
      await Promise.all(second.map((i, k) => set(i, k < 2 ? 2 : 1)));
      return second.map((i, k) => [i, k < 2 ? 2 : 1] as const);
    };
    const placed = await Promise.all(Array.from({ length: PARTICIPANTS }, (_, p) => run(p)));

    const expected = new Map<string, number>();
    for (const list of placed) for (const [i, n] of list) expected.set(items[i]!.id, (expected.get(items[i]!.id) ?? 0) + n);

    const state = await h.call('workshop.state', {});
    expect(state.participants).toHaveLength(PARTICIPANTS);
    expect(state.participants.every((p) => p.dots === DOTS)).toBe(true);
    expect(state.vote?.dotsCast).toBe(PARTICIPANTS * DOTS);

    await h.call('votes.reveal', { id: session.id });
    const results = await h.call('votes.results', { id: session.id });
    expect(results.dotsCast).toBe(PARTICIPANTS * DOTS);
    for (const total of results.totals) expect(total.dots, total.label).toBe(expected.get(total.id) ?? 0);
    const rows = await h.call('votes.list', {});
    expect(rows).toHaveLength(1);
  }, 60_000);

  it('counts 40 participants x 10 dots placed then removed at the same instant, in far fewer commits than taps', async () => {
    harness = await startShareHarness();
    const h = harness;
    const url = (await h.call('workshop.start', {})).url!;
    const items = h.cells(ITEMS);
    const session = await h.call('votes.open', { title: 'Burst', items, dotsPerParticipant: DOTS });
    const secrets = await Promise.all(
      Array.from({ length: PARTICIPANTS }, async (_, p) => {
        const joined = await participantRequest<{ secret: string }>(`${url}api/join`, { body: { displayName: `P${p}` } });
        return joined.body.value!.secret;
      }),
    );
    const itemsOf = (p: number) => Array.from({ length: DOTS }, (_, k) => (p + k) % ITEMS);
    const wave = (dots: number) =>
      Promise.all(
        secrets.flatMap((secret, p) =>
          itemsOf(p).map(async (i) => {
            const reply = await participantRequest(`${url}api/dots`, { body: { item: String(i), dots }, secret });
            expect(reply.status, JSON.stringify(reply.body.error)).toBe(200);
          }),
        ),
      );
    // Every commit of vote rows tells the clients once; one per tap would be 400 per wave.
    let voteEvents = 0;
    const unsubscribe = h.core.onEvent((event) => {
      if (event.type === 'workspace.changed' && event.tables.includes('votes')) voteEvents++;
    });

    await wave(1);
    const placedEvents = voteEvents;
    const expected = new Map<string, number>();
    for (let p = 0; p < PARTICIPANTS; p++) for (const i of itemsOf(p)) expected.set(String(i), (expected.get(String(i)) ?? 0) + 1);
    const counted = new Map<string, number>();
    for (const secret of secrets) {
      const mine = (await participantRequest<ParticipantState>(`${url}api/state`, { secret })).body.value!.vote!;
      expect(mine.dotsLeft).toBe(0);
      for (const [key, n] of Object.entries(mine.myDots)) counted.set(key, (counted.get(key) ?? 0) + n);
    }
    expect(counted).toEqual(expected);
    expect((await h.call('workshop.state', {})).vote?.dotsCast).toBe(PARTICIPANTS * DOTS);

    await wave(0);
    unsubscribe();
    const state = await h.call('workshop.state', {});
    expect(state.vote?.dotsCast).toBe(0);
    expect(state.participants.every((p) => p.dots === 0)).toBe(true);
    await h.call('votes.reveal', { id: session.id });
    const results = await h.call('votes.results', { id: session.id });
    expect(results.totals.map((t) => t.dots)).toEqual(items.map(() => 0));

    const taps = PARTICIPANTS * DOTS;
    expect(placedEvents).toBeGreaterThan(0);
    expect(placedEvents).toBeLessThan(taps / 2);
    expect(voteEvents - placedEvents).toBeLessThan(taps / 2);
  }, 60_000);
});
