/**
 * Chart data on the benchmark workspace (60 channels x 12 phases x 40 lenses x
 * 3 scenarios): every chart of one page view, and every chart in every lens.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { balanceData } from '@shared/analysis/charts/balance';
import { indexCells } from '@shared/analysis/charts/cells';
import { lensKey } from '@shared/domain/lens';
import { chartsData } from '@shared/analysis/charts/charts';
import { deltaData } from '@shared/analysis/charts/delta';
import { heatmapData } from '@shared/analysis/charts/heatmap';
import { mixData } from '@shared/analysis/charts/mix';
import { profileData } from '@shared/analysis/charts/profile';
import { quadrantData } from '@shared/analysis/charts/quadrant';
import type { Lens } from '@shared/domain/types';
import { Workspace } from '../src/main/core/workspace';
import type { Figure } from './bench';
import { buildChartsBenchWorkspace } from './charts-workspace';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function time(runs: number, fn: () => unknown): number {
  fn(); // warm-up: the first call pays for JIT compilation
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export function runChartsBench(): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'cw-charts-bench-'));
  try {
    const path = buildChartsBenchWorkspace(join(dir, 'charts.channelwise'), dir);
    const ws = Workspace.open(path, { dataDir: dir, deviceId: 'c4a7c4a7c4a7c4a7' });
    try {
      const catalog = ws.catalogRepo.catalog();
      const [a, b] = catalog.scenarios;
      const fromCells = ws.matrix.scenarioCells(a!.id);
      const toCells = ws.matrix.scenarioCells(b!.id);
      const typeIds = catalog.customerTypes.map((t) => t.id);
      const lenses: Lens[] = [{ kind: 'all' }, ...(['customerType', 'typology', 'productDomain'] as const).flatMap((kind) => catalog[`${kind === 'customerType' ? 'customerTypes' : kind === 'typology' ? 'typologies' : 'productDomains'}`].map((item) => ({ kind, id: item.id }) as Lens))];
      if (lenses.length !== 40 || new Set(lenses.map(lensKey)).size !== 40) throw new Error(`expected 40 lenses, got ${lenses.length}`);

      const page = time(15, () =>
        chartsData({ catalog, lens: lenses[1]!, cells: fromCells, profileTypeIds: typeIds, delta: { fromCells, toCells, fromName: 'A', toName: 'B' } }),
      );
      const everyLens = time(7, () => {
        const from = indexCells(fromCells);
        const to = indexCells(toCells);
        for (const lens of lenses) {
          heatmapData(catalog, from, lens);
          mixData(catalog, from, lens);
          balanceData(catalog, from, lens);
          deltaData(catalog, from, to, lens, { from: 'A', to: 'B' });
        }
        profileData(catalog, from, typeIds);
        quadrantData(catalog, from);
      });
      return [
        { name: `charts data, one page view (${fromCells.length} cells, radar of all ${typeIds.length} types, median)`, value: page, unit: 'ms', budget: { max: 50 } },
        { name: 'charts data, every chart in all 40 lenses (median)', value: everyLens, unit: 'ms', budget: { max: 50 } },
      ];
    } finally {
      ws.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
