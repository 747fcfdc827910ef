/**
 * Long series are thinned before drawing: a chart with 60 bars or stacks cannot
 * be read on a projector. The heaviest items stay, in their original order; the
 * rest are folded into one "Other (n)" item by the caller.
 */

/** Most items drawn on one axis or as stacks; past it the rest become "Other (n)". */
export const DRAW_BUDGET = 24;

export interface Folded<T> {
  kept: T[];
  /** What goes into "Other (n)"; empty when everything fits. */
  folded: T[];
}

/**
 * Keep at most `budget` entries: all of them when they fit, else the
 * `budget - 1` heaviest (earlier items win ties) plus room for "Other".
 */
export function foldByWeight<T>(items: readonly T[], weight: (item: T) => number, budget: number = DRAW_BUDGET): Folded<T> {
  if (!Number.isInteger(budget) || budget < 1) throw new RangeError(`budget must be a positive integer, got ${budget}`);
  if (items.length <= budget) return { kept: [...items], folded: [] };
  const ranked = items.map((item, index) => ({ index, weight: weight(item) })).sort((a, b) => b.weight - a.weight || a.index - b.index);
  const keep = new Set(ranked.slice(0, budget - 1).map((r) => r.index));
  const kept: T[] = [];
  const folded: T[] = [];
  items.forEach((item, index) => (keep.has(index) ? kept : folded).push(item));
  return { kept, folded };
}
