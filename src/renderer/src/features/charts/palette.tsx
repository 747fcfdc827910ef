/**
 * SVG fills of the charts. The colour values live in shared (one definition
 * for the app and the exported decks); this adds the pattern drawing.
 */
import type { SeriesStyle } from '@shared/analysis/charts/palette';

export * from '@shared/analysis/charts/palette';

/** A fill value for SVG: the plain colour, or the pattern defined by <PatternDef id=...>. */
export const fillOf = (style: SeriesStyle, id: string): string => (style.pattern === 'solid' ? style.color : `url(#${id})`);

/** The <pattern> element behind fillOf; put it in the chart's <defs>. */
export function PatternDef({ id, style }: { id: string; style: SeriesStyle }) {
  if (style.pattern === 'solid') return null;
  const ink = 'rgba(0,0,0,0.55)';
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={8} height={8}>
      <rect width={8} height={8} fill={style.color} />
      {style.pattern === 'hatch' && <path d="M-2 2 2 -2 M0 8 8 0 M6 10 10 6" stroke={ink} strokeWidth={2} />}
      {style.pattern === 'dots' && <circle cx={4} cy={4} r={1.6} fill={ink} />}
      {style.pattern === 'cross' && <path d="M0 0 8 8 M8 0 0 8" stroke={ink} strokeWidth={1.5} />}
    </pattern>
  );
}
