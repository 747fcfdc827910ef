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
interface Loaded { ws: Workspace; fw: Framework; views: View[]; inputs: (View & { cells: ReturnType<typeof cellsFor> })[]; ms: number }

function cellsFor(fw: Framework, seed: number) {
  return fw.phases.flatMap((phaseId, p) => fw.channels.map((channelId, c) => ({ phaseId, channelId, role: ((p + c + seed) % 4) as 0 | 1 | 2 | 3 })));
}

function loadThroughServices(path: string, dataDir: string): Loaded {
  const ws = Workspace.create(path, 'en', 'empty', { dataDir, deviceId: device });
  const fw = buildFramework(ws);
  const views = fw.scenarios.flatMap((scenarioId) => fw.lenses.map((lens) => ({ scenarioId, lens })));
  const inputs = views.map((view, v) => ({ ...view, cells: cellsFor(fw, v) }));
  const t0 = performance.now();
  ws.matrix.setViews(inputs);
  return { ws, fw, views, inputs, ms: performance.now() - t0 };
}

function loadRaw(path: string, dataDir: string, { fw, inputs }: Loaded): number {
  const raw = openDb(path, { dataDir, create: true });
  const rawDb = raw.db;
  for (const [table, rows] of Object.entries({ scenarios: fw.scenarios, phases: fw.phases, channels: fw.channels })) {
    const insert = rawDb.prepare(`INSERT INTO ${table} (id, name, position) VALUES (?, ?, ?)`);
    rows.forEach((id, i) => insert.run(id, `${table} ${i}`, `a${String(i).padStart(3, '0')}`));
  }
  const insert = rawDb.prepare('INSERT INTO matrix_cells (id, scenario_id, phase_id, channel_id, lens_kind, lens_id, role) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const t0 = performance.now();
  rawDb.transaction(() => {
    for (const { scenarioId, lens, cells } of inputs) {
      const lensId = lens.kind === 'all' ? '' : lens.id;
      for (const cell of cells) {
        insert.run(cellId(scenarioId, cell.phaseId, cell.channelId, lens), scenarioId, cell.phaseId, cell.channelId, lens.kind, lensId, cell.role);
      }
    }
  })();
  const ms = performance.now() - t0;
  closeDb(raw);
  return ms;
}

export function runBench(): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-'));
  const dataDir = join(dir, 'data');
  const figures: Figure[] = [];
  try {
    // 1-2. Bulk load, three rounds (median): through the services as one action (as
    // an import is), journaled cell by cell; and the same rows from the same input
    // with raw better-sqlite3 in one transaction, into the same schema, no journal.
    const rounds: { serviceMs: number; rawMs: number }[] = [];
    let loaded: Loaded | null = null;
    for (let round = 0; round < 3; round++) {
      loaded?.ws.close();
      loaded = loadThroughServices(join(dir, `big-${round}.channelwise`), dataDir);
      rounds.push({ serviceMs: loaded.ms, rawMs: loadRaw(join(dir, `raw-${round}.channelwise`), dataDir, loaded) });
    }
    const { ws, views, fw } = loaded!;
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
    figures.push(
      { name: 'cells in the benchmark workspace', value: ws.counts().matrixCells, unit: 'cells' },
      { name: 'bulk load through the services (median of 3)', value: median(rounds.map((r) => r.serviceMs)), unit: 'ms' },
      { name: 'bulk load, raw better-sqlite3 (median of 3)', value: median(rounds.map((r) => r.rawMs)), unit: 'ms' },
      { name: 'bulk load ratio services / raw (median of 3)', value: median(rounds.map((r) => r.serviceMs / r.rawMs)), unit: 'x', budget: { max: 1.3 } },
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
