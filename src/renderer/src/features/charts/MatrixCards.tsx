/** The cards drawn from one scenario in one lens: heatmap, channel mix, online/offline balance. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BalanceData } from '@shared/analysis/charts/balance';
import type { HeatmapData } from '@shared/analysis/charts/heatmap';
import type { MixData } from '@shared/analysis/charts/mix';
import { CHARTS } from '@shared/analysis/charts/registry';
import { readingText } from '@shared/analysis/charts/views';
import { BalanceChart } from './BalanceChart';
import { ChartCard } from './ChartCard';
import { HeatmapChart, layoutHeatmap } from './HeatmapChart';
import { MixChart } from './MixChart';
import { useChartTexts } from './useChartTexts';
import { useChartEnv } from './useChartEnv';

interface CardProps<T> {
  data: T;
  /** "As-is, All customers": names the exported files. */
  view: string;
}

/** "Other (n)", stable while the language (and so `t`) is, so the memoised charts keep their drawing. */
function useOther(t: TFunction): (count: number) => string {
  return useCallback((count: number) => t('ui.charts.other', { count }), [t]);
}

export function HeatmapCard({ data, view }: CardProps<HeatmapData>) {
  const { t } = useTranslation();
  const { scale } = useChartEnv();
  const chartTexts = useChartTexts(t);
  const other = useOther(t);
  const texts = useMemo(() => ({ other }), [other]);
  const title = t('ui.charts.heatmap.title');
  return (
    <ChartCard
      title={title}
      reading={readingText(t, data.reading)}
      explain={t('ui.charts.heatmap.explain') + (data.columns.some((c) => c.folded > 0) ? ` ${other(data.columns.find((c) => c.folded > 0)!.folded)}: ${t('ui.charts.heatmap.otherCell')}.` : '')}
      fileName={`${title} - ${view}`}
      table={() => CHARTS.heatmap.table(data, chartTexts)}
      scrolls={(width) => !layoutHeatmap(data, texts, width, scale).fits}
    >
      {(width) => <HeatmapChart data={data} texts={texts} width={width} />}
    </ChartCard>
  );
}

export function MixCard({ data, view }: CardProps<MixData>) {
  const { t } = useTranslation();
  const texts = useChartTexts(t);
  const other = useOther(t);
  const title = t('ui.charts.mix.title');
  return (
    <ChartCard
      title={title}
      reading={readingText(t, data.reading)}
      explain={t('ui.charts.mix.explain')}
      fileName={`${title} - ${view}`}
      legend={CHARTS.mix.legend(data, texts)}
      table={() => CHARTS.mix.table(data, texts)}
    >
      {(width) => <MixChart data={data} texts={{ other, weight: t('ui.charts.mix.weight') }} width={width} />}
    </ChartCard>
  );
}

export function BalanceCard({ data, view }: CardProps<BalanceData>) {
  const { t } = useTranslation();
  const texts = useChartTexts(t);
  const online = t('ui.charts.balance.online');
  const offline = t('ui.charts.balance.offline');
  const title = t('ui.charts.balance.title');
  return (
    <ChartCard
      title={title}
      reading={readingText(t, data.reading)}
      explain={t('ui.charts.balance.explain')}
      fileName={`${title} - ${view}`}
      legend={CHARTS.balance.legend(data, texts)}
      table={() => CHARTS.balance.table(data, texts)}
    >
      {(width) => <BalanceChart data={data} texts={{ online, offline, weight: t('ui.charts.mix.weight') }} width={width} />}
    </ChartCard>
  );
}
