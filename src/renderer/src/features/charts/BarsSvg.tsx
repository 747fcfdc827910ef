import { Fragment, memo, useId } from 'react';
import { niceTicks } from '@shared/analysis/charts/ticks';
import { barPaths } from './barMarks';
import { fillOf, PatternDef, type SeriesStyle } from './palette';
import { useChartEnv } from './useChartEnv';

export interface BarSeries {
  name: string;
  style: SeriesStyle;
}

export interface BarRow {
  /** Stable key (phase or channel id). */
  id: string;
  label: string;
  /** One value per series, in series order. */
  values: readonly number[];
  /** Written after the bar's end (the balance's online share). */
  note?: string;
}

export interface BarsProps {
  rows: readonly BarRow[];
  series: readonly BarSeries[];
  /** Stacked: the series add up in one bar; grouped: one bar per series, side by side. */
  layout: 'stacked' | 'grouped';
  width: number;
  /** Height per row at 100 %. */
  rowHeight: number;
  /** Name of the number axis ("Role weight"). */
  axisLabel: string;
  /** Line between stacked segments, so neighbours stay apart without colour. */
  segmentStroke?: { color: string; width: number };
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text);

/**
 * Horizontal bars in plain SVG, drawn in one pass. Recharts spent most of the
 * page's drawing time here (a store, selectors and text measurement per chart);
 * these bars need none of it: labels are sized from their length, the hover
 * text is the row's SVG <title>, and the numbers are in the card's data table.
 */
export const BarsSvg = memo(function BarsSvg({ rows, series, layout, width, rowHeight, axisLabel, segmentStroke }: BarsProps) {
  const { scale: s, highContrast } = useChartEnv();
  const base = useId().replace(/:/g, '');
  const font = 13 * s;
  const labelW = Math.min(200 * s, Math.max(70 * s, ...rows.map((r) => r.label.length * font * 0.6))) + 8 * s;
  const maxChars = Math.floor(labelW / (font * 0.6));
  const hasNotes = rows.some((r) => r.note);
  const left = 8 * s + labelW;
  const right = width - (hasNotes ? 56 : 24) * s;
  const top = 8 * s;
  const height = Math.max(160, rows.length * rowHeight + 60) * s;
  const bottom = height - font * 2.6 - 10 * s;
  const plotW = Math.max(1, right - left);
  const band = (bottom - top) / Math.max(1, rows.length);
  const totals = rows.map((r) => (layout === 'stacked' ? r.values.reduce((a, b) => a + b, 0) : Math.max(0, ...r.values)));
  const ticks = niceTicks(Math.max(0, ...totals), Math.min(10, plotW / (font * 4)));
  const x = (value: number) => left + (value / ticks[ticks.length - 1]!) * plotW;
  const fills = series.map((item, i) => fillOf(item.style, `${base}-${i}`));
  const stroke = segmentStroke ?? { color: 'none', width: 0 };
  const gap = 2 * s;
  const barH = layout === 'stacked' ? band * 0.72 : (band * 0.8 - gap * (series.length - 1)) / Math.max(1, series.length);

  return (
    <svg className="chart bars" width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontSize={font}>
      {/* Only patterned series need a definition; fragments below, not <g>s: a group without attributes only adds elements to draw. */}
      {series.some((item) => item.style.pattern !== 'solid') && (
        <defs>
          {series.map((item, i) => (
            <PatternDef key={i} id={`${base}-${i}`} style={item.style} />
          ))}
        </defs>
      )}
      {ticks.map((tick) => (
        <Fragment key={tick}>
          <line className="chart__grid" x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} strokeDasharray="3 3" />
          <text className="chart__label" x={x(tick)} y={bottom + 6 * s + font * 0.5} textAnchor="middle" dominantBaseline="central">
            {tick}
          </text>
        </Fragment>
      ))}
      <line className="chart__axis" x1={left} x2={right} y1={bottom} y2={bottom} />
      <line className="chart__axis" x1={left} x2={left} y1={top} y2={bottom} />
      <text className="chart__label" x={left + plotW / 2} y={height - 6 * s} textAnchor="middle">
        {axisLabel}
      </text>
      {rows.map((row, r) => {
        const y0 = top + r * band;
        const mid = y0 + band / 2;
        // The hover text names every bar of a pair, but only the channels a stack actually holds.
        const said = row.values.flatMap((value, i) => (layout === 'grouped' || value > 0 ? [`${series[i]!.name}: ${value}`] : [])).join(', ');
        return (
          <g key={row.id} className="bars__row">
            <title>{`${row.label}. ${said}${row.note ? ` (${row.note})` : ''}`}</title>
            <rect className="bars__band" x={0} y={y0} width={width} height={band} />
            <text className="chart__label" x={left - 6 * s} y={mid} textAnchor="end" dominantBaseline="central">
              {clip(row.label, maxChars)}
            </text>
            {row.note && (
              <text className="chart__label" x={x(totals[r]!) + 4 * s} y={mid} dominantBaseline="central" fontWeight={highContrast ? 700 : 400}>
                {row.note}
              </text>
            )}
          </g>
        );
      })}
      {barPaths(rows, { layout, top, band, barH, gap, x }).map((d, i) =>
        d === '' ? null : <path key={i} d={d} fill={fills[i]} stroke={stroke.color} strokeWidth={stroke.width} pointerEvents="none" />,
      )}
    </svg>
  );
});
