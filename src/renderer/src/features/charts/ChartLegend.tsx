import { useId } from 'react';
import type { LegendItem } from './exportChart';
import { fillOf, PatternDef } from './palette';
// Its own styles: the report and slides draw legends without the Charts page (each page is its own chunk).
import './charts.css';

/**
 * The series of a chart, in drawing order, each with its colour and pattern.
 * `label` names the list ('ui.charts.card.legend' in the caller's language): the
 * caller has its translator at hand, and a useTranslation per legend cost the
 * Charts page's draw a hook set-up per card.
 */
export function ChartLegend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  const base = useId();
  if (items.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item, i) => {
        const id = `${base}-p${i}`;
        return (
          <li key={i} className="chart-legend__item">
            {item.dash !== undefined ? (
              <svg className="chart-legend__swatch chart-legend__swatch--line" viewBox="0 0 28 14" aria-hidden="true">
                <line x1={0} x2={28} y1={7} y2={7} stroke={item.style.color} strokeWidth={3} strokeDasharray={item.dash || undefined} />
              </svg>
            ) : (
              <svg className="chart-legend__swatch" viewBox="0 0 14 14" aria-hidden="true">
                {item.style.pattern !== 'solid' && (
                  <defs>
                    <PatternDef id={id} style={item.style} />
                  </defs>
                )}
                <rect width={14} height={14} fill={fillOf(item.style, id)} />
              </svg>
            )}
            {item.label}
          </li>
        );
      })}
    </ul>
  );
}
