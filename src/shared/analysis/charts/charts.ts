/**
 * Every chart of the Charts page from one scenario's cells (and, for the
 * delta, a second scenario's): what the page and the benchmark compute.
 */
import type { Catalog, Lens, ScenarioCell } from '../../domain/types';
import { indexCells } from './cells';
import { CHART_IDS, CHARTS, type ChartId, type ChartInput, type ChartResult } from './registry';

export interface ChartsInput {
  catalog: Pick<Catalog, 'phases' | 'channels' | 'customerTypes' | 'typologies'>;
  lens: Lens;
  /** matrix.scenarioCells of the scenario shown (every lens). */
  cells: readonly ScenarioCell[];
  /** The customer types overlaid on the radar. */
  profileTypeIds: readonly string[];
  /** The scenario pair of the delta; null when the workspace has fewer than two scenarios. */
  delta: { fromCells: readonly ScenarioCell[]; toCells: readonly ScenarioCell[]; fromName: string; toName: string } | null;
}

/** Every chart's data by id; a comparison is null without its pair. */
export type ChartsData = { [K in ChartId]: ChartResult<K> };

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
  // Built over the ids, so a new chart is computed here without a line of its own; the entries
  // pair each id with its own chart's result, which TypeScript cannot follow through fromEntries.
  return Object.fromEntries(CHART_IDS.map((id) => [id, CHARTS[id].data(chart)])) as ChartsData;
}
