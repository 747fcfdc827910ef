import type { ReactNode } from 'react';
import type { ChartDataById, ChartId } from '@shared/analysis/charts/registry';
import { DeltaCards } from './DeltaCards';
import { BalanceCard, HeatmapCard, MixCard } from './MatrixCards';
import { ProfileCard, QuadrantCard } from './SegmentCards';

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

/**
 * Every chart as its card, by id: the one place that knows which component
 * draws which chart (the Charts page lays them out with its own controls; a
 * slide draws one of them through here).
 */
export const CHART_CARDS: { readonly [K in ChartId]: (data: ChartDataById[K], ctx: ChartCardContext) => ReactNode } = {
  heatmap: (data, ctx) => <HeatmapCard data={data} view={ctx.view} />,
  mix: (data, ctx) => <MixCard data={data} view={ctx.view} />,
  balance: (data, ctx) => <BalanceCard data={data} view={ctx.view} />,
  profile: (data, ctx) => <ProfileCard data={data} view={ctx.view} controls={ctx.controls ?? null} />,
  quadrant: (data, ctx) => <QuadrantCard data={data} view={ctx.view} />,
  delta: (data, ctx) => <DeltaCards data={data} fromName={ctx.fromName} toName={ctx.toName} lensName={ctx.lensName} />,
};

/** One chart's card from its id and data; the generic call the mapped type cannot express inline. */
export function chartCard<K extends ChartId>(id: K, data: ChartDataById[K], ctx: ChartCardContext): ReactNode {
  const draw: (data: ChartDataById[K], ctx: ChartCardContext) => ReactNode = CHART_CARDS[id];
  return draw(data, ctx);
}
