// Team sync figures (issue 15): three laptops with copies of one workspace each
// make 20,000 changes apart, then converge (equal content, same change ids),
// through a shared folder, through a CouchDB server (pouchdb-server on
// 127.0.0.1, started here), and "raw": the same changes handed straight to
// applyRemoteChanges with no transport, so the ratios show what a transport
// costs. Then live edits with both laptops' background sync running: edit on
// one until the other shows it, through the folder and through the server.
// Every round starts from copies of the same files, so the three ways sync the
// same changes. Temporary files in os.tmpdir(), removed at the end.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { listConflicts } from '../src/main/core/sync/conflicts';
import type { SyncResult } from '../src/main/core/sync/exchange';
import { localChangesSince } from '../src/main/core/sync/export';
import { applyRemoteChanges } from '../src/main/core/sync/apply';
import { syncWithFolder } from '../src/main/core/sync/folder-sync';
import { syncWithServer } from '../src/main/core/sync/server-sync';
import { startCouchServer, type CouchServer } from '../src/main/core/testing/couch-server';
import { changeIds, content } from '../src/main/core/testing/laptops';
import type { Figure } from './bench';
import { liveEditLatencies, percentile } from './sync-live';
import { converged, makeTeam, openCopies, type BenchLaptop } from './sync-team';

/**
 * Changes each laptop makes apart: the size. SYNC_BENCH_CHANGES sets
 * another for a quick look while working on the bench; the figure names state
 * the size either way.
 */
const PER_LAPTOP = Number(process.env.SYNC_BENCH_CHANGES ?? 20_000);
if (!Number.isInteger(PER_LAPTOP) || PER_LAPTOP < 1) throw new Error(`SYNC_BENCH_CHANGES must be a whole number above 0, not ${process.env.SYNC_BENCH_CHANGES}`);
const LAPTOPS = 3;
const TOTAL = PER_LAPTOP * LAPTOPS;
/** Live edits per transport. */
const LIVE_EDITS = 30;
/** Exchanges of every laptop in turn until equal: two suffice (the last laptop of round one has everything); more means a bug. */
const MAX_ROUNDS = 4;

const size = `${LAPTOPS} laptops × ${PER_LAPTOP.toLocaleString('en')} changes`;
const who = (l: BenchLaptop) => ({ displayName: `Laptop ${l.device.slice(0, 3)}`, appVersion: 'bench' });

interface Converged {
  ms: number;
  /** CPU time (user + system) of this process over the same spans: steadier than wall time on a busy machine; a server's own CPU is not in it. */
  cpuMs: number;
  rounds: number;
  /** What every laptop holds once equal: the other ways must end in the very same. */
  ids: string;
  rows: string;
  conflicts: number;
}

/** Runs `fn`, adding its wall and CPU milliseconds to `spent`. */
async function timed<T>(spent: { ms: number; cpuMs: number }, fn: () => T | Promise<T>): Promise<T> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await fn();
  spent.ms += performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  spent.cpuMs += (cpu.user + cpu.system) / 1000;
  return result;
}

function outcome(laptops: readonly BenchLaptop[], spent: { ms: number; cpuMs: number }, rounds: number): Converged {
  converged(laptops, true);
  const { ws } = laptops[0]!;
  return { ...spent, rounds, ids: JSON.stringify(changeIds(ws)), rows: JSON.stringify(content(ws)), conflicts: listConflicts(ws).length };
}

/** No transport: each laptop's own changes, exported and applied on the others; export and apply are timed. */
async function convergeRaw(laptops: readonly BenchLaptop[]): Promise<Converged> {
  const spent = { ms: 0, cpuMs: 0 };
  await timed(spent, () => {
    const own = laptops.map((l) => localChangesSince(l.ws, 0).changes);
    laptops.forEach((l, i) => applyRemoteChanges(l.ws, own.filter((_, j) => j !== i).flat()));
  });
  return outcome(laptops, spent, 1);
}

/** Rounds of one exchange per laptop, in turn, until the laptops are equal; only the exchanges are timed, not the checks. */
async function convergeThrough(laptops: readonly BenchLaptop[], exchange: (l: BenchLaptop) => Promise<SyncResult>): Promise<Converged> {
  const spent = { ms: 0, cpuMs: 0 };
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    await timed(spent, async () => {
      for (const laptop of laptops) await exchange(laptop);
    });
    if (converged(laptops)) return outcome(laptops, spent, round);
  }
  converged(laptops, true);
  throw new Error('unreachable: converged() throws when the laptops differ');
}

function sameAsRaw(way: string, got: Converged, raw: Converged): void {
  if (got.ids !== raw.ids) throw new Error(`sync bench: ${way} ended with other change ids than raw`);
  if (got.rows !== raw.rows) throw new Error(`sync bench: ${way} ended with other content than raw`);
}

