import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { Lens } from '@shared/domain/types';
import { openDb, closeDb } from '../src/main/core/db/open';
import { exportJson, importJsonToNew, serializeJson } from '../src/main/core/interchange/json';
import { cellId } from '../src/main/core/services/matrix-service';
import { Workspace } from '../src/main/core/workspace';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  budget?: { max: number };
}

const SIZE = { channels: 60, phases: 12, scenarios: 3, lenses: 40 };
const device = 'beefbeefbeefbeef';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The benchmark workspace: 60 channels x 12 phases x 40 lenses x 3 scenarios, built through the services. */
function buildFramework(ws: Workspace) {
  for (let i = 0; i < SIZE.phases; i++) ws.catalog.create('phase', `Phase ${i + 1}`);
  for (let i = 0; i < SIZE.channels; i++) ws.catalog.create('channel', `Channel ${i + 1}`);
  ws.catalog.create('scenario', 'Stretch');
  const lenses: Lens[] = [{ kind: 'all' }];
  for (let i = 0; lenses.length < SIZE.lenses; i++) {
    const kind = (['customerType', 'typology', 'productDomain'] as const)[i % 3]!;
    lenses.push({ kind, id: ws.catalog.create(kind, `Lens ${i + 1}`).id });
  }
  const c = ws.catalogRepo.catalog();
  return { scenarios: c.scenarios.map((s) => s.id), phases: c.phases.map((p) => p.id), channels: c.channels.map((x) => x.id), lenses };
}

type Framework = ReturnType<typeof buildFramework>;
interface View { scenarioId: string; lens: Lens }
interface Prepared { ws: Workspace; fw: Framework; views: View[]; inputs: (View & { cells: ReturnType<typeof cellsFor> })[] }
/** Wall-clock and CPU (user + system of this process) milliseconds. */
interface Took { ms: number; cpuMs: number }

function cellsFor(fw: Framework, seed: number) {
  return fw.phases.flatMap((phaseId, p) => fw.channels.map((channelId, c) => ({ phaseId, channelId, role: ((p + c + seed) % 4) as 0 | 1 | 2 | 3 })));
}

