/**
 * How each curve on the emotion chart is told apart: a colour from the
 * Okabe-Ito palette (safe for colour-blind readers) and, because colour alone
 * is not enough in grey-scale print or high contrast, its own dash pattern and
 * marker shape. Colours come from CSS variables so the themes can adjust them.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface CurveStyle {
  /** The CSS variable with the colour (defined in journeys.css per theme). */
  colorVar: string;
  dash: string | undefined;
  marker: MarkerShape;
}

const STYLES: readonly CurveStyle[] = [
  { colorVar: '--curve-1', dash: undefined, marker: 'circle' },
  { colorVar: '--curve-2', dash: '8 4', marker: 'square' },
  { colorVar: '--curve-3', dash: '2 4', marker: 'triangle' },
  { colorVar: '--curve-4', dash: '10 4 2 4', marker: 'diamond' },
  { colorVar: '--curve-5', dash: '4 4', marker: 'circle' },
  { colorVar: '--curve-6', dash: '12 6', marker: 'square' },
];

/** The style of the n-th curve (0: the journey itself); repeats after six, which the selector never reaches. */
export function curveStyle(index: number): CurveStyle {
  return STYLES[index % STYLES.length]!;
}

/** At most this many other journeys on one chart: beyond it the lines cannot be told apart. */
export const MAX_OVERLAYS = STYLES.length - 1;

/** An SVG path of the marker centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case 'square':
      return `M${x - r} ${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case 'triangle':
      return `M${x} ${y - r * 1.2}L${x + r * 1.1} ${y + r * 0.9}H${x - r * 1.1}Z`;
    case 'diamond':
      return `M${x} ${y - r * 1.3}L${x + r * 1.3} ${y}L${x} ${y + r * 1.3}L${x - r * 1.3} ${y}Z`;
    default:
      return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
}
