import { Fragment, memo } from 'react';
import type { HeatmapData } from '@shared/analysis/charts/heatmap';
import { heatmapLayout, type HeatmapLayout } from '@shared/analysis/charts/heatmapLayout';
import { useNumberFormats } from '../currency';
import { ROLE_FILLS, ROLE_TEXT } from './palette';
import { useChartEnv } from './useChartEnv';

export interface HeatmapTexts {
  /** "Other (n)" */
  other: (count: number) => string;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Where the heatmap's parts go at this width and scale (pure, so the card can tell whether it must scroll). */
export function layoutHeatmap(data: HeatmapData, texts: HeatmapTexts, width: number, scale: number): HeatmapLayout {
  return heatmapLayout({
    phaseNames: data.phases.map((p) => p.name),
    columnNames: data.columns.map((c) => (c.folded > 0 ? texts.other(c.folded) : c.name)),
    decimals: data.columns.some((c) => c.folded > 0),
    width,
    scale,
  });
}

/** Every role as a number in a coloured cell (a blue ramp, darker is stronger), so the colour only repeats what the digit says. */
export const HeatmapChart = memo(function HeatmapChart({ data, texts, width: room }: { data: HeatmapData; texts: HeatmapTexts; width: number }) {
  const { scale: s, highContrast } = useChartEnv();
  // A folded column's average role is written the way the UI language writes decimals (2,5 in Dutch).
  const { oneDecimal } = useNumberFormats();
  const { font, cellW, cellH, labelW, headH, angle, phaseChars, columnChars, width, height } = layoutHeatmap(data, texts, room, s);
  const full = data.columns.map((c) => (c.folded > 0 ? texts.other(c.folded) : c.name));
  const names = full.map((name) => clip(name, columnChars));
  const stroke = highContrast ? '#FFFFFF' : 'rgba(0,0,0,0.15)';

  return (
    <svg className="chart heatmap" width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontSize={font}>
      {names.map((name, c) => {
        const x = labelW + c * cellW + cellW / 2;
        return (
          <text key={data.columns[c]!.id} className="chart__label" x={x} y={headH - 6 * s} transform={`rotate(-${angle} ${x} ${headH - 6 * s})`} fontWeight={highContrast ? 700 : 400}>
            {name !== full[c] && <title>{full[c]}</title>}
            {name}
          </text>
        );
      })}
      {data.phases.map((phase, p) => {
        const y = headH + p * cellH;
        return (
          <g key={phase.id}>
            <text className="chart__label" x={labelW - 8 * s} y={y + cellH / 2} textAnchor="end" dominantBaseline="central" fontWeight={highContrast ? 700 : 400}>
              {phase.name.length > phaseChars && <title>{phase.name}</title>}
              {clip(phase.name, phaseChars)}
            </text>
            {data.values[p]!.map((value, c) => {
              const x = labelW + c * cellW;
              const level = value === null ? -1 : Math.round(value);
              // No <g> per cell: a third fewer of the page's elements (300 cells on the benchmark workspace) to create and lay out.
              return (
                <Fragment key={data.columns[c]!.id}>
                  <rect
                    x={x + 1}
                    y={y + 1}
                    width={cellW - 2}
                    height={cellH - 2}
                    rx={3 * s}
                    fill={level < 0 ? 'none' : ROLE_FILLS[level]}
                    stroke={stroke}
                    strokeWidth={highContrast ? 2 : 1}
                  />
                  <text
                    className={level < 0 ? 'chart__label' : undefined}
                    x={x + cellW / 2}
                    y={y + cellH / 2}
                    textAnchor="middle"
                    dominantBaseline="central"
                    style={level < 0 ? undefined : { fill: ROLE_TEXT[level] }}
                    fontWeight={highContrast || level === 3 ? 700 : 400}
                  >
                    {value === null ? '–' : data.columns[c]!.folded > 0 ? oneDecimal(value) : value}
                  </text>
                </Fragment>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
});
