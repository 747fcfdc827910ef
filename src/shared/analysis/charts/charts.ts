/**
 * Every chart of the Charts page from one scenario's cells (and, for the
 * delta, a second scenario's): what the page and the benchmark compute.
 */
import type { Catalog, Lens, MatrixCell } from '../../domain/types';
import { balanceData, type BalanceData } from './balance';
import { indexCells } from './cells';
import { deltaData, type DeltaData } from './delta';
import { heatmapData, type HeatmapData } from './heatmap';
import { mixData, type MixData } from './mix';
import { profileData, type ProfileData } from './profile';
import { quadrantData, type QuadrantData } from './quadrant';

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

export function chartsData(input: ChartsInput): ChartsData {
  const index = indexCells(input.cells);
  const { catalog, lens, delta } = input;
  return {
    heatmap: heatmapData(catalog, index, lens),
    mix: mixData(catalog, index, lens),
    profile: profileData(catalog, index, input.profileTypeIds),
    quadrant: quadrantData(catalog, index),
    balance: balanceData(catalog, index, lens),
    delta: delta && deltaData(catalog, indexCells(delta.fromCells), indexCells(delta.toCells), lens, { from: delta.fromName, to: delta.toName }),
  };
}