function took(fn: () => void): Took {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** A new workspace with the benchmark framework and the cells to load (not timed). */
function prepare(path: string, dataDir: string): Prepared {
  const ws = Workspace.create(path, 'en', 'empty', { dataDir, deviceId: device });
  const fw = buildFramework(ws);
  const views = fw.scenarios.flatMap((scenarioId) => fw.lenses.map((lens) => ({ scenarioId, lens })));
  return { ws, fw, views, inputs: views.map((view, v) => ({ ...view, cells: cellsFor(fw, v) })) };
}

/** Every cell through the services as one action (as an import is), journaled cell by cell. */
const loadThroughServices = ({ ws, inputs }: Prepared): Took => took(() => ws.matrix.setViews(inputs));

/** The same rows from the same input with raw better-sqlite3 in one transaction, into the same schema, no journal. */
function loadRaw(path: string, dataDir: string, { fw, inputs }: Prepared): Took {
  const raw = openDb(path, { dataDir, create: true });
  const rawDb = raw.db;
  for (const [table, rows] of Object.entries({ scenarios: fw.scenarios, phases: fw.phases, channels: fw.channels })) {
    const insert = rawDb.prepare(`INSERT INTO ${table} (id, name, position) VALUES (?, ?, ?)`);
    rows.forEach((id, i) => insert.run(id, `${table} ${i}`, `a${String(i).padStart(3, '0')}`));
  }
  const insert = rawDb.prepare('INSERT INTO matrix_cells (id, scenario_id, phase_id, channel_id, lens_kind, lens_id, role) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const result = took(() =>
    rawDb.transaction(() => {
      for (const { scenarioId, lens, cells } of inputs) {
        const lensId = lens.kind === 'all' ? '' : lens.id;
        for (const cell of cells) {
          insert.run(cellId(scenarioId, cell.phaseId, cell.channelId, lens), scenarioId, cell.phaseId, cell.channelId, lens.kind, lensId, cell.role);
        }
      }
    })(),
  );
  closeDb(raw);
  return result;
}

/**
 * How the bulk-load ratio is measured, so that it does not flap: round by
 * round, the same input is loaded through the services and raw back to back,
 * each into a new file, taking turns at going first, so both halves of a
 * ratio meet the same machine load, disk and page cache. One warm-up round
 * (JIT, first file system work) is not counted; each figure is the median of
 * BULK_ROUNDS rounds, the ratio the median of the per-round ratios: one slow
 * moment on a busy machine moves one round, not the figure.
 */
const BULK_ROUNDS = 7;

export function runBench(): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-'));
  const dataDir = join(dir, 'data');
  const figures: Figure[] = [];
  try {
    // 1-2. Bulk load, BULK_ROUNDS rounds after a warm-up (see BULK_ROUNDS for why this way).
    const rounds: { service: Took; raw: Took }[] = [];
    let loaded: Prepared | null = null;
    for (let round = 0; round <= BULK_ROUNDS; round++) {
      loaded?.ws.close();
      const prepared = prepare(join(dir, `big-${round}.channelwise`), dataDir);
      loaded = prepared;
      const rawPath = join(dir, `raw-${round}.channelwise`);
      let service: Took;
      let raw: Took;
      if (round % 2 === 0) {
        service = loadThroughServices(prepared);
        raw = loadRaw(rawPath, dataDir, prepared);
      } else {
        raw = loadRaw(rawPath, dataDir, prepared);
        service = loadThroughServices(prepared);
      }
      if (round > 0) rounds.push({ service, raw });
    }
    const { ws, views, fw } = loaded!;
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const of = `median of ${BULK_ROUNDS}`;
    figures.push(
      { name: 'cells in the benchmark workspace', value: ws.counts().matrixCells, unit: 'cells' },
      { name: `bulk load through the services (${of})`, value: median(rounds.map((r) => r.service.ms)), unit: 'ms' },
      { name: `bulk load, raw better-sqlite3 (${of})`, value: median(rounds.map((r) => r.raw.ms)), unit: 'ms' },
      { name: `bulk load ratio services / raw (${of} per-round ratios)`, value: median(rounds.map((r) => r.service.ms / r.raw.ms)), unit: 'x', budget: { max: 1.2 } },
      // CPU time leaves out waiting for the disk and for a CPU on a busy machine: the steadier view of the work each side does.
      { name: `bulk load ratio services / raw, CPU time (${of} per-round ratios)`, value: median(rounds.map((r) => r.service.cpuMs / r.raw.cpuMs)), unit: 'x' },
    );

    // 3. Single edits: one cell per action, 2000 times, as a user clicking through the grid.
    const latencies: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const view = views[i % views.length]!;
      const cell = { phaseId: fw.phases[i % fw.phases.length]!, channelId: fw.channels[(i * 7) % fw.channels.length]!, role: (i % 4) as 0 | 1 | 2 | 3 };
      const start = performance.now();
      ws.matrix.setCells({ ...view, cells: [cell] });
      latencies.push(performance.now() - start);
    }
    latencies.sort((a, b) => a - b);
    figures.push(
      { name: 'single edit p50', value: percentile(latencies, 50), unit: 'ms' },
      { name: 'single edit p95', value: percentile(latencies, 95), unit: 'ms', budget: { max: 8 } },
    );
    const path = ws.path;
    ws.close();

    // 4. Open (header check, lock, quick_check, PRAGMAs) and close.
    let t0 = performance.now();
    const reopened = Workspace.open(path, { dataDir, deviceId: device });
    figures.push({ name: 'open the benchmark workspace', value: performance.now() - t0, unit: 'ms' });

    // 5. JSON export and import into a new file.
    t0 = performance.now();
    const json = serializeJson(exportJson(reopened));
    figures.push({ name: 'JSON export', value: performance.now() - t0, unit: 'ms' });
    reopened.close();
    writeFileSync(join(dir, 'big.json'), json);
    t0 = performance.now();
    importJsonToNew(join(dir, 'imported.channelwise'), JSON.parse(json), { dataDir, deviceId: device }).close();
    figures.push({ name: 'JSON import into a new file', value: performance.now() - t0, unit: 'ms' });
    figures.push({ name: 'JSON size', value: json.length / 1e6, unit: 'MB' });
    const check = new Database(join(dir, 'imported.channelwise'), { readonly: true });
    if (check.prepare('SELECT count(*) FROM matrix_cells').pluck().get() !== SIZE.channels * SIZE.phases * SIZE.lenses * SIZE.scenarios) throw new Error('import lost cells');
    check.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
