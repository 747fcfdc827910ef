import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { DeltaRow } from '@shared/analysis/charts/delta';
import { fillOf, PatternDef, type SeriesStyle } from './palette';
import { useChartEnv } from './useChartEnv';

export interface DeltaTexts {
  from: string;
  to: string;
  weight: string;
  other: (count: number) => string;
}

/** The first scenario grey and hatched, the second solid blue. */
export const DELTA_STYLES: { from: SeriesStyle; to: SeriesStyle } = {
  from: { color: '#999999', pattern: 'hatch' },
  to: { color: '#0072B2', pattern: 'solid' },
};

export const deltaRowName = (row: DeltaRow, other: (count: number) => string) => (row.folded > 0 ? other(row.folded) : row.name);

/** Scenario A and B as paired bars per phase or per channel. */
export function DeltaChart({ rows, texts, width }: { rows: readonly DeltaRow[]; texts: DeltaTexts; width: number }) {
  const { scale: s, highContrast } = useChartEnv();
  const base = useId().replace(/:/g, '');
  const data = rows.map((row) => ({ name: deltaRowName(row, texts.other), from: row.from, to: row.to }));
  const font = 13 * s;
  const labelW = Math.min(200 * s, Math.max(70 * s, ...data.map((r) => r.name.length * font * 0.6))) + 8 * s;
  const stroke = { stroke: highContrast ? '#FFFFFF' : 'none', strokeWidth: highContrast ? 2 : 0 };
  return (
    <BarChart
      layout="vertical"
      data={data}
      width={width}
      height={Math.max(160, rows.length * 40 + 60) * s}
      margin={{ top: 8 * s, right: 24 * s, bottom: 24 * s, left: 8 * s }}
      barGap={2 * s}
      accessibilityLayer={false}
      className="chart"
    >
      <defs>
        <PatternDef id={`${base}-from`} style={DELTA_STYLES.from} />
      </defs>
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: font }} label={{ value: texts.weight, position: 'insideBottom', offset: -16 * s, fontSize: font }} />
      <YAxis type="category" dataKey="name" width={labelW} tick={{ fontSize: font }} interval={0} />
      <Tooltip isAnimationActive={false} />
      <Bar dataKey="from" name={texts.from} fill={fillOf(DELTA_STYLES.from, `${base}-from`)} {...stroke} isAnimationActive={false} />
      <Bar dataKey="to" name={texts.to} fill={DELTA_STYLES.to.color} {...stroke} isAnimationActive={false} />
    </BarChart>
  );
}
