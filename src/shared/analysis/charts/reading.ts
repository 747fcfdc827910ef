/**
 * The one-line reading under each chart is computed with its data: a key into
 * ui.charts.readings plus plain parameters, translated in the renderer. Keys
 * with a `count` parameter have _one/_other forms in the locale files.
 */
export const READING_KEYS = [
  'heatmap.noAxes',
  'heatmap.empty',
  'heatmap.allNone',
  'heatmap.summary',
  'mix.noAxes',
  'mix.empty',
  'mix.summary',
  'profile.noTypes',
  'profile.empty',
  'profile.single',
  'profile.compare',
  'profile.same',
  'quadrant.none',
  'quadrant.unplaced',
  'quadrant.noTypes',
  'quadrant.summary',
  'quadrant.summaryNoLeads',
  'balance.noAxes',
  'balance.empty',
  'balance.summary',
  'delta.noAxes',
  'delta.same',
  'delta.summary',
  'delta.reshuffled',
] as const;

export type ReadingKey = (typeof READING_KEYS)[number];

export interface Reading {
  key: ReadingKey;
  params: Record<string, string | number>;
}

export const reading = (key: ReadingKey, params: Record<string, string | number> = {}): Reading => ({ key, params });

/** "+3", "−2", "0": a change as people write it (a real minus sign). */
export const signed = (value: number): string => (value > 0 ? `+${value}` : value < 0 ? `\u2212${Math.abs(value)}` : '0');
