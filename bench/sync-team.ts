// The team of the sync bench: three laptops with copies of one workspace, each
// making its share of edits apart (through the services, as a user would), and
// the check that copies converged. Used by bench/sync.ts.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Lens, Role } from '@shared/domain/types';
import { changeIds, content } from '../src/main/core/testing/laptops';
import { Workspace } from '../src/main/core/workspace';

export const DEVICES = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'] as const;

/** The workspace everyone starts from: the default template, a third scenario and four customer types (12 lenses). */
interface Framework {
  scenarios: string[];
  phases: string[];
  channels: string[];
  lenses: Lens[];
  /** What renames pick from: every phase, channel and customer type. */
  renamable: { kind: 'phase' | 'channel' | 'customerType'; id: string }[];
}

const ROLES: readonly (Role | null)[] = [0, 1, 2, 3, null];

/** A small seeded generator (mulberry32): every run makes the same edits. */
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

function frameworkOf(ws: Workspace): Framework {
  const c = ws.catalogRepo.catalog();
  const lenses: Lens[] = [
    { kind: 'all' },
    ...c.customerTypes.map((x): Lens => ({ kind: 'customerType', id: x.id })),
    ...c.typologies.map((x): Lens => ({ kind: 'typology', id: x.id })),
    ...c.productDomains.map((x): Lens => ({ kind: 'productDomain', id: x.id })),
  ];
  return {
    scenarios: c.scenarios.map((s) => s.id),
    phases: c.phases.map((p) => p.id),
    channels: c.channels.map((x) => x.id),
    lenses,
    renamable: [
      ...c.phases.map((x) => ({ kind: 'phase' as const, id: x.id })),
      ...c.channels.map((x) => ({ kind: 'channel' as const, id: x.id })),
      ...c.customerTypes.map((x) => ({ kind: 'customerType' as const, id: x.id })),
    ],
  };
}

/** The shared starting file, made once by the first laptop before the team copies it. */
export function makeBase(path: string, dataDir: string): void {
  const ws = Workspace.create(path, 'en', 'default', { dataDir, deviceId: DEVICES[0] });
  ws.catalog.create('scenario', 'Stretch');
  for (const name of ['Starters', 'Families', 'Retirees', 'Businesses']) ws.catalog.create('customerType', name);
  ws.close();
}

/**
 * Laptop `i` makes `count` edits apart, each one action through the services,
 * with its own seeded mix, on a wall clock it moves one second per edit from
 * `start`. Most edits are in the laptop's own scenario (as a strategist works on
 * their part); 15 % hit a small corner every laptop edits (15 cells of two
 * lenses in the first scenario) and the renames pick from the same few items,
 * so the same fields change on several laptops while apart: conflicts.
 */
export function makeEdits(ws: Workspace, i: number, count: number, clock: { now: number }): void {
  const rand = random(1000 + i);
  const fw = frameworkOf(ws);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const own = fw.scenarios[i % fw.scenarios.length]!;
  const shared = { scenarioId: fw.scenarios[0]!, lenses: fw.lenses.slice(0, 2), phases: fw.phases.slice(0, 3), channels: fw.channels.slice(0, 5) };
  // The role each cell has here, so a note edit keeps it (setCells writes role and note together).
  const roles = new Map<string, Role | null>();
  // Every edit changes its field (another role, a new note), so each is one change to sync: no edit is a no-op.
  const setCell = (scenarioId: string, lens: Lens, phaseId: string, channelId: string, field: 'role' | 'note', k: number) => {
    const key = `${scenarioId}/${lens.kind}/${lens.kind === 'all' ? '' : lens.id}/${phaseId}/${channelId}`;
    const had = roles.get(key) ?? null;
    const others = ROLES.filter((role) => role !== had);
    const role = field === 'role' ? others[Math.floor(rand() * others.length)]! : had;
    roles.set(key, role);
    const note = field === 'note' ? { note: `Note ${k} from laptop ${i}` } : {};
    ws.matrix.setCells({ scenarioId, lens, cells: [{ phaseId, channelId, role, ...note }] });
  };
  for (let k = 0; k < count; k++) {
    clock.now += 1000;
    const r = rand();
    if (r < 0.6) setCell(own, pick(fw.lenses), pick(fw.phases), pick(fw.channels), 'role', k);
    else if (r < 0.72) setCell(own, pick(fw.lenses), pick(fw.phases), pick(fw.channels), 'note', k);
    else if (r < 0.87) setCell(shared.scenarioId, pick(shared.lenses), pick(shared.phases), pick(shared.channels), rand() < 0.7 ? 'role' : 'note', k);
    else if (r < 0.99) {
      const item = pick(fw.renamable);
      ws.catalog.update(item.id, { kind: item.kind, name: `${item.kind} ${k} (${DEVICES[i]!.slice(0, 3)})` });
    } else {
      // A new channel now and then: a new column of cells, which later edits on this laptop use.
      const created = ws.catalog.create('channel', `Channel ${i}-${k}`);
      fw.channels.push(created.id);
      fw.renamable.push({ kind: 'channel', id: created.id });
    }
  }
}

