import { Fragment, memo } from 'react';
import type { HeatmapData } from '@shared/analysis/charts/heatmap';
import { heatmapLayout, type HeatmapLayout } from '@shared/analysis/charts/heatmapLayout';
import { useNumberFormats } from '../currency';
import { cellPaths, rowNumbers } from './heatmapMarks';
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

/** Every role as a number in a coloured cell (a blue ramp, darker is stronger), so the colour only repeats what the digit says. Few elements: see heatmapMarks.ts. */
export const HeatmapChart = memo(function HeatmapChart({ data, texts, width: room }: { data: HeatmapData; texts: HeatmapTexts; width: number }) {
  const { scale: s, highContrast } = useChartEnv();
  // A folded column's average role is written the way the UI language writes decimals (2,5 in Dutch).
  const { oneDecimal } = useNumberFormats();
  const { font, cellW, cellH, labelW, headH, angle, phaseChars, columnChars, width, height } = layoutHeatmap(data, texts, room, s);
  const full = data.columns.map((c) => (c.folded > 0 ? texts.other(c.folded) : c.name));
  const names = full.map((name) => clip(name, columnChars));
  const stroke = highContrast ? '#FFFFFF' : 'rgba(0,0,0,0.15)';
  const centre = (c: number) => labelW + c * cellW + cellW / 2;
  const paths = cellPaths(data, { x: (c) => labelW + c * cellW, y: (p) => headH + p * cellH, width: cellW, height: cellH, radius: 3 * s });
  /** A number at `level`: an unset cell's dash in the label colour, a lead in bold. */
  const numberStyle = (level: number) => ({
    className: level < 0 ? 'chart__label' : undefined,
    style: level < 0 ? undefined : { fill: ROLE_TEXT[level] },
    fontWeight: highContrast || level === 3 ? 700 : 400,
  });

  return (
    <svg className="chart heatmap" width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontSize={font}>
      {names.map((name, c) => {
        const x = centre(c);
        return (
          <text key={data.columns[c]!.id} className="chart__label" x={x} y={headH - 6 * s} transform={`rotate(-${angle} ${x} ${headH - 6 * s})`} fontWeight={highContrast ? 700 : 400}>
            {name !== full[c] && <title>{full[c]}</title>}
            {name}
          </text>
        );
      })}
      {[...paths].map(([level, d]) => (
        <path key={level} d={d} fill={level < 0 ? 'none' : ROLE_FILLS[level]} stroke={stroke} strokeWidth={highContrast ? 2 : 1} />
      ))}
      {data.phases.map((phase, p) => {
        const y = headH + p * cellH + cellH / 2;
        const { runs, averages } = rowNumbers(data, p);
        return (
          <Fragment key={phase.id}>
            <text className="chart__label" x={labelW - 8 * s} y={y} textAnchor="end" dominantBaseline="central" fontWeight={highContrast ? 700 : 400}>
              {phase.name.length > phaseChars && <title>{phase.name}</title>}
              {clip(phase.name, phaseChars)}
            </text>
            {runs.map((run) => (
              <text key={run.level} x={run.columns.map(centre).join(' ')} y={y} textAnchor="middle" dominantBaseline="central" {...numberStyle(run.level)}>
                {run.chars}
              </text>
            ))}
            {averages.map(({ column, level, value }) => (
              <text key={data.columns[column]!.id} x={centre(column)} y={y} textAnchor="middle" dominantBaseline="central" {...numberStyle(level)}>
                {oneDecimal(value)}
              </text>
            ))}
          </Fragment>
        );
      })}
    </svg>
  );
});
