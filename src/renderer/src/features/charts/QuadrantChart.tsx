import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { ScatterShapeProps } from 'recharts/types/util/ScatterUtils';
import type { QuadrantData, QuadrantPoint } from '@shared/analysis/charts/quadrant';
import { seriesStyle } from './palette';
import { useChartEnv } from './useChartEnv';

export interface QuadrantTexts {
  structured: string;
  unstructured: string;
  certain: string;
  uncertain: string;
}

interface Placed {
  point: QuadrantPoint;
  x: number;
  y: number;
}

/** Quadrant centres on a 0..2 square; typologies sharing a quadrant sit side by side. */
export function placePoints(points: readonly QuadrantPoint[]): Placed[] {
  const groups = new Map<string, QuadrantPoint[]>();
  for (const point of points) {
    const key = `${point.behaviour}|${point.certainty}`;
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  return points.map((point) => {
    const group = groups.get(`${point.behaviour}|${point.certainty}`)!;
    const j = group.indexOf(point);
    const step = 0.8 / group.length;
    return {
      point,
      x: (point.behaviour === 'structured' ? 0.5 : 1.5) + (j - (group.length - 1) / 2) * step,
      y: point.certainty === 'certain' ? 1.5 : 0.5,
    };
  });
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Circle area grows with the share; an empty typology still shows as a small ring. */
export const radiusFor = (share: number, scale: number) => (8 + 34 * Math.sqrt(Math.max(0, share) / 100)) * scale;

/** The four search typologies on structured/unstructured x certain/uncertain, each with its share and lead channels. */
export function QuadrantChart({ data, texts, width }: { data: QuadrantData; texts: QuadrantTexts; width: number }) {
  const { scale: s, highContrast } = useChartEnv();
  const placed = placePoints(data.points);
  const font = 13 * s;
  const ticks = { fontSize: font, fontWeight: 700 };
  const shape = ({ cx, cy, index }: ScatterShapeProps) => {
    const item = placed[index];
    if (!item || cx === undefined || cy === undefined) return null;
    const { point } = item;
    const r = radiusFor(point.share, s);
    const style = seriesStyle(index);
    const leads = point.leads.slice(0, 2).map((lead) => `${clip(lead.name, 16)} ×${lead.phases.length}`).join(' · ');
    return (
      <g>
        <circle cx={cx} cy={cy} r={r} fill={style.color} fillOpacity={highContrast ? 0 : 0.35} stroke={style.color} strokeWidth={(highContrast ? 4 : 2) * s} strokeDasharray={point.typeCount === 0 ? '4 3' : undefined} />
        {/* A small circle cannot hold its number: it goes beside it. */}
        <text className="chart__label" x={r > font * 1.3 ? cx : cx + r + 4 * s} y={cy} textAnchor={r > font * 1.3 ? 'middle' : 'start'} dominantBaseline="central" fontSize={font} fontWeight={700}>
          {point.share}%
        </text>
        <text className="chart__label" x={cx} y={cy - r - font * 0.5} textAnchor="middle" fontSize={font} fontWeight={700}>
          {clip(point.name, 28)}
        </text>
        {leads && (
          <text className="chart__label" x={cx} y={cy + r + font * 1.3} textAnchor="middle" fontSize={font * 0.9}>
            {leads}
          </text>
        )}
      </g>
    );
  };
  return (
    <ScatterChart
      width={Math.min(width, 860 * s)}
      height={460 * s}
      margin={{ top: 16 * s, right: 24 * s, bottom: 16 * s, left: 16 * s }}
      accessibilityLayer={false}
      className="chart"
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis type="number" dataKey="x" domain={[0, 2]} ticks={[0.5, 1.5]} tickFormatter={(v: number) => (v < 1 ? texts.structured : texts.unstructured)} tick={ticks} />
      <YAxis type="number" dataKey="y" domain={[0, 2]} ticks={[0.5, 1.5]} tickFormatter={(v: number) => (v < 1 ? texts.uncertain : texts.certain)} tick={ticks} width={96 * s} />
      <ReferenceLine x={1} strokeWidth={highContrast ? 3 : 1.5} className="chart__axis-line" />
      <ReferenceLine y={1} strokeWidth={highContrast ? 3 : 1.5} className="chart__axis-line" />
      <Scatter data={placed.map(({ x, y }) => ({ x, y }))} shape={shape} isAnimationActive={false} />
    </ScatterChart>
  );
}
