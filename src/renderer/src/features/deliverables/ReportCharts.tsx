/**
 * A chart in the report, for the scenario and lens its deck slide shows: its
 * reading first, then the picture, its legend and how to read it. Drawn at the
 * printed width, never the window's, so the heights measured on screen hold on
 * paper. The delta chart comes per phase and per channel.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { indexCells } from '@shared/analysis/charts/cells';
import type { DeltaRow } from '@shared/analysis/charts/delta';
import { defaultProfileTypes } from '@shared/analysis/charts/profile';
import { CHARTS, chartData, type ChartInput } from '@shared/analysis/charts/registry';
import type { Reading } from '@shared/analysis/charts/reading';
import type { Catalog } from '@shared/domain/types';
import type { SlideParams } from '@shared/present/deck';
import { BALANCE_STYLES, BalanceChart, DELTA_STYLES, DeltaChart, HeatmapChart, MixChart, mixSeriesStyles, ProfileRadar, profileStyle, QuadrantChart, type LegendItem } from '../charts';
import { ChartLegend } from '../charts/ChartLegend';
import { readingText } from '../charts/readingText';
import { useChartEnv } from '../charts/useChartEnv';
import { useScenarioCells } from '../matrix/scenarioCells';
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
        <ChartLegend items={props.legend ?? []} />
        <figcaption className="report__explain">{props.explain}</figcaption>
      </figure>
    </Block>
  );
}

/** The delta chart of two scenarios, per phase or per channel. */
export function DeltaFigure({ title, rows, reading, from, to }: { title: string; rows: readonly DeltaRow[]; reading: Reading; from: string; to: string }) {
  const { t } = useTranslation();
  const other = useCallback((count: number) => t('ui.charts.other', { count }), [t]);
  const legend = [
    { label: from, style: DELTA_STYLES.from },
    { label: to, style: DELTA_STYLES.to },
  ];
  return (
    <ReportChart title={title} reading={readingText(t, reading)} explain={t('ui.charts.delta.explain')} legend={legend}>
      <DeltaChart rows={rows} texts={{ from, to, weight: t('ui.charts.mix.weight'), other }} width={CHART_PX} />
    </ReportChart>
  );
}

export function ChartSection({ catalog, params }: { catalog: Catalog; params: ChartParams }) {
  const { t } = useTranslation();
  const { highContrast } = useChartEnv();
  const isDelta = params.chartId === 'delta';
  const cells = useScenarioCells(params.scenarioId);
  const toCells = useScenarioCells(isDelta ? params.compareScenarioId : null);
  const other = useCallback((count: number) => t('ui.charts.other', { count }), [t]);
  const index = useMemo(() => (cells.data ? indexCells(cells.data) : null), [cells.data]);
  const state = loadState(cells, ...(isDelta ? [toCells] : []));
  if (state || !index) return state;
  const name = (id: string | null) => catalog.scenarios.find((s) => s.id === id)?.name ?? '';
  const weight = t('ui.charts.mix.weight');
  const reading = (r: Reading) => readingText(t, r);
  // Title, explanation and data from the chart registry, as every other surface draws them.
  const spec = CHARTS[params.chartId];
  const head = { title: t(spec.titleKey), explain: t(spec.explainKey) };
  const input: ChartInput = { catalog, index, lens: params.lens, profileTypeIds: defaultProfileTypes(catalog), compare: null };
  switch (params.chartId) {
    case 'heatmap': {
      const data = chartData('heatmap', input);
      return (
        <ReportChart {...head} reading={reading(data.reading)}>
          <HeatmapChart data={data} texts={{ other }} width={CHART_PX} />
        </ReportChart>
      );
    }
    case 'mix': {
      const data = chartData('mix', input);
      const legend = mixSeriesStyles(data, { other }, highContrast).map(({ name: label, style }) => ({ label, style }));
      return (
        <ReportChart {...head} reading={reading(data.reading)} legend={legend}>
          <MixChart data={data} texts={{ other, weight }} width={CHART_PX} />
        </ReportChart>
      );
    }
    case 'balance': {
      const data = chartData('balance', input);
      const online = t('ui.charts.balance.online');
      const offline = t('ui.charts.balance.offline');
      const legend = [
        { label: online, style: BALANCE_STYLES.online },
        { label: offline, style: BALANCE_STYLES.offline },
      ];
      return (
        <ReportChart {...head} reading={reading(data.reading)} legend={legend}>
          <BalanceChart data={data} texts={{ online, offline, weight }} width={CHART_PX} />
        </ReportChart>
      );
    }
    case 'profile': {
      const data = chartData('profile', input);
      // Without customer types the radar has nothing to draw.
      if (data.series.length === 0) return <Block>{t('ui.charts.controls.noTypes')}</Block>;
      const legend = data.series.map((series, i) => ({ label: series.name, style: profileStyle(i), dash: profileStyle(i).dash }));
      return (
        <ReportChart {...head} reading={reading(data.reading)} legend={legend}>
          <ProfileRadar data={data} width={CHART_PX} />
        </ReportChart>
      );
    }
    case 'quadrant': {
      const data = chartData('quadrant', input);
      const texts = {
        structured: t('ui.charts.quadrant.structured'),
        unstructured: t('ui.charts.quadrant.unstructured'),
        certain: t('ui.charts.quadrant.certain'),
        uncertain: t('ui.charts.quadrant.uncertain'),
      };
      return (
        <ReportChart {...head} reading={reading(data.reading)}>
          <QuadrantChart data={data} texts={texts} width={CHART_PX} />
        </ReportChart>
      );
    }
    case 'delta': {
      if (!toCells.data) return null;
      const from = name(params.scenarioId);
      const to = name(params.compareScenarioId);
      const data = chartData('delta', { ...input, compare: { from: index, to: indexCells(toCells.data), fromName: from, toName: to } });
      if (!data) return null;
      return (
        <>
          <DeltaFigure title={head.title} rows={data.phases} reading={data.reading} from={from} to={to} />
          <Block keep>
            <h3>{t('ui.charts.delta.channelTitle')}</h3>
          </Block>
          <DeltaFigure title={t('ui.charts.delta.channelTitle')} rows={data.channels} reading={data.reading} from={from} to={to} />
        </>
      );
    }
  }
}
