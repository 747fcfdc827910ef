import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts';
import type { ProfileData } from '@shared/analysis/charts/profile';
import { DASHES, seriesStyle } from './palette';
import { useChartEnv } from './useChartEnv';

/** Style of the i-th overlaid customer type: colour plus its own dash pattern. */
export const profileStyle = (i: number) => ({ ...seriesStyle(i), dash: DASHES[i % DASHES.length]! });

/** One outline per customer type over the phases; overlaid types share one scale. */
export function ProfileRadar({ data, width }: { data: ProfileData; width: number }) {
  const { scale: s, highContrast } = useChartEnv();
  const rows = data.phases.map((phase, p) => Object.fromEntries([['phase', phase.name], ...data.series.map((series, i) => [`s${i}`, series.values[p]])]));
  const font = 13 * s;
  return (
    <RadarChart
      data={rows}
      width={Math.min(width, 640 * s)}
      height={380 * s}
      outerRadius="70%"
      margin={{ top: 16 * s, right: 48 * s, bottom: 16 * s, left: 48 * s }}
      accessibilityLayer={false}
      className="chart"
    >
      <PolarGrid strokeWidth={highContrast ? 2 : 1} />
      <PolarAngleAxis dataKey="phase" tick={{ fontSize: font }} />
      <PolarRadiusAxis domain={[0, data.max]} allowDecimals={false} tick={{ fontSize: font * 0.85 }} angle={90} />
      <Tooltip isAnimationActive={false} />
      {data.series.map((series, i) => {
        const style = profileStyle(i);
        return (
          <Radar
            key={series.typeId}
            dataKey={`s${i}`}
            name={series.name}
            stroke={style.color}
            strokeWidth={(highContrast ? 4 : 2.5) * s}
            strokeDasharray={style.dash}
            fill={style.color}
            fillOpacity={highContrast ? 0 : 0.12}
            dot={{ r: 3 * s, fill: style.color }}
            isAnimationActive={false}
          />
        );
      })}
    </RadarChart>
  );
}
