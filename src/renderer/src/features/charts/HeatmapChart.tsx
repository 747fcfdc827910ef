import type { HeatmapData } from '@shared/analysis/charts/heatmap';
import { ROLE_FILLS, ROLE_TEXT } from './palette';
import { useChartEnv } from './useChartEnv';

export interface HeatmapTexts {
  /** "Other (n)" */
  other: (count: number) => string;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Every role as a number in a coloured cell (a blue ramp, darker is stronger), so the colour only repeats what the digit says. */
export function HeatmapChart({ data, texts }: { data: HeatmapData; texts: HeatmapTexts }) {
  const { scale: s, highContrast } = useChartEnv();
  const font = 13 * s;
  const cellW = 44 * s;
  const cellH = 32 * s;
  const names = data.columns.map((c) => clip(c.folded > 0 ? texts.other(c.folded) : c.name, 22));
  const labelW = Math.min(220 * s, Math.max(80 * s, ...data.phases.map((p) => clip(p.name, 26).length * font * 0.6))) + 12 * s;
  // Column names run up and to the right at 40 degrees: about 0.64 of their length rises, 0.77 runs sideways.
  const longest = Math.max(0, ...names.map((n) => n.length)) * font * 0.58;
  const headH = Math.max(32 * s, longest * 0.64 + 12 * s);
  const width = labelW + data.columns.length * cellW + Math.max(24 * s, longest * 0.77 - cellW / 2);
  const height = headH + data.phases.length * cellH + 4 * s;
  const stroke = highContrast ? '#FFFFFF' : 'rgba(0,0,0,0.15)';

  return (
    <svg className="chart heatmap" width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontSize={font}>
      {names.map((name, c) => {
        const x = labelW + c * cellW + cellW / 2;
        return (
          <text key={data.columns[c]!.id} className="chart__label" x={x} y={headH - 6 * s} transform={`rotate(-40 ${x} ${headH - 6 * s})`} fontWeight={highContrast ? 700 : 400}>
            {name}
          </text>
        );
      })}
      {data.phases.map((phase, p) => {
        const y = headH + p * cellH;
        return (
          <g key={phase.id}>
            <text className="chart__label" x={labelW - 8 * s} y={y + cellH / 2} textAnchor="end" dominantBaseline="central" fontWeight={highContrast ? 700 : 400}>
              {clip(phase.name, 26)}
            </text>
            {data.values[p]!.map((value, c) => {
              const x = labelW + c * cellW;
              const level = value === null ? -1 : Math.round(value);
              return (
                <g key={data.columns[c]!.id}>
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
                    {value === null ? '–' : data.columns[c]!.folded > 0 ? value.toFixed(1) : value}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
