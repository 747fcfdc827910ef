/**
 * The charts, defined once: for each chart its title and explanation (i18n
 * keys), whether it looks through a lens or compares two scenarios, how its
 * data is computed, its legend (which colour of palette.ts stands for what)
 * and its accessible table. The Charts page, present mode's slides and
 * dialogs, the PDF report and the PPTX take these from here, so a chart is
 * titled, computed, coloured and offered the same way on every surface. Each
 * chart's reading is part of its data (`data.reading`, in words through
 * views.ts readingText). What draws a chart is per surface and keyed by the
 * same ids: the renderer's CHART_VIEWS (features/charts/chartViews.tsx) and
 * the PPTX's PPTX_CHARTS (core/deliverables/pptx-chart-drawers.ts); a chart
 * missing from either fails the typecheck.
 */
import type { Catalog, Lens } from '../../domain/types';
import type { TKey } from '../../i18n/keys';
import { balanceData, type BalanceData } from './balance';
import { visibleSorted, type CellIndex } from './cells';
import { deltaData, type DeltaData } from './delta';
import { heatmapData, type HeatmapData } from './heatmap';
import { mixData, type MixData } from './mix';
import { profileData, type ProfileData } from './profile';
import { quadrantData, type QuadrantData } from './quadrant';
import type { Reading } from './reading';
import {
  balanceLegend,
  balanceTable,
  deltaLegend,
  deltaPhaseTable,
  heatmapTable,
  mixLegend,
  mixTable,
  NO_LEGEND,
  otherText,
  profileLegend,
  profileTable,
  quadrantTable,
  type ChartTexts,
  type LegendEntry,
  type TableData,
} from './views';

/** The charts, in the Charts page's order: adding one here makes every table keyed by chart id below (and the renderer's and PPTX's) demand its entry. */
export const CHART_IDS = ['heatmap', 'mix', 'profile', 'quadrant', 'balance', 'delta'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface ChartDataById {
  heatmap: HeatmapData;
  mix: MixData;
  profile: ProfileData;
  quadrant: QuadrantData;
  balance: BalanceData;
  delta: DeltaData;
}

/** A chart's one-line reading; compiles only while every chart's data carries one. */
export const chartReading = <K extends ChartId>(data: ChartDataById[K]): Reading => data.reading;

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

/** What decides which lenses a chart reads. */
export type LensesInput = Pick<ChartInput, 'catalog' | 'lens' | 'profileTypeIds'>;

/** The chosen lens: what a chart that looks through it reads. */
const chosenLens = ({ lens }: LensesInput): Lens[] => [lens];

export interface ChartDefinition<K extends ChartId> {
  id: K;
  /** i18n key of the title (the delta has a title per part; this is its per-phase one). */
  titleKey: TKey;
  explainKey: TKey;
  /** Whether the chart looks through a lens: the radar and the quadrant show every customer type and typology at once. */
  lensed: boolean;
  /** Whether it compares two scenarios (its slide names a second one). */
  compares: boolean;
  /** Whether it has nothing to draw without visible customer types (the report then leaves it out). */
  needsCustomerTypes: boolean;
  /**
   * The lenses its data reads besides "all customers" (which every lens
   * inherits from): a reader may load only these. The core's charts.data does:
   * a scenario of the benchmark workspace is 40 lenses, a chart reads 1 to 14.
   */
  lenses(input: LensesInput): Lens[];
  data(input: ChartInput): ChartResult<K>;
  /** The legend: the chart's palette as it is drawn (empty where the picture labels itself). */
  legend(data: ChartDataById[K], texts: ChartTexts): readonly LegendEntry[];
  /** The numbers behind the picture, for "Show data" and screen readers (the delta's per-phase part). */
  table(data: ChartDataById[K], texts: ChartTexts): TableData;
}

export const CHARTS: { readonly [K in ChartId]: ChartDefinition<K> } = {
  heatmap: {
    id: 'heatmap',
    titleKey: 'ui.charts.heatmap.title',
    explainKey: 'ui.charts.heatmap.explain',
    lensed: true,
    compares: false,
    needsCustomerTypes: false,
    lenses: chosenLens,
    data: ({ catalog, index, lens }) => heatmapData(catalog, index, lens),
    legend: () => NO_LEGEND,
    table: (data, { t }) => heatmapTable(data, t),
  },
  mix: {
    id: 'mix',
    titleKey: 'ui.charts.mix.title',
    explainKey: 'ui.charts.mix.explain',
    lensed: true,
    compares: false,
    needsCustomerTypes: false,
    lenses: chosenLens,
    data: ({ catalog, index, lens }) => mixData(catalog, index, lens),
    legend: (data, { t, highContrast }) => mixLegend(data, (count) => otherText(t, count), highContrast),
    table: (data, texts) => mixTable(data, texts),
  },
  profile: {
    id: 'profile',
    titleKey: 'ui.charts.profile.title',
    explainKey: 'ui.charts.profile.explain',
    lensed: false,
    compares: false,
    needsCustomerTypes: true,
    lenses: ({ profileTypeIds }) => profileTypeIds.map((id) => ({ kind: 'customerType', id })),
    data: ({ catalog, index, profileTypeIds }) => profileData(catalog, index, profileTypeIds),
    legend: (data) => profileLegend(data),
    table: (data, { t }) => profileTable(data, t),
  },
  quadrant: {
    id: 'quadrant',
    titleKey: 'ui.charts.quadrant.title',
    explainKey: 'ui.charts.quadrant.explain',
    lensed: false,
    compares: false,
    needsCustomerTypes: false,
    lenses: ({ catalog }) => visibleSorted(catalog.typologies).map(({ id }) => ({ kind: 'typology', id })),
    data: ({ catalog, index }) => quadrantData(catalog, index),
    legend: () => NO_LEGEND,
    table: (data, { t }) => quadrantTable(data, t),
  },
  balance: {
    id: 'balance',
    titleKey: 'ui.charts.balance.title',
    explainKey: 'ui.charts.balance.explain',
    lensed: true,
    compares: false,
    needsCustomerTypes: false,
    lenses: chosenLens,
    data: ({ catalog, index, lens }) => balanceData(catalog, index, lens),
    legend: (_data, { t }) => balanceLegend(t),
    table: (data, { t }) => balanceTable(data, t),
  },
  delta: {
    id: 'delta',
    titleKey: 'ui.charts.delta.phaseTitle',
    explainKey: 'ui.charts.delta.explain',
    lensed: true,
    compares: true,
    needsCustomerTypes: false,
    lenses: chosenLens,
    data: ({ catalog, lens, compare }) => compare && deltaData(catalog, compare.from, compare.to, lens, { from: compare.fromName, to: compare.toName }),
    legend: (_data, texts) => deltaLegend(texts),
    table: (data, texts) => deltaPhaseTable(data, texts),
  },
};

export const chartDefinition = <K extends ChartId>(id: K): ChartDefinition<K> => CHARTS[id];

/** A chart's data through its definition. */
export const chartData = <K extends ChartId>(id: K, input: ChartInput): ChartResult<K> => CHARTS[id].data(input);

export type { ChartTexts, LegendEntry, TableData };
