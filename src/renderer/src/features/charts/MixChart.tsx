import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { MixData } from '@shared/analysis/charts/mix';
import { fillOf, OTHER_STYLE, PatternDef, seriesStyle, type SeriesStyle } from './palette';
import { useChartEnv } from './useChartEnv';

export interface MixTexts {
  other: (count: number) => string;
  weight: string;
}

/** Series name and style as drawn: "Other (n)" grey and cross-hatched. */
export function mixSeriesStyles(data: MixData, texts: Pick<MixTexts, 'other'>, highContrast: boolean): { name: string; style: SeriesStyle }[] {
  return data.series.map((s, i) => ({
    name: s.folded > 0 ? texts.other(s.folded) : s.name,
    style: s.folded > 0 ? OTHER_STYLE : seriesStyle(i, highContrast),
  }));
}

/** Channel mix per phase: one horizontal bar per phase, stacked by channel in legend order. */
export function MixChart({ data, texts, width }: { data: MixData; texts: MixTexts; width: number }) {
  const { scale: s, highContrast } = useChartEnv();
  const base = useId().replace(/:/g, '');
  const styles = mixSeriesStyles(data, texts, highContrast);
  const rows = data.phases.map((phase) => Object.fromEntries([['phase', phase.name], ...data.series.map((series, i) => [series.key, phase.values[i]])]));
  const font = 13 * s;
  const labelW = Math.min(200 * s, Math.max(70 * s, ...data.phases.map((p) => p.name.length * font * 0.6))) + 8 * s;
  return (
    <BarChart
      layout="vertical"
      data={rows}
      width={width}
      height={Math.max(160, data.phases.length * 44 + 60) * s}
      margin={{ top: 8 * s, right: 24 * s, bottom: 24 * s, left: 8 * s }}
      accessibilityLayer={false}
      className="chart"
    >
      <defs>
        {styles.map(({ style }, i) => (
          <PatternDef key={i} id={`${base}-${i}`} style={style} />
        ))}
      </defs>
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: font }} label={{ value: texts.weight, position: 'insideBottom', offset: -16 * s, fontSize: font }} />
      <YAxis type="category" dataKey="phase" width={labelW} tick={{ fontSize: font }} interval={0} />
      <Tooltip isAnimationActive={false} />
      {data.series.map((series, i) => (
        <Bar
          key={series.key}
          dataKey={series.key}
          name={styles[i]!.name}
          stackId="mix"
          fill={fillOf(styles[i]!.style, `${base}-${i}`)}
          stroke={highContrast ? '#FFFFFF' : '#FFFFFF'}
          strokeWidth={highContrast ? 2 : 0.5}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}