function convergenceFigures(way: string, got: Converged, raw: Converged): Figure[] {
  return [
    { name: `sync: converge ${size} through ${way} (total, ${got.rounds} rounds)`, value: got.ms, unit: 'ms' },
    { name: `sync: converge ${size} through ${way}, changes/s (${TOTAL.toLocaleString('en')} / total)`, value: TOTAL / (got.ms / 1000), unit: 'changes/s' },
    { name: `sync: converge ${size}, ${way} / raw time ratio`, value: got.ms / raw.ms, unit: 'x' },
    { name: `sync: converge ${size} through ${way}, CPU time of the bench process`, value: got.cpuMs, unit: 'ms' },
    { name: `sync: converge ${size}, ${way} / raw CPU time ratio (bench process only)`, value: got.cpuMs / raw.cpuMs, unit: 'x' },
  ];
}

function close(laptops: readonly BenchLaptop[]): void {
  for (const laptop of laptops) laptop.ws.close();
}

export async function runSyncBench(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-sync-'));
  const figures: Figure[] = [];
  let server: CouchServer | null = null;
  const open: BenchLaptop[][] = [];
  let made: string[] = [];
  const copies = (name: string) => {
    const laptops = openCopies(made, join(dir, name));
    open.push(laptops);
    return laptops;
  };
  try {
    const team = makeTeam(join(dir, 'made'), PER_LAPTOP);
    made = team.files;
    figures.push({ name: `sync: make ${size} through the services (setup: one action each, no fsync)`, value: team.ms, unit: 'ms' });

    const rawLaptops = copies('raw');
    const raw = await convergeRaw(rawLaptops);
    close(open.pop()!);
    figures.push(
      { name: `sync: converge ${size}, raw (localChangesSince + applyRemoteChanges, no transport)`, value: raw.ms, unit: 'ms' },
      { name: `sync: converge ${size}, raw, changes/s (${TOTAL.toLocaleString('en')} / total)`, value: TOTAL / (raw.ms / 1000), unit: 'changes/s' },
      { name: `sync: converge ${size}, raw, CPU time of the bench process`, value: raw.cpuMs, unit: 'ms' },
      { name: `sync: open conflicts on each laptop after converging ${size}`, value: raw.conflicts, unit: 'conflicts' },
    );

    const folderDir = join(dir, 'shared-folder');
    mkdirSync(folderDir);
    const folderLaptops = copies('folder');
    const viaFolder = await convergeThrough(folderLaptops, (l) => syncWithFolder(l.ws, folderDir, who(l)));
    sameAsRaw('the folder', viaFolder, raw);
    figures.push(...convergenceFigures('a shared folder', viaFolder, raw));

    server = await startCouchServer(join(dir, 'couch'));
    const couch = server;
    const serverLaptops = copies('server');
    const url = couch.db('bench-workspace');
    const account = { user: couch.user, password: couch.password };
    const viaServer = await convergeThrough(serverLaptops, (l) => syncWithServer(l.ws, url, { ...who(l), ...account }));
    sameAsRaw('the server', viaServer, raw);
    figures.push(...convergenceFigures('a CouchDB server (pouchdb-server, loopback)', viaServer, raw));

    // Live edits on the converged laptops (a workspace with its 60,000 changes), with the app's runner settings.
    const folderLive = await liveEditLatencies(folderLaptops[0]!, folderLaptops[1]!, LIVE_EDITS, () => ({}));
    const serverLive = await liveEditLatencies(serverLaptops[0]!, serverLaptops[1]!, LIVE_EDITS, () => ({ password: couch.password }));
    const live = (way: string) => `sync: live edit until visible on the other laptop, ${way}, runner on app settings`;
    figures.push(
      { name: `${live('shared folder (1 s debounce, file events)')} (p50 of ${LIVE_EDITS})`, value: percentile(folderLive, 50), unit: 'ms' },
      { name: `${live('shared folder (1 s debounce, file events)')} (p95 of ${LIVE_EDITS})`, value: percentile(folderLive, 95), unit: 'ms' },
      { name: `${live('server (1 s debounce, longpoll)')} (p50 of ${LIVE_EDITS})`, value: percentile(serverLive, 50), unit: 'ms' },
      // Issue 15: "with a server, a change made on one laptop appears on the others within two seconds while they are online".
      { name: `${live('server (1 s debounce, longpoll)')} (p95 of ${LIVE_EDITS})`, value: percentile(serverLive, 95), unit: 'ms', budget: { max: 2000 } },
    );
    return figures;
  } finally {
    for (const laptops of open) close(laptops);
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
