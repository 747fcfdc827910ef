import { useMemo } from 'react';
import type { DeltaRow } from '@shared/analysis/charts/delta';
import { deltaRowName } from '@shared/analysis/charts/views';
import { BarsSvg } from './BarsSvg';
import { DELTA_STYLES } from './palette';
import { useChartEnv } from './useChartEnv';

export interface DeltaTexts {
  from: string;
  to: string;
  weight: string;
  other: (count: number) => string;
}

export { DELTA_STYLES };

export { deltaRowName };

/** Scenario A and B as paired bars per phase or per channel. */
export function DeltaChart({ rows, texts, width }: { rows: readonly DeltaRow[]; texts: DeltaTexts; width: number }) {
  const { highContrast } = useChartEnv();
  const { from, to, other } = texts;
  const series = useMemo(
    () => [
      { name: from, style: DELTA_STYLES.from },
      { name: to, style: DELTA_STYLES.to },
    ],
    [from, to],
  );
  const bars = useMemo(() => rows.map((row) => ({ id: row.id, label: deltaRowName(row, other), values: [row.from, row.to] })), [rows, other]);
  return (
    <BarsSvg
      rows={bars}
      series={series}
      layout="grouped"
      width={width}
      rowHeight={40}
      axisLabel={texts.weight}
      segmentStroke={highContrast ? { color: '#FFFFFF', width: 2 } : undefined}
    />
  );
}
