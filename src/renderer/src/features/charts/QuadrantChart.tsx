import { Fragment, memo } from 'react';
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

/**
 * The four search typologies on structured/unstructured x certain/uncertain,
 * each with its share and lead channels. Plain SVG on a fixed 0..2 square:
 * nothing here needs a charting library's scales or measuring.
 */
export const QuadrantChart = memo(function QuadrantChart({ data, texts, width }: { data: QuadrantData; texts: QuadrantTexts; width: number }) {
  const { scale: s, highContrast } = useChartEnv();
  const placed = placePoints(data.points);
  const font = 13 * s;
  const w = Math.min(width, 860 * s);
  const h = 460 * s;
  const x0 = 16 * s + Math.max(96 * s, Math.max(texts.certain.length, texts.uncertain.length) * font * 0.62 + 12 * s);
  const x1 = w - 24 * s;
  const y0 = 16 * s;
  const y1 = h - 16 * s - font - 14 * s;
  const sx = (v: number) => x0 + (v / 2) * (x1 - x0);
  const sy = (v: number) => y1 - (v / 2) * (y1 - y0);
  const axis = highContrast ? 3 : 1.5;
  return (
    <svg className="chart quadrant" width={w} height={h} viewBox={`0 0 ${w} ${h}`} fontSize={font}>
      <rect className="chart__grid" x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill="none" strokeDasharray="3 3" />
      {[0.5, 1.5].map((v) => (
        <Fragment key={v}>
          <line className="chart__grid" x1={sx(v)} x2={sx(v)} y1={y0} y2={y1} strokeDasharray="3 3" />
          <line className="chart__grid" x1={x0} x2={x1} y1={sy(v)} y2={sy(v)} strokeDasharray="3 3" />
          <text className="chart__label" x={sx(v)} y={y1 + 10 * s + font / 2} textAnchor="middle" dominantBaseline="central" fontWeight={700}>
            {v < 1 ? texts.structured : texts.unstructured}
          </text>
          <text className="chart__label" x={x0 - 8 * s} y={sy(v)} textAnchor="end" dominantBaseline="central" fontWeight={700}>
            {v < 1 ? texts.uncertain : texts.certain}
          </text>
        </Fragment>
      ))}
      {/* Inline width: the quadrant's dividers are heavier than the theme's axis lines. */}
      <line className="chart__axis" x1={sx(1)} x2={sx(1)} y1={y0} y2={y1} style={{ strokeWidth: axis }} />
      <line className="chart__axis" x1={x0} x2={x1} y1={sy(1)} y2={sy(1)} style={{ strokeWidth: axis }} />
      {placed.map(({ point, x, y }, index) => {
        const cx = sx(x);
        const cy = sy(y);
        const r = radiusFor(point.share, s);
        const style = seriesStyle(index);
        const leads = point.leads.slice(0, 2).map((lead) => `${clip(lead.name, 16)} ×${lead.phases.length}`).join(' · ');
        const inside = r > font * 1.3;
        return (
          <g key={point.id}>
            <title>{`${point.name}: ${point.share}%${point.leads.length > 0 ? `. ${point.leads.map((lead) => `${lead.name} ×${lead.phases.length}`).join(', ')}` : ''}`}</title>
            <circle cx={cx} cy={cy} r={r} fill={style.color} fillOpacity={highContrast ? 0 : 0.35} stroke={style.color} strokeWidth={(highContrast ? 4 : 2) * s} strokeDasharray={point.typeCount === 0 ? '4 3' : undefined} />
            {/* A small circle cannot hold its number: it goes beside it. */}
            <text className="chart__label" x={inside ? cx : cx + r + 4 * s} y={cy} textAnchor={inside ? 'middle' : 'start'} dominantBaseline="central" fontSize={font} fontWeight={700}>
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
      })}
    </svg>
  );
});
