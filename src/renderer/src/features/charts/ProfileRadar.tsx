import { Fragment, memo } from 'react';
import type { ProfileData } from '@shared/analysis/charts/profile';
import { niceTicks } from '@shared/analysis/charts/ticks';
import { profileStyle } from '@shared/analysis/charts/views';
import { useChartEnv } from './useChartEnv';

/** Style of the i-th overlaid customer type: colour plus its own dash pattern (shared with the legend and the PPTX). */
export { profileStyle };

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * One outline per customer type over the phases; overlaid types share one
 * scale. Plain SVG: the first phase sits at the top, clockwise, and the scale's
 * numbers run up the spoke halfway between the first two phases, so they never
 * meet a phase name (on the first phase's spoke the top number hit "Attract").
 */
export const ProfileRadar = memo(function ProfileRadar({ data, width }: { data: ProfileData; width: number }) {
  const { scale: s, highContrast } = useChartEnv();
  const font = 13 * s;
  const w = Math.min(width, 640 * s);
  const n = data.phases.length;
  const names = data.phases.map((phase) => clip(phase.name, 18));
  const longest = Math.max(0, ...names.map((name) => name.length)) * font * 0.6;
  const radius = Math.max(40 * s, Math.min(w / 2 - longest - 14 * s, 150 * s));
  const h = 2 * (radius + font * 2 + 8 * s);
  const cx = w / 2;
  const cy = h / 2;
  const ticks = niceTicks(data.max, 4);
  const top = ticks[ticks.length - 1]!;
  const at = (i: number, r: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  const ring = (r: number) => data.phases.map((_, i) => at(i, r).join(',')).join(' ');
  const grid = highContrast ? 2 : 1;

  return (
    <svg className="chart radar" width={w} height={h} viewBox={`0 0 ${w} ${h}`} fontSize={font}>
      {n >= 3 && ticks.slice(1).map((tick) => <polygon key={tick} className="chart__grid" points={ring((tick / top) * radius)} fill="none" strokeWidth={grid} />)}
      {data.phases.map((phase, i) => {
        const [x, y] = at(i, radius);
        const [lx, ly] = at(i, radius + 10 * s);
        const anchor = Math.abs(lx - cx) < 1 ? 'middle' : lx > cx ? 'start' : 'end';
        const baseline = Math.abs(lx - cx) < 1 ? (ly < cy ? 'auto' : 'hanging') : 'central';
        return (
          <Fragment key={phase.id}>
            <line className="chart__grid" x1={cx} y1={cy} x2={x} y2={y} strokeWidth={grid} />
            <text className="chart__label" x={lx} y={ly} textAnchor={anchor} dominantBaseline={baseline} fontWeight={highContrast ? 700 : 400}>
              <title>{phase.name}</title>
              {names[i]}
            </text>
          </Fragment>
        );
      })}
      {ticks.map((tick) => {
        const [x, y] = at(0.5, (tick / top) * radius);
        return (
          <text key={tick} className="chart__label chart__scale" x={x + 4 * s} y={y} dominantBaseline="central" fontSize={font * 0.85}>
            {tick}
          </text>
        );
      })}
      {data.series.map((series, k) => {
        const style = profileStyle(k);
        const points = series.values.map((value, i) => at(i, (value / top) * radius));
        return (
          <g key={series.typeId}>
            <title>{`${series.name}: ${data.phases.map((phase, i) => `${phase.name} ${series.values[i]}`).join(', ')}`}</title>
            <polygon
              points={points.map((p) => p.join(',')).join(' ')}
              stroke={style.color}
              strokeWidth={(highContrast ? 4 : 2.5) * s}
              strokeDasharray={style.dash || undefined}
              strokeLinejoin="round"
              fill={style.color}
              fillOpacity={highContrast ? 0 : 0.12}
            />
            {points.map(([x, y], i) => (
              <circle key={i} cx={x} cy={y} r={3 * s} fill={style.color} />
            ))}
          </g>
        );
      })}
    </svg>
  );
});
