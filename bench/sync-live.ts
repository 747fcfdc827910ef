// Live edit latency with background sync running: an edit on one laptop until
// the other laptop's database shows it, with both laptops' sync runners on the
// app's own settings (startSyncRunner as the app core starts it). Used by bench/sync.ts.
import { performance } from 'node:perf_hooks';
import { startSyncRunner, type SyncRunner, type SyncRunnerOptions } from '../src/main/core/sync/sync-runner';
import type { BenchLaptop } from './sync-team';

/** How often the other laptop's database is looked at: short next to the latencies measured (about a second). */
const POLL_MS = 5;
/** An edit not visible after this long is a failure, not a slow figure. */
const GIVE_UP_MS = 20_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(done: () => boolean, what: string): Promise<void> {
  const t0 = performance.now();
  while (!done()) {
    if (performance.now() - t0 > GIVE_UP_MS) throw new Error(`sync bench: ${what} not seen after ${GIVE_UP_MS} ms`);
    await sleep(POLL_MS);
  }
}

/**
 * `edits` channel renames on `a`, one at a time, each timed from the edit until
 * `b` holds the new name; the next edit follows after a short pause (so a
 * rename never waits for an earlier one's exchanges more than a user's would).
 * `options` are the runners' (the server's password; nothing else, so the app's
 * debounce, poll and longpoll apply). Returns the latencies in ms, sorted.
 */
export async function liveEditLatencies(a: BenchLaptop, b: BenchLaptop, edits: number, options: (l: BenchLaptop) => Partial<SyncRunnerOptions>): Promise<number[]> {
  const runners: SyncRunner[] = [];
  try {
    for (const laptop of [a, b]) {
      const runner = startSyncRunner(laptop.ws, { displayName: `Laptop ${laptop.device}`, appVersion: 'bench', ...options(laptop) });
      if (!runner) throw new Error(`sync bench: laptop ${laptop.device} is not shared`);
      runners.push(runner);
    }
    // The runners' first exchanges (nothing new by then) are not part of any edit's latency.
    await until(() => runners.every((r) => r.state().last !== null), 'the first exchange');
    for (const runner of runners) {
      const state = runner.state();
      if (state.phase === 'error' || state.phase === 'offline') throw new Error(`sync bench: runner ${state.phase}: ${state.error?.message ?? ''}`);
    }
    const channels = a.ws.catalogRepo.list('channel').map((c) => c.id);
    const latencies: number[] = [];
    for (let e = 0; e < edits; e++) {
      const id = channels[e % channels.length]!;
      const name = `Live edit ${e} (${performance.now().toFixed(0)})`;
      const t0 = performance.now();
      a.ws.catalog.update(id, { kind: 'channel', name });
      await until(() => b.ws.catalogRepo.item('channel', id)?.name === name, `live edit ${e}`);
      latencies.push(performance.now() - t0);
      await sleep(100 + ((e * 37) % 200));
    }
    return latencies.sort((x, y) => x - y);
  } finally {
    for (const runner of runners) await runner.stop();
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
