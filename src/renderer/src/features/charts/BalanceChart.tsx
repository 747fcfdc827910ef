import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { BalanceData } from '@shared/analysis/charts/balance';
import { fillOf, PatternDef, type SeriesStyle } from './palette';
import { useChartEnv } from './useChartEnv';

export interface BalanceTexts {
  online: string;
  offline: string;
  weight: string;
}

/** Online solid blue, offline hatched orange: different in colour and in pattern. */
export const BALANCE_STYLES: { online: SeriesStyle; offline: SeriesStyle } = {
  online: { color: '#0072B2', pattern: 'solid' },
  offline: { color: '#E69F00', pattern: 'hatch' },
};

/** Online and offline role weight per phase, side by side in one bar, the online share written at its end. */
export function BalanceChart({ data, texts, width }: { data: BalanceData; texts: BalanceTexts; width: number }) {
  const { scale: s, highContrast } = useChartEnv();
  const base = useId().replace(/:/g, '');
  const rows = data.phases.map((p) => ({ phase: p.name, online: p.online, offline: p.offline, share: p.onlinePercent === null ? '' : `${p.onlinePercent}%` }));
  const font = 13 * s;
  const labelW = Math.min(200 * s, Math.max(70 * s, ...data.phases.map((p) => p.name.length * font * 0.6))) + 8 * s;
  const stroke = { stroke: '#FFFFFF', strokeWidth: highContrast ? 2 : 0.5 };
  return (
    <BarChart
      layout="vertical"
      data={rows}
      width={width}
      height={Math.max(160, data.phases.length * 40 + 60) * s}
      margin={{ top: 8 * s, right: 56 * s, bottom: 24 * s, left: 8 * s }}
      accessibilityLayer={false}
      className="chart"
    >
      <defs>
        <PatternDef id={`${base}-off`} style={BALANCE_STYLES.offline} />
      </defs>
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} tick={{ fontSize: font }} label={{ value: texts.weight, position: 'insideBottom', offset: -16 * s, fontSize: font }} />
      <YAxis type="category" dataKey="phase" width={labelW} tick={{ fontSize: font }} interval={0} />
      <Tooltip isAnimationActive={false} />
      <Bar dataKey="online" name={texts.online} stackId="b" fill={BALANCE_STYLES.online.color} {...stroke} isAnimationActive={false} />
      <Bar dataKey="offline" name={texts.offline} stackId="b" fill={fillOf(BALANCE_STYLES.offline, `${base}-off`)} {...stroke} isAnimationActive={false}>
        <LabelList dataKey="share" position="right" fontSize={font} className="chart__label" fontWeight={highContrast ? 700 : 400} />
      </Bar>
    </BarChart>
  );
}
