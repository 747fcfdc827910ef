/**
 * The renderer's side of the chart registry (shared/analysis/charts/registry.ts):
 * for every chart id, the card the Charts page and the slides show, and what
 * the printed report draws. Keyed by ChartId, so a chart added to the registry
 * without its views fails the typecheck; nothing else in the renderer asks
 * which chart it holds.
 */
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { CHARTS, type ChartDataById, type ChartId, type ChartTexts, type LegendEntry } from '@shared/analysis/charts/registry';
import { quadrantTexts, readingText } from '@shared/analysis/charts/views';
import { BalanceChart } from './BalanceChart';
import { DeltaCards } from './DeltaCards';
import { DeltaChart } from './DeltaChart';
import { HeatmapChart } from './HeatmapChart';
import { BalanceCard, HeatmapCard, MixCard } from './MatrixCards';
import { MixChart } from './MixChart';
import { ProfileRadar } from './ProfileRadar';
import { QuadrantChart } from './QuadrantChart';
import { ProfileCard, QuadrantCard } from './SegmentCards';
// Its own styles: the report and slides draw these charts without the Charts page (each page is its own chunk).
import './charts.css';

export interface ChartCardContext {
  /** "As-is, All customers": what the card says it shows, and names its exported files. */
  view: string;
  lensName: string;
  /** The delta's two scenarios. */
  fromName: string;
  toName: string;
  /** Controls of the chart's own (the radar's customer types on the Charts page). */
  controls?: ReactNode;
}

/** One printed figure: the report frames it (reading, picture, legend, explanation) and keeps it on one page. */
export interface PrintedFigure {
  title: string;
  reading: string;
  explain: string;
  legend: readonly LegendEntry[];
  plot: ReactNode;
}

/** What the report lends a chart to print itself: its translator and texts, the printed width and its frames. */
export interface ChartPrintContext {
  t: TFunction;
  texts: ChartTexts;
  /** The printed width in whole pixels. */
  width: number;
  other: (count: number) => string;
  figure: (figure: PrintedFigure) => ReactNode;
  /** A heading between two figures of one chart (the delta per phase, then per channel). */
  heading: (text: string) => ReactNode;
  /** A line in place of a chart that has nothing to draw. */
  note: (text: string) => ReactNode;
}

export interface ChartView<K extends ChartId> {
  card: (data: ChartDataById[K], ctx: ChartCardContext) => ReactNode;
  print: (data: ChartDataById[K], ctx: ChartPrintContext) => ReactNode;
}

/** The figure of a chart with one picture: title, explanation and legend from the registry, the reading from its data. */
function single<K extends ChartId>(id: K, data: ChartDataById[K], ctx: ChartPrintContext, plot: ReactNode): ReactNode {
  const { t } = ctx;
  const spec = CHARTS[id];
  return ctx.figure({ title: t(spec.titleKey), explain: t(spec.explainKey), reading: readingText(t, data.reading), legend: spec.legend(data, ctx.texts), plot });
}

export const CHART_VIEWS: { readonly [K in ChartId]: ChartView<K> } = {
  heatmap: {
    card: (data, ctx) => <HeatmapCard data={data} view={ctx.view} />,
    print: (data, ctx) => single('heatmap', data, ctx, <HeatmapChart data={data} texts={{ other: ctx.other }} width={ctx.width} />),
  },
  mix: {
    card: (data, ctx) => <MixCard data={data} view={ctx.view} />,
    print: (data, ctx) => single('mix', data, ctx, <MixChart data={data} texts={{ other: ctx.other, weight: ctx.t('ui.charts.mix.weight') }} width={ctx.width} />),
  },
  balance: {
    card: (data, ctx) => <BalanceCard data={data} view={ctx.view} />,
    print: (data, ctx) => {
      const { t } = ctx;
      const texts = { online: t('ui.charts.balance.online'), offline: t('ui.charts.balance.offline'), weight: t('ui.charts.mix.weight') };
      return single('balance', data, ctx, <BalanceChart data={data} texts={texts} width={ctx.width} />);
    },
  },
  profile: {
    card: (data, ctx) => <ProfileCard data={data} view={ctx.view} controls={ctx.controls ?? null} />,
    // Without customer types the radar has nothing to draw.
    print: (data, ctx) => (data.series.length === 0 ? ctx.note(ctx.t('ui.charts.controls.noTypes')) : single('profile', data, ctx, <ProfileRadar data={data} width={ctx.width} />)),
  },
  quadrant: {
    card: (data, ctx) => <QuadrantCard data={data} view={ctx.view} />,
    print: (data, ctx) => single('quadrant', data, ctx, <QuadrantChart data={data} texts={quadrantTexts(ctx.t)} width={ctx.width} />),
  },
  delta: {
    card: (data, ctx) => <DeltaCards data={data} fromName={ctx.fromName} toName={ctx.toName} lensName={ctx.lensName} />,
    print: (data, ctx) => (
      <>
        {printDelta(ctx, ctx.t(CHARTS.delta.titleKey), data.phases, data)}
        {ctx.heading(ctx.t('ui.charts.delta.channelTitle'))}
        {printDelta(ctx, ctx.t('ui.charts.delta.channelTitle'), data.channels, data)}
      </>
    ),
  },
};

/** One part of the delta (per phase or per channel) as a printed figure. */
export function printDelta(ctx: Pick<ChartPrintContext, 't' | 'texts' | 'width' | 'other' | 'figure'>, title: string, rows: ChartDataById['delta']['phases'], data: ChartDataById['delta']): ReactNode {
  const { t, texts } = ctx;
  const plot = <DeltaChart rows={rows} texts={{ from: texts.fromName, to: texts.toName, weight: t('ui.charts.mix.weight'), other: ctx.other }} width={ctx.width} />;
  return ctx.figure({ title, reading: readingText(t, data.reading), explain: t(CHARTS.delta.explainKey), legend: CHARTS.delta.legend(data, texts), plot });
}

/** One chart's card from its id and data; the generic call the mapped type cannot express inline. */
export function chartCard<K extends ChartId>(id: K, data: ChartDataById[K], ctx: ChartCardContext): ReactNode {
  const view: ChartView<K> = CHART_VIEWS[id];
  return view.card(data, ctx);
}

/** One chart as the report prints it. */
export function chartPrint<K extends ChartId>(id: K, data: ChartDataById[K], ctx: ChartPrintContext): ReactNode {
  const view: ChartView<K> = CHART_VIEWS[id];
  return view.print(data, ctx);
}