/**
 * The team's files after the edits: the base copied to each laptop, each
 * opened with its own device id and a clock of its own that ends before now
 * (so the real clock of the sync rounds is later than every edit), `perLaptop`
 * edits made, closed. Returns the files and how long the edits took.
 */
export function makeTeam(dir: string, perLaptop: number): { files: string[]; ms: number } {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, 'base.channelwise');
  makeBase(base, join(dir, 'data-base'));
  const start = Date.now() - perLaptop * 1000 - 3_600_000;
  const files = DEVICES.map((_, i) => join(dir, `made-${i}.channelwise`));
  let ms = 0;
  files.forEach((file, i) => {
    copyFileSync(base, file);
    const clock = { now: start + i * 7 };
    const ws = Workspace.open(file, { dataDir: join(dir, `data-${i}`), deviceId: DEVICES[i]!, now: () => clock.now });
    // Making the edits is setup, not what is measured: without an fsync per action (synchronous = FULL) 60,000 of
    // them take a minute less on a slow disk; what they journal is the same. The copies that sync are opened normally.
    ws.db.pragma('synchronous = OFF');
    const t0 = performance.now();
    makeEdits(ws, i, perLaptop, clock);
    ms += performance.now() - t0;
    ws.close();
    flushToDisk(file);
  });
  return { files, ms };
}

/**
 * Put a file's bytes on disk now. The setup writes (edits without fsync, the
 * copies) would otherwise still be in the page cache when a timed round starts,
 * and that round's first fsync would pay for writing them out: the first way
 * measured would look slower than the others for work that is not its own.
 */
function flushToDisk(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A laptop of one bench round: its copy of the team's file, open. */
export interface BenchLaptop {
  ws: Workspace;
  device: string;
}

/** Copies of the laptops' files (as they were after the edits) in `dir`, opened with their device ids and the real clock. */
export function openCopies(made: readonly string[], dir: string): BenchLaptop[] {
  mkdirSync(dir, { recursive: true });
  return made.map((file, i) => {
    // A closed workspace keeps everything in its main file; a -wal beside it would mean the copy misses writes.
    if (existsSync(`${file}-wal`)) throw new Error(`${file} was not closed cleanly`);
    const path = join(dir, `laptop-${i}.channelwise`);
    copyFileSync(file, path);
    flushToDisk(path);
    const device = DEVICES[i]!;
    return { ws: Workspace.open(path, { dataDir: join(dir, `data-${i}`), deviceId: device }), device };
  });
}

/**
 * Whether every laptop holds the same changes (ids) and the same content of
 * every synced table as the first: what "converged" means. Throws naming the
 * first difference when `mustMatch`.
 */
export function converged(laptops: readonly BenchLaptop[], mustMatch = false): boolean {
  const [first, ...others] = laptops;
  const ids = JSON.stringify(changeIds(first!.ws));
  const rows = JSON.stringify(content(first!.ws));
  for (const other of others) {
    const why = JSON.stringify(changeIds(other.ws)) !== ids ? 'change ids' : JSON.stringify(content(other.ws)) !== rows ? 'content' : null;
    if (why) {
      if (mustMatch) throw new Error(`Laptop ${other.device} differs from ${first!.device} in its ${why}`);
      return false;
    }
  }
  return true;
}
