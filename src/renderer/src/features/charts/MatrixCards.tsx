/** The cards drawn from one scenario in one lens: heatmap, channel mix, online/offline balance. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BalanceData } from '@shared/analysis/charts/balance';
import type { HeatmapData } from '@shared/analysis/charts/heatmap';
import type { MixData } from '@shared/analysis/charts/mix';
import { BALANCE_STYLES, BalanceChart } from './BalanceChart';
import { ChartCard } from './ChartCard';
import { HeatmapChart, layoutHeatmap } from './HeatmapChart';
import { MixChart, mixSeriesStyles } from './MixChart';
import { readingText } from './readingText';
import { useChartEnv } from './useChartEnv';

interface CardProps<T> {
  data: T;
  /** "As-is, All customers": names the exported files. */
  view: string;
}

/** "Other (n)", stable while the language is, so the memoised charts keep their drawing. */
function useOther(): (count: number) => string {
  const { t } = useTranslation();
  return useCallback((count: number) => t('ui.charts.other', { count }), [t]);
}

export function HeatmapCard({ data, view }: CardProps<HeatmapData>) {
  const { t } = useTranslation();
  const { scale } = useChartEnv();
  const other = useOther();
  const texts = useMemo(() => ({ other }), [other]);
  const columnName = (i: number) => (data.columns[i]!.folded > 0 ? other(data.columns[i]!.folded) : data.columns[i]!.name);
  const title = t('ui.charts.heatmap.title');
  return (
    <ChartCard
      title={title}
      reading={readingText(t, data.reading)}
      explain={t('ui.charts.heatmap.explain') + (data.columns.some((c) => c.folded > 0) ? ` ${other(data.columns.find((c) => c.folded > 0)!.folded)}: ${t('ui.charts.heatmap.otherCell')}.` : '')}
      fileName={`${title} - ${view}`}
      table={{
        columns: [t('ui.charts.heatmap.phase'), ...data.columns.map((_, i) => columnName(i))],
        rows: data.phases.map((phase, p) => [phase.name, ...data.values[p]!.map((v) => (v === null ? t('ui.charts.heatmap.notSet') : v))]),
      }}
      scrolls={(width) => !layoutHeatmap(data, texts, width, scale).fits}
    >
      {(width) => <HeatmapChart data={data} texts={texts} width={width} />}
    </ChartCard>
  );
}

export function MixCard({ data, view }: CardProps<MixData>) {
  const { t } = useTranslation();
  const { highContrast } = useChartEnv();
  const other = useOther();
  const styles = mixSeriesStyles(data, { other }, highContrast);
  const title = t('ui.charts.mix.title');
  return (
    <ChartCard
      title={title}
      reading={readingText(t, data.reading)}
      explain={t('ui.charts.mix.explain')}
      fileName={`${title} - ${view}`}
      legend={styles.map(({ name, style }) => ({ label: name, style }))}
      table={{
        columns: [t('ui.charts.mix.phase'), ...styles.map((s) => s.name), t('ui.charts.mix.total')],
        rows: data.phases.map((phase) => [phase.name, ...phase.values, phase.total]),
      }}
    >
      {(width) => <MixChart data={data} texts={{ other, weight: t('ui.charts.mix.weight') }} width={width} />}
    </ChartCard>
  );
}

export function BalanceCard({ data, view }: CardProps<BalanceData>) {
  const { t } = useTranslation();
  const online = t('ui.charts.balance.online');
  const offline = t('ui.charts.balance.offline');
  const title = t('ui.charts.balance.title');
  return (
    <ChartCard
      title={title}
      reading={readingText(t, data.reading)}
      explain={t('ui.charts.balance.explain')}
      fileName={`${title} - ${view}`}
      legend={[
        { label: online, style: BALANCE_STYLES.online },
        { label: offline, style: BALANCE_STYLES.offline },
      ]}
      table={{
        columns: [t('ui.charts.balance.phase'), online, offline, t('ui.charts.balance.onlineShare')],
        rows: data.phases.map((p) => [p.name, p.online, p.offline, p.onlinePercent === null ? '–' : `${p.onlinePercent}%`]),
      }}
    >
      {(width) => <BalanceChart data={data} texts={{ online, offline, weight: t('ui.charts.mix.weight') }} width={width} />}
    </ChartCard>
  );
}
