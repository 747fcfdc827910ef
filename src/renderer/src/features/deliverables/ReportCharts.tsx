/**
 * The charts in the report: every chart of the Charts page for the main
 * scenario and all customers, and the scenario delta, each on its own page
 * with its title, its reading and its explanation. They draw at the printed
 * width, never the window's, so the page numbers measured on screen hold on paper.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { balanceData } from '@shared/analysis/charts/balance';
import { indexCells, visibleSorted } from '@shared/analysis/charts/cells';
import { defaultDeltaPair, deltaData } from '@shared/analysis/charts/delta';
import { heatmapData } from '@shared/analysis/charts/heatmap';
import { mixData } from '@shared/analysis/charts/mix';
import { defaultProfileTypes, profileData } from '@shared/analysis/charts/profile';
import { quadrantData } from '@shared/analysis/charts/quadrant';
import type { Reading } from '@shared/analysis/charts/reading';
import type { Catalog, MatrixCell } from '@shared/domain/types';
import {
  BALANCE_STYLES,
  BalanceChart,
  DELTA_STYLES,
  DeltaChart,
  HeatmapChart,
  MixChart,
  mixSeriesStyles,
  ProfileRadar,
  profileStyle,
  QuadrantChart,
  type LegendItem,
} from '../charts';
import { ChartLegend } from '../charts/ChartLegend';
import { useScenarioCells } from '../matrix/scenarioCells';
import { readingText } from '../charts/readingText';
import { useChartEnv } from '../charts/useChartEnv';
import { PAGE_WIDTH_PX } from './pages';
import type { ReportSection } from './useReportSections';

const ALL = { kind: 'all' } as const;
/** Whole pixels: the chart layouts round, and a fraction would only blur the lines. */
const CHART_PX = Math.floor(PAGE_WIDTH_PX);

/** One chart as the report prints it: the reading first, then the picture, its legend and how to read it. */
function ReportChart(props: { title: string; reading: string; explain: string; legend?: readonly LegendItem[]; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure className="report__chart">
      <p className="report__reading">{props.reading}</p>
      <div className="report__plot" role="img" aria-label={t('ui.charts.card.image', { title: props.title, reading: props.reading })}>
        {props.children}
      </div>
      <ChartLegend items={props.legend ?? []} />
      <figcaption className="report__explain">{props.explain}</figcaption>
    </figure>
  );
}

const indexOf = (cells: readonly MatrixCell[] | undefined) => (cells ? indexCells(cells) : null);

