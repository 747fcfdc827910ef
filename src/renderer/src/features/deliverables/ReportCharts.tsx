/**
 * A chart in the report, for the scenario and lens its deck slide shows: its
 * reading first, then the picture, its legend and how to read it. Drawn at the
 * printed width, never the window's, so the heights measured on screen hold on
 * paper. What each chart prints is its entry in the renderer's chart registry
 * (charts/chartViews.tsx); this file lends it the report's frames.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { indexCells } from '@shared/analysis/charts/cells';
import type { DeltaData } from '@shared/analysis/charts/delta';
import { defaultProfileTypes } from '@shared/analysis/charts/profile';
import { CHARTS, chartData, type ChartTexts } from '@shared/analysis/charts/registry';
import type { Catalog } from '@shared/domain/types';
import type { SlideParams } from '@shared/present/deck';
import type { LegendItem } from '../charts';
import { ChartLegend, chartPrint, printDelta, type ChartPrintContext, type PrintedFigure, useChartEnv } from '../charts';
import { useScenarioCells } from '../matrix';
import { PAGE_WIDTH_PX } from './pages';
import { Block, loadState } from './ReportBlock';

/** Whole pixels: the chart layouts round, and a fraction would only blur the lines. */
export const CHART_PX = Math.floor(PAGE_WIDTH_PX);

type ChartParams = Extract<SlideParams, { kind: 'chart' }>;

/** One chart as the report prints it; one block, never split over two pages. */
export function ReportChart(props: { title: string; reading: string; explain: string; legend?: readonly LegendItem[]; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Block>
      <figure className="report__chart">
        <p className="report__reading">{props.reading}</p>
        <div className="report__plot" role="img" aria-label={t('ui.charts.card.image', { title: props.title, reading: props.reading })}>
          {props.children}
        </div>
        <ChartLegend items={props.legend ?? []} label={t('ui.charts.card.legend')} />
        <figcaption className="report__explain">{props.explain}</figcaption>
      </figure>
    </Block>
  );
}

/** The report's frames for the registry's print entries. */
function usePrintContext(fromName: string, toName: string): ChartPrintContext {
  const { t } = useTranslation();
  const { highContrast } = useChartEnv();
  const other = useCallback((count: number) => t('ui.charts.other', { count }), [t]);
  const texts: ChartTexts = { t, highContrast, fromName, toName };
  return {
    t,
    texts,
    width: CHART_PX,
    other,
    figure: ({ plot, ...figure }: PrintedFigure) => <ReportChart {...figure}>{plot}</ReportChart>,
    heading: (text) => (
      <Block keep>
        <h3>{text}</h3>
      </Block>
    ),
    note: (text) => <Block>{text}</Block>,
  };
}

/** The delta chart of two scenarios per phase (the scenario change section shows it under its words). */
export function DeltaFigure({ data, from, to }: { data: DeltaData; from: string; to: string }) {
  const ctx = usePrintContext(from, to);
  return printDelta(ctx, ctx.t(CHARTS.delta.titleKey), data.phases, data);
}

export function ChartSection({ catalog, params }: { catalog: Catalog; params: ChartParams }) {
  const { chartId } = params;
  const { compares } = CHARTS[chartId];
  const cells = useScenarioCells(params.scenarioId);
  const toCells = useScenarioCells(compares ? params.compareScenarioId : null);
  const name = (id: string | null) => catalog.scenarios.find((s) => s.id === id)?.name ?? '';
  const from = name(params.scenarioId);
  const to = name(params.compareScenarioId);
  const ctx = usePrintContext(from, to);
  const index = useMemo(() => (cells.data ? indexCells(cells.data) : null), [cells.data]);
  const state = loadState(cells, ...(compares ? [toCells] : []));
  if (state || !index) return state;
  if (compares && !toCells.data) return null;
  const compare = compares && toCells.data ? { from: index, to: indexCells(toCells.data), fromName: from, toName: to } : null;
  // Data from the chart registry, as every other surface computes it; a comparison without its pair draws nothing.
  const data = chartData(chartId, { catalog, index, lens: params.lens, profileTypeIds: defaultProfileTypes(catalog), compare });
  return data === null ? null : chartPrint(chartId, data, ctx);
}
