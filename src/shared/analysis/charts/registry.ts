/**
 * The charts, defined once: for each chart its title and explanation (i18n
 * keys), whether it looks through a lens or compares two scenarios, and how its
 * data is computed. The Charts page, present mode's slides and dialogs, the
 * PDF report and the PPTX take these from here, so a chart is titled, computed
 * and offered the same way on every surface. Each chart's reading is part of
 * its data (`data.reading`); its colours are in palette.ts.
 */
import type { Catalog, Lens } from '../../domain/types';
import { CHART_IDS, type ChartId } from '../../present/slide-keys';
import { balanceData, type BalanceData } from './balance';
import type { CellIndex } from './cells';
import { deltaData, type DeltaData } from './delta';
import { heatmapData, type HeatmapData } from './heatmap';
import { mixData, type MixData } from './mix';
import { profileData, type ProfileData } from './profile';
import { quadrantData, type QuadrantData } from './quadrant';

export { CHART_IDS, type ChartId };

export interface ChartDataById {
  heatmap: HeatmapData;
  mix: MixData;
  profile: ProfileData;
  quadrant: QuadrantData;
  balance: BalanceData;
  delta: DeltaData;
}

/** What a chart's data function answers: a comparison is null without its pair. */
export type ChartResult<K extends ChartId> = K extends 'delta' ? ChartDataById[K] | null : ChartDataById[K];

export interface ChartInput {
  catalog: Pick<Catalog, 'phases' | 'channels' | 'customerTypes' | 'typologies'>;
  /** The scenario shown, indexed (indexCells of matrix.scenarioCells). */
  index: CellIndex;
  lens: Lens;
  /** The customer types overlaid on the radar. */
  profileTypeIds: readonly string[];
  /** The delta's scenario pair; `index` is not read by the delta. */
  compare: { from: CellIndex; to: CellIndex; fromName: string; toName: string } | null;
}

export interface ChartDefinition<K extends ChartId> {
  id: K;
  /** i18n key of the title (the delta has a title per part; this is its per-phase one). */
  titleKey: string;
  explainKey: string;
  /** Whether the chart looks through a lens: the radar and the quadrant show every customer type and typology at once. */
  lensed: boolean;
  /** Whether it compares two scenarios. */
  compares: boolean;
  data(input: ChartInput): ChartResult<K>;
}

export const CHARTS: { readonly [K in ChartId]: ChartDefinition<K> } = {
  heatmap: {
    id: 'heatmap',
    titleKey: 'ui.charts.heatmap.title',
    explainKey: 'ui.charts.heatmap.explain',
    lensed: true,
    compares: false,
    data: ({ catalog, index, lens }) => heatmapData(catalog, index, lens),
  },
  mix: {
    id: 'mix',
    titleKey: 'ui.charts.mix.title',
    explainKey: 'ui.charts.mix.explain',
    lensed: true,
    compares: false,
    data: ({ catalog, index, lens }) => mixData(catalog, index, lens),
  },
  profile: {
    id: 'profile',
    titleKey: 'ui.charts.profile.title',
    explainKey: 'ui.charts.profile.explain',
    lensed: false,
    compares: false,
    data: ({ catalog, index, profileTypeIds }) => profileData(catalog, index, profileTypeIds),
  },
  quadrant: {
    id: 'quadrant',
    titleKey: 'ui.charts.quadrant.title',
    explainKey: 'ui.charts.quadrant.explain',
    lensed: false,
    compares: false,
    data: ({ catalog, index }) => quadrantData(catalog, index),
  },
  balance: {
    id: 'balance',
    titleKey: 'ui.charts.balance.title',
    explainKey: 'ui.charts.balance.explain',
    lensed: true,
    compares: false,
    data: ({ catalog, index, lens }) => balanceData(catalog, index, lens),
  },
  delta: {
    id: 'delta',
    titleKey: 'ui.charts.delta.phaseTitle',
    explainKey: 'ui.charts.delta.explain',
    lensed: true,
    compares: true,
    data: ({ catalog, lens, compare }) => compare && deltaData(catalog, compare.from, compare.to, lens, { from: compare.fromName, to: compare.toName }),
  },
};

export const chartDefinition = <K extends ChartId>(id: K): ChartDefinition<K> => CHARTS[id];

/** A chart's data through its definition. */
export const chartData = <K extends ChartId>(id: K, input: ChartInput): ChartResult<K> => CHARTS[id].data(input);
