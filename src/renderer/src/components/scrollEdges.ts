/**
 * What lies outside a horizontally scrolling strip (the journey map's phase
 * columns, the channel switches): how many items are cut off or out of view
 * before and after what is shown. Pure, from boxes, so the tests need no DOM.
 */

export interface Span {
  left: number;
  right: number;
}

export interface Edges {
  /** Items not wholly in view on the left / on the right. */
  before: number;
  after: number;
  /** The strip is wider than its view: it scrolls. */
  scrolls: boolean;
}

/** Half a pixel either way is rounding, not a cut. */
const TOLERANCE = 1;

export function scrollEdges(items: readonly Span[], view: Span, contentWidth: number): Edges {
  const before = items.filter((item) => item.left < view.left - TOLERANCE).length;
  const after = items.filter((item) => item.right > view.right + TOLERANCE).length;
  return { before, after, scrolls: contentWidth > view.right - view.left + TOLERANCE };
}

/**
 * Where to scroll to bring the next cut-off item wholly into view at the right
 * edge (an item wider than the view: its left edge at the left), or the
 * previous one at the left edge; null when there is none that way.
 */
export function scrollTarget(items: readonly Span[], view: Span, scrollLeft: number, direction: 1 | -1): number | null {
  if (direction === 1) {
    const next = items.find((item) => item.right > view.right + TOLERANCE);
    return next ? scrollLeft + Math.min(next.right - view.right, next.left - view.left) : null;
  }
  const previous = items.filter((item) => item.left < view.left - TOLERANCE).at(-1);
  return previous ? Math.max(0, scrollLeft - (view.left - previous.left)) : null;
}
