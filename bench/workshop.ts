// Workshop figures: a room of 40 participants voting at once over real HTTP on
// loopback: all join at once, then all place 10 dots at the same instant (400
// requests in flight), then all remove them at the same instant. The totals are
// checked after each wave, so a fast answer that lost or doubled a dot fails here.
// The phones run in a worker thread (bench/workshop-phones.mjs), so this thread
// is the host alone, as on the facilitator's laptop.
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { startShareHarness, type ShareHarness } from '../src/main/host/workshop/test-harness';
import type { Figure } from './bench';

const PARTICIPANTS = 40;
const DOTS = 10;
const ITEMS = 12;
const REQUESTS = PARTICIPANTS * (1 + 2 * DOTS);

type Wave = { type: 'join'; url: string; participants: number } | { type: 'dots'; url: string; dots: number; itemsOf: number[][] };
interface WaveResult {
  latencies: number[];
  refused: number;
  error?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function expectDots(h: ShareHarness, perParticipant: number, wave: string): Promise<void> {
  const state = await h.call('workshop.state', {});
  const wrong = state.participants.filter((p) => p.dots !== perParticipant);
  if (state.participants.length !== PARTICIPANTS || wrong.length > 0 || state.vote?.dotsCast !== PARTICIPANTS * perParticipant) {
    throw new Error(
      `After ${wave}: ${state.participants.length} participants, ${wrong.length} without ${perParticipant} dots, ${state.vote?.dotsCast} dots cast`,
    );
  }
}

/** The phones, driven wave by wave; each wave also reports how busy this (the host's) thread was. */
function startPhones() {
  const worker = new Worker(new URL('./workshop-phones.mjs', import.meta.url));
  return {
    async send(wave: Wave): Promise<WaveResult & { wallMs: number; busyMs: number }> {
      const elu: EventLoopUtilization = performance.eventLoopUtilization();
      const t0 = performance.now();
      const result = await new Promise<WaveResult>((resolve, reject) => {
        worker.once('error', reject);
        worker.once('message', (reply: WaveResult) => {
          worker.off('error', reject);
          resolve(reply);
        });
        worker.postMessage(wave);
      });
      const wallMs = performance.now() - t0;
      const busyMs = performance.eventLoopUtilization(elu).active;
      if (result.error) throw new Error(`The phones failed: ${result.error}`);
      if (result.refused > 0) throw new Error(`${result.refused} requests of a ${wave.type} wave were refused`);
      return { ...result, wallMs, busyMs };
    },
    async close() {
      worker.postMessage({ type: 'close' });
      await worker.terminate();
    },
  };
}

export async function runWorkshopBench(): Promise<Figure[]> {
  const h = await startShareHarness();
  const phones = startPhones();
  try {
    const url = (await h.call('workshop.start', {})).url!;
    const session = await h.call('votes.open', { title: 'Bench', items: h.cells(ITEMS), dotsPerParticipant: DOTS });
    const itemsOf = Array.from({ length: PARTICIPANTS }, (_, p) => Array.from({ length: DOTS }, (_, k) => (p + k) % ITEMS));

    const join = await phones.send({ type: 'join', url, participants: PARTICIPANTS });
    const place = await phones.send({ type: 'dots', url, dots: 1, itemsOf });
    await expectDots(h, DOTS, 'placing');
    const remove = await phones.send({ type: 'dots', url, dots: 0, itemsOf });
    await expectDots(h, 0, 'removing');
    await h.call('votes.reveal', { id: session.id });
    const results = await h.call('votes.results', { id: session.id });
    if (results.dotsCast !== 0 || results.totals.some((t) => t.dots !== 0)) throw new Error('Dots left after everyone removed theirs');

    const waves = [join, place, remove];
    const wall = waves.reduce((sum, w) => sum + w.wallMs, 0);
    const busy = waves.reduce((sum, w) => sum + w.busyMs, 0);
    const taps = [...place.latencies, ...remove.latencies].sort((a, b) => a - b);
    return [
      { name: `workshop: 40 participants join, place and remove 10 dots each (${REQUESTS} requests)`, value: wall, unit: 'ms', budget: { max: 8000 } },
      // Wall time of the waves over the requests served: what the host spends per request.
      { name: 'workshop: server time per participant request in that burst', value: wall / REQUESTS, unit: 'ms', budget: { max: 10 } },
      // The host thread's busy time alone (event-loop utilisation), without waits on the phones.
      { name: 'workshop: host thread busy time per participant request', value: busy / REQUESTS, unit: 'ms', budget: { max: 2 } },
      // Tap to acknowledged (committed, fsync'd) for the 800 dot requests, 400 of them in
      // flight at once per wave: the last in the queue waits for all the others.
      { name: 'workshop: dot tap to acknowledged p95, 400 taps at the same instant', value: percentile(taps, 95), unit: 'ms', budget: { max: 300 } },
    ];
  } finally {
    await phones.close();
    await h.close();
  }
}
