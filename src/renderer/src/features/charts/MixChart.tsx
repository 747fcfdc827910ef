import { useMemo } from 'react';
import type { MixData } from '@shared/analysis/charts/mix';
import { BarsSvg } from './BarsSvg';
import { mixLegend } from '@shared/analysis/charts/views';
import type { SeriesStyle } from './palette';
import { useChartEnv } from './useChartEnv';

export interface MixTexts {
  other: (count: number) => string;
  weight: string;
}

/** Series name and style as drawn: "Other (n)" grey and cross-hatched. */
export function mixSeriesStyles(data: MixData, texts: Pick<MixTexts, 'other'>, highContrast: boolean): { name: string; style: SeriesStyle }[] {
  return mixLegend(data, texts.other, highContrast).map(({ label, style }) => ({ name: label, style }));
}

/** Channel mix per phase: one horizontal bar per phase, stacked by channel in legend order. */
export function MixChart({ data, texts, width }: { data: MixData; texts: MixTexts; width: number }) {
  const { highContrast } = useChartEnv();
  const { other } = texts;
  const series = useMemo(() => mixSeriesStyles(data, { other }, highContrast), [data, other, highContrast]);
  const rows = useMemo(() => data.phases.map((phase) => ({ id: phase.id, label: phase.name, values: phase.values })), [data]);
  return (
    <BarsSvg
      rows={rows}
      series={series}
      layout="stacked"
      width={width}
      rowHeight={44}
      axisLabel={texts.weight}
      segmentStroke={{ color: '#FFFFFF', width: highContrast ? 2 : 0.5 }}
    />
  );
}
