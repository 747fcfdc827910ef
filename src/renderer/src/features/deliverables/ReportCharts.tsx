/**
 * A chart in the report, for the scenario and lens its deck slide shows: its
 * reading first, then the picture, its legend and how to read it. Drawn at the
 * printed width, never the window's, so the heights measured on screen hold on
 * paper. The delta chart comes per phase and per channel.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { balanceData } from '@shared/analysis/charts/balance';
import { indexCells } from '@shared/analysis/charts/cells';
import { deltaData, type DeltaRow } from '@shared/analysis/charts/delta';
import { heatmapData } from '@shared/analysis/charts/heatmap';
import { mixData } from '@shared/analysis/charts/mix';
import { defaultProfileTypes, profileData } from '@shared/analysis/charts/profile';
import { quadrantData } from '@shared/analysis/charts/quadrant';
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
  switch (params.chartId) {
    case 'heatmap': {
      const data = heatmapData(catalog, index, params.lens);
      return (
        <ReportChart title={t('ui.charts.heatmap.title')} reading={reading(data.reading)} explain={t('ui.charts.heatmap.explain')}>
          <HeatmapChart data={data} texts={{ other }} width={CHART_PX} />
        </ReportChart>
      );
    }
    case 'mix': {
      const data = mixData(catalog, index, params.lens);
      const legend = mixSeriesStyles(data, { other }, highContrast).map(({ name: label, style }) => ({ label, style }));
      return (
        <ReportChart title={t('ui.charts.mix.title')} reading={reading(data.reading)} explain={t('ui.charts.mix.explain')} legend={legend}>
          <MixChart data={data} texts={{ other, weight }} width={CHART_PX} />
        </ReportChart>
      );
    }
    case 'balance': {
      const data = balanceData(catalog, index, params.lens);
      const online = t('ui.charts.balance.online');
      const offline = t('ui.charts.balance.offline');
      const legend = [
        { label: online, style: BALANCE_STYLES.online },
        { label: offline, style: BALANCE_STYLES.offline },
      ];
      return (
        <ReportChart title={t('ui.charts.balance.title')} reading={reading(data.reading)} explain={t('ui.charts.balance.explain')} legend={legend}>
          <BalanceChart data={data} texts={{ online, offline, weight }} width={CHART_PX} />
        </ReportChart>
      );
    }
    case 'profile': {
      const data = profileData(catalog, index, defaultProfileTypes(catalog));
      // Without customer types the radar has nothing to draw.
      if (data.series.length === 0) return <Block>{t('ui.charts.controls.noTypes')}</Block>;
      const legend = data.series.map((series, i) => ({ label: series.name, style: profileStyle(i), dash: profileStyle(i).dash }));
      return (
        <ReportChart title={t('ui.charts.profile.title')} reading={reading(data.reading)} explain={t('ui.charts.profile.explain')} legend={legend}>
          <ProfileRadar data={data} width={CHART_PX} />
        </ReportChart>
      );
    }
    case 'quadrant': {
      const data = quadrantData(catalog, index);
      const texts = {
        structured: t('ui.charts.quadrant.structured'),
        unstructured: t('ui.charts.quadrant.unstructured'),
        certain: t('ui.charts.quadrant.certain'),
        uncertain: t('ui.charts.quadrant.uncertain'),
      };
      return (
        <ReportChart title={t('ui.charts.quadrant.title')} reading={reading(data.reading)} explain={t('ui.charts.quadrant.explain')}>
          <QuadrantChart data={data} texts={texts} width={CHART_PX} />
        </ReportChart>
      );
    }
    case 'delta': {
      if (!toCells.data) return null;
      const from = name(params.scenarioId);
      const to = name(params.compareScenarioId);
      const data = deltaData(catalog, index, indexCells(toCells.data), params.lens, { from, to });
      return (
        <>
          <DeltaFigure title={t('ui.charts.delta.phaseTitle')} rows={data.phases} reading={data.reading} from={from} to={to} />
          <Block keep>
            <h3>{t('ui.charts.delta.channelTitle')}</h3>
          </Block>
          <DeltaFigure title={t('ui.charts.delta.channelTitle')} rows={data.channels} reading={data.reading} from={from} to={to} />
        </>
      );
    }
  }
}
