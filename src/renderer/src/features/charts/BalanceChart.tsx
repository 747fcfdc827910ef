import { useMemo } from 'react';
import type { BalanceData } from '@shared/analysis/charts/balance';
import { BarsSvg } from './BarsSvg';
import { BALANCE_STYLES } from './palette';
import { useChartEnv } from './useChartEnv';

export interface BalanceTexts {
  online: string;
  offline: string;
  weight: string;
}

export { BALANCE_STYLES };

/** Online and offline role weight per phase, side by side in one bar, the online share written at its end. */
export function BalanceChart({ data, texts, width }: { data: BalanceData; texts: BalanceTexts; width: number }) {
  const { highContrast } = useChartEnv();
  const { online, offline } = texts;
  const series = useMemo(
    () => [
      { name: online, style: BALANCE_STYLES.online },
      { name: offline, style: BALANCE_STYLES.offline },
    ],
    [online, offline],
  );
  const rows = useMemo(
    () => data.phases.map((p) => ({ id: p.id, label: p.name, values: [p.online, p.offline], note: p.onlinePercent === null ? undefined : `${p.onlinePercent}%` })),
    [data],
  );
  return (
    <BarsSvg
      rows={rows}
      series={series}
      layout="stacked"
      width={width}
      rowHeight={40}
      axisLabel={texts.weight}
      segmentStroke={{ color: '#FFFFFF', width: highContrast ? 2 : 0.5 }}
    />
  );
}
