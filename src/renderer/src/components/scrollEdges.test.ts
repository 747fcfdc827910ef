import { describe, expect, it } from 'vitest';
import { scrollEdges, scrollTarget } from './scrollEdges';

/** Six columns of 200 px with 10 px between them, from x = 0. */
const columns = Array.from({ length: 6 }, (_, i) => ({ left: i * 210, right: i * 210 + 200 }));
const CONTENT = 6 * 210 - 10;

describe('scrollEdges: what a horizontal strip leaves out of view', () => {
  it('sees nothing cut when every column is in view', () => {
    expect(scrollEdges(columns, { left: 0, right: 1250 }, CONTENT)).toEqual({ before: 0, after: 0, scrolls: false });
  });

  it('counts the columns cut off or hidden on the right, and says the strip scrolls', () => {
    // 900 px show columns 1-4 whole; 5 is cut, 6 is out of view.
    expect(scrollEdges(columns, { left: 0, right: 900 }, CONTENT)).toEqual({ before: 0, after: 2, scrolls: true });
  });

  it('counts the columns left behind once scrolled', () => {
    expect(scrollEdges(columns, { left: 400, right: 1300 }, CONTENT)).toEqual({ before: 2, after: 0, scrolls: true });
  });

  it('takes a rounding pixel for no cut', () => {
    expect(scrollEdges(columns, { left: 0.5, right: 1249.5 }, CONTENT).after).toBe(0);
  });
});

describe('scrollTarget: the next or previous cut column, wholly into view', () => {
  const view = { left: 0, right: 900 };

  it('scrolls right just far enough to show the first cut column whole', () => {
    expect(scrollTarget(columns, view, 0, 1)).toBe(140);
  });

  it('scrolls left to show the previous column whole at the left edge', () => {
    // Scrolled by 400: the view's boxes are shifted left by 400.
    const shifted = columns.map((c) => ({ left: c.left - 400, right: c.right - 400 }));
    expect(scrollTarget(shifted, view, 400, -1)).toBe(210);
  });

  it('has nowhere to go at either end', () => {
    expect(scrollTarget(columns, view, 0, -1)).toBeNull();
    expect(scrollTarget(columns, { left: 0, right: 1300 }, 0, 1)).toBeNull();
  });
});
