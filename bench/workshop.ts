// Workshop figures: a room of 40 participants voting at once over real HTTP on
// loopback (join, 10 dots placed at once, 10 removed at once), as the share
// listener and the journaled vote writes handle it.
import { performance } from 'node:perf_hooks';
import { participantRequest, startShareHarness } from '../src/main/host/workshop/test-harness';
import type { Figure } from './bench';

const PARTICIPANTS = 40;
const DOTS = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function runWorkshopBench(): Promise<Figure[]> {
  const h = await startShareHarness();
  try {
    const url = (await h.call('workshop.start', {})).url!;
    await h.call('votes.open', { title: 'Bench', items: h.cells(12), dotsPerParticipant: DOTS });
    const latencies: number[] = [];
    const timed = async <T>(fn: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      const value = await fn();
      latencies.push(performance.now() - t0);
      return value;
    };
    const start = performance.now();
    await Promise.all(
      Array.from({ length: PARTICIPANTS }, async (_, p) => {
        const joined = await timed(() => participantRequest<{ secret: string }>(`${url}api/join`, { body: { displayName: `P${p}` } }));
        const secret = joined.body.value!.secret;
        const items = Array.from({ length: DOTS }, (_, k) => String((p + k) % 12));
        for (const dots of [1, 0]) {
          await Promise.all(items.map((item) => timed(() => participantRequest(`${url}api/dots`, { body: { item, dots }, secret }))));
        }
      }),
    );
    const burst = performance.now() - start;
    latencies.sort((a, b) => a - b);
    return [
      { name: 'workshop: 40 participants join, place and remove 10 dots each (820 requests)', value: burst, unit: 'ms', budget: { max: 8000 } },
      // The host answers one request at a time (SQLite writes are synchronous, each one
      // an fsync'd journal transaction), so with 400 taps landing at the same instant
      // the last in the queue waits for all the others: p95 is that worst case.
      { name: 'workshop: server time per participant request in that burst', value: burst / latencies.length, unit: 'ms', budget: { max: 10 } },
      { name: 'workshop: participant request p95, everyone tapping at the same instant', value: percentile(latencies, 95), unit: 'ms', budget: { max: 4000 } },
    ];
  } finally {
    await h.close();
  }
}
