/**
 * Every chart of the Charts page from one scenario's cells (and, for the
 * delta, a second scenario's): what the page and the benchmark compute.
 */
import type { Catalog, Lens, MatrixCell } from '../../domain/types';
import type { BalanceData } from './balance';
import { indexCells } from './cells';
import type { DeltaData } from './delta';
import type { HeatmapData } from './heatmap';
import type { MixData } from './mix';
import type { ProfileData } from './profile';
import type { QuadrantData } from './quadrant';
import { CHARTS, type ChartInput } from './registry';

export interface ChartsInput {
  catalog: Pick<Catalog, 'phases' | 'channels' | 'customerTypes' | 'typologies'>;
  lens: Lens;
  /** matrix.scenarioCells of the scenario shown (every lens). */
  cells: readonly MatrixCell[];
  /** The customer types overlaid on the radar. */
  profileTypeIds: readonly string[];
  /** The scenario pair of the delta; null when the workspace has fewer than two scenarios. */
  delta: { fromCells: readonly MatrixCell[]; toCells: readonly MatrixCell[]; fromName: string; toName: string } | null;
}

export interface ChartsData {
  heatmap: HeatmapData;
  mix: MixData;
  profile: ProfileData;
  quadrant: QuadrantData;
  balance: BalanceData;
  delta: DeltaData | null;
}

/** Every chart at once, each through its definition in the registry. */
export function chartsData(input: ChartsInput): ChartsData {
  const { catalog, lens, delta } = input;
  const chart: ChartInput = {
    catalog,
    index: indexCells(input.cells),
    lens,
    profileTypeIds: input.profileTypeIds,
    compare: delta && { from: indexCells(delta.fromCells), to: indexCells(delta.toCells), fromName: delta.fromName, toName: delta.toName },
  };
  return {
    heatmap: CHARTS.heatmap.data(chart),
    mix: CHARTS.mix.data(chart),
    profile: CHARTS.profile.data(chart),
    quadrant: CHARTS.quadrant.data(chart),
    balance: CHARTS.balance.data(chart),
    delta: CHARTS.delta.data(chart),
  };
}
