import type { Catalog, Lens } from '../../domain/types';
import { argMax, pick, roleGrid, sum, visibleChannels, visiblePhases, type AxisItem, type CellIndex } from './cells';
import { DRAW_BUDGET, foldByWeight } from './downsample';
import { reading, type Reading } from './reading';

export interface HeatmapColumn extends AxisItem {
  /** 0 for a channel; n for the "Other (n)" column that folds n channels. */
  folded: number;
}

export interface HeatmapData {
  phases: AxisItem[];
  columns: HeatmapColumn[];
  /**
   * [phase][column]: the role 0-3, null when not set. The "Other" column holds
   * the mean role weight of the channels it folds, to one decimal.
   */
  values: (number | null)[][];
  /** Cells with a role (any, also none) and all cells, over the visible phases and channels. */
  setCells: number;
  totalCells: number;
  reading: Reading;
}

export const OTHER_ID = '__other__';

/** The matrix of one scenario and lens as a heatmap, channels past the budget folded into "Other (n)". */
export function heatmapData(catalog: Pick<Catalog, 'phases' | 'channels'>, index: CellIndex, lens: Lens, budget = DRAW_BUDGET): HeatmapData {
  const phases = visiblePhases(catalog).map(pick);
  const channels = visibleChannels(catalog).map(pick);
  const roles = roleGrid(index, lens, phases, channels);
  const channelWeight = channels.map((_, c) => sum(roles.map((row) => row[c] ?? 0)));
  const { kept, folded } = foldByWeight(
    channels.map((channel, c) => ({ channel, c })),
    (item) => channelWeight[item.c]!,
    budget,
  );
  const columns: HeatmapColumn[] = kept.map(({ channel }) => ({ ...channel, folded: 0 }));
  if (folded.length > 0) columns.push({ id: OTHER_ID, name: '', folded: folded.length });
  const values = roles.map((row) => {
    const shown: (number | null)[] = kept.map(({ c }) => row[c] ?? null);
    if (folded.length > 0) {
      const set = folded.map(({ c }) => row[c]).filter((role) => role !== null && role !== undefined);
      shown.push(set.length === 0 ? null : Math.round((sum(set) / folded.length) * 10) / 10);
    }
    return shown;
  });

  const setCells = sum(roles.map((row) => row.filter((role) => role !== null).length));
  const totalCells = phases.length * channels.length;
  return { phases, columns, values, setCells, totalCells, reading: readHeatmap(phases, roles, setCells, totalCells) };
}

function readHeatmap(phases: AxisItem[], roles: (number | null)[][], setCells: number, totalCells: number): Reading {
  if (totalCells === 0) return reading('heatmap.noAxes');
  if (setCells === 0) return reading('heatmap.empty');
  const phaseWeight = roles.map((row) => sum(row.map((role) => role ?? 0)));
  if (sum(phaseWeight) === 0) return reading('heatmap.allNone', { set: setCells });
  const leads = sum(roles.map((row) => row.filter((role) => role === 3).length));
  return reading('heatmap.summary', { set: setCells, total: totalCells, leads, phase: phases[argMax(phaseWeight)]!.name });
}