/** The chart sections, in the order of the Charts page; empty until the cells have arrived. */
export function useChartSections(catalog: Catalog): { sections: ReportSection[]; loading: boolean } {
  const { t } = useTranslation();
  const scenarios = useMemo(() => visibleSorted(catalog.scenarios), [catalog.scenarios]);
  const main = scenarios[0] ?? null;
  const pair = defaultDeltaPair(catalog.scenarios);
  const cells = useScenarioCells(main?.id ?? null);
  const fromCells = useScenarioCells(pair?.from ?? null);
  const toCells = useScenarioCells(pair?.to ?? null);
  const other = useCallback((count: number) => t('ui.charts.other', { count }), [t]);
  const { highContrast } = useChartEnv();
  const reading = (r: Reading) => readingText(t, r);

  const index = useMemo(() => indexOf(cells.data), [cells.data]);
  const fromIndex = useMemo(() => indexOf(fromCells.data), [fromCells.data]);
  const toIndex = useMemo(() => indexOf(toCells.data), [toCells.data]);
  const fromName = scenarios.find((s) => s.id === pair?.from)?.name ?? '';
  const toName = scenarios.find((s) => s.id === pair?.to)?.name ?? '';
  const data = useMemo(
    () =>
      index && {
        heatmap: heatmapData(catalog, index, ALL),
        mix: mixData(catalog, index, ALL),
        balance: balanceData(catalog, index, ALL),
        profile: profileData(catalog, index, defaultProfileTypes(catalog)),
        quadrant: quadrantData(catalog, index),
      },
    [catalog, index],
  );
  const hasPair = pair !== null;
  const delta = useMemo(
    () => (hasPair && fromIndex && toIndex ? deltaData(catalog, fromIndex, toIndex, ALL, { from: fromName, to: toName }) : null),
    [catalog, hasPair, fromIndex, toIndex, fromName, toName],
  );

  if (!main || !data) return { sections: [], loading: main !== null };
  const loading = hasPair && !delta;
  const view = t('ui.deliverables.report.chartView', { scenario: main.name, lens: t('ui.matrix.lens.all') });
  const section = (id: string, title: string, body: ReactNode): ReportSection => ({
    id: `chart-${id}`,
    title: t('ui.deliverables.report.chart', { title, view }),
    body,
  });
  const weight = t('ui.charts.mix.weight');
  const online = t('ui.charts.balance.online');
  const offline = t('ui.charts.balance.offline');
  const quadrantTexts = {
    structured: t('ui.charts.quadrant.structured'),
    unstructured: t('ui.charts.quadrant.unstructured'),
    certain: t('ui.charts.quadrant.certain'),
    uncertain: t('ui.charts.quadrant.uncertain'),
  };
  const titles = {
    heatmap: t('ui.charts.heatmap.title'),
    mix: t('ui.charts.mix.title'),
    balance: t('ui.charts.balance.title'),
    profile: t('ui.charts.profile.title'),
    quadrant: t('ui.charts.quadrant.title'),
  };
  // Without customer types the radar has nothing to draw (it would ask to pick some): no page for it then.
  const profile =
    data.profile.series.length === 0
      ? []
      : [
          section(
            'profile',
            titles.profile,
            <ReportChart
              title={titles.profile}
              reading={reading(data.profile.reading)}
              explain={t('ui.charts.profile.explain')}
              legend={data.profile.series.map((series, i) => ({ label: series.name, style: profileStyle(i), dash: profileStyle(i).dash }))}
            >
              <ProfileRadar data={data.profile} width={CHART_PX} />
            </ReportChart>,
          ),
        ];
  const sections: ReportSection[] = [
    section(
      'heatmap',
      titles.heatmap,
      <ReportChart title={titles.heatmap} reading={reading(data.heatmap.reading)} explain={t('ui.charts.heatmap.explain')}>
        <HeatmapChart data={data.heatmap} texts={{ other }} width={CHART_PX} />
      </ReportChart>,
    ),
    section(
      'mix',
      titles.mix,
      <ReportChart
        title={titles.mix}
        reading={reading(data.mix.reading)}
        explain={t('ui.charts.mix.explain')}
        legend={mixSeriesStyles(data.mix, { other }, highContrast).map(({ name, style }) => ({ label: name, style }))}
      >
        <MixChart data={data.mix} texts={{ other, weight }} width={CHART_PX} />
      </ReportChart>,
    ),
    section(
      'balance',
      titles.balance,
      <ReportChart
        title={titles.balance}
        reading={reading(data.balance.reading)}
        explain={t('ui.charts.balance.explain')}
        legend={[
          { label: online, style: BALANCE_STYLES.online },
          { label: offline, style: BALANCE_STYLES.offline },
        ]}
      >
        <BalanceChart data={data.balance} texts={{ online, offline, weight }} width={CHART_PX} />
      </ReportChart>,
    ),
    ...profile,
    section(
      'quadrant',
      titles.quadrant,
      <ReportChart title={titles.quadrant} reading={reading(data.quadrant.reading)} explain={t('ui.charts.quadrant.explain')}>
        <QuadrantChart data={data.quadrant} texts={quadrantTexts} width={CHART_PX} />
      </ReportChart>,
    ),
  ];
  if (delta) {
    const legend = [
      { label: fromName, style: DELTA_STYLES.from },
      { label: toName, style: DELTA_STYLES.to },
    ];
    const texts = { from: fromName, to: toName, weight, other };
    const deltaView = t('ui.deliverables.report.deltaView', { from: fromName, to: toName });
    const deltaSection = (id: string, title: string, rows: typeof delta.phases): ReportSection => ({
      id: `chart-${id}`,
      title: t('ui.deliverables.report.chart', { title, view: deltaView }),
      body: (
        <ReportChart title={title} reading={reading(delta.reading)} explain={t('ui.charts.delta.explain')} legend={legend}>
          <DeltaChart rows={rows} texts={texts} width={CHART_PX} />
        </ReportChart>
      ),
    });
    sections.push(deltaSection('delta-phases', t('ui.charts.delta.phaseTitle'), delta.phases), deltaSection('delta-channels', t('ui.charts.delta.channelTitle'), delta.channels));
  }
  return { sections, loading };
}
