/** Scenario delta: per phase and per channel, each its own card (and picture). */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeltaData, DeltaRow } from '@shared/analysis/charts/delta';
import { CHARTS } from '@shared/analysis/charts/registry';
import { deltaTable, readingText } from '@shared/analysis/charts/views';
import { ChartCard } from './ChartCard';
import { DeltaChart } from './DeltaChart';
import { useChartTexts } from './useChartTexts';

interface DeltaCardsProps {
  data: DeltaData;
  fromName: string;
  toName: string;
  /** "All customers": names the exported files. */
  lensName: string;
  /** Only the per-phase card (a scenario-change slide has the rest in words). */
  phasesOnly?: boolean;
}

export function DeltaCards({ data, fromName, toName, lensName, phasesOnly = false }: DeltaCardsProps) {
  const { t } = useTranslation();
  const other = useCallback((count: number) => t('ui.charts.other', { count }), [t]);
  const chartTexts = { ...useChartTexts(t), fromName, toName };
  const reading = readingText(t, data.reading);
  const legend = CHARTS.delta.legend(data, chartTexts);
  const texts = { from: fromName, to: toName, weight: t('ui.charts.mix.weight'), other };
  const table = (head: string, rows: readonly DeltaRow[]) => deltaTable(rows, head, chartTexts);
  const card = (title: string, head: string, rows: readonly DeltaRow[]) => (
    <ChartCard
      title={title}
      reading={reading}
      explain={t('ui.charts.delta.explain')}
      fileName={`${title} - ${fromName} - ${toName} - ${lensName}`}
      legend={legend}
      table={() => table(head, rows)}
    >
      {(width) => <DeltaChart rows={rows} texts={texts} width={width} />}
    </ChartCard>
  );
  return (
    <>
      {card(t('ui.charts.delta.phaseTitle'), t('ui.charts.delta.phase'), data.phases)}
      {!phasesOnly && card(t('ui.charts.delta.channelTitle'), t('ui.charts.delta.channel'), data.channels)}
    </>
  );
}
