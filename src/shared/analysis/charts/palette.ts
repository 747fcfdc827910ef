/**
 * Colours, patterns and dashes of the charts: one definition for the app's
 * charts and the exported files. Okabe-Ito is safe for the common forms of
 * colour blindness; past its eight colours, and for every two-series chart,
 * patterns (bars) or dashes (lines) tell series apart as well, so no meaning
 * rests on colour alone.
 */

/** Okabe-Ito, ordered so neighbours contrast; grey stands in for black, which vanishes on dark themes. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#999999'] as const;

export const PATTERNS = ['solid', 'hatch', 'dots', 'cross'] as const;
export type Pattern = (typeof PATTERNS)[number];

export interface SeriesStyle {
  color: string;
  pattern: Pattern;
}

/** "Other (n)": neutral grey, cross-hatched, whatever its place. */
export const OTHER_STYLE: SeriesStyle = { color: '#BBBBBB', pattern: 'cross' };

/**
 * Series i: colours first; each round through the palette adds a pattern. In
 * high contrast every series also gets its own pattern.
 */
export function seriesStyle(i: number, highContrast = false): SeriesStyle {
  const round = Math.floor(i / OKABE_ITO.length);
  const pattern = highContrast ? PATTERNS[i % PATTERNS.length]! : PATTERNS[round % PATTERNS.length]!;
  return { color: OKABE_ITO[i % OKABE_ITO.length]!, pattern };
}

/** Dash patterns for lines (radar outlines), so overlaid types differ without colour. */
export const DASHES = ['', '8 4', '2 4', '12 4 2 4', '4 4'] as const;

/** Online solid blue, offline hatched orange: different in colour and in pattern. */
export const BALANCE_STYLES: { online: SeriesStyle; offline: SeriesStyle } = {
  online: { color: '#0072B2', pattern: 'solid' },
  offline: { color: '#E69F00', pattern: 'hatch' },
};

/** The first scenario grey and hatched, the second solid blue. */
export const DELTA_STYLES: { from: SeriesStyle; to: SeriesStyle } = {
  from: { color: '#999999', pattern: 'hatch' },
  to: { color: '#0072B2', pattern: 'solid' },
};

/** Heatmap fills for roles 0-3 (a single-hue blue ramp) and the text colour that reads on each. */
export const ROLE_FILLS = ['#F1F5F9', '#C6DBEF', '#6BAED6', '#08519C'] as const;
export const ROLE_TEXT = ['#1B2430', '#1B2430', '#0B1320', '#FFFFFF'] as const;
