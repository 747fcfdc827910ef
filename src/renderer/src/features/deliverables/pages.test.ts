import { describe, expect, it } from 'vitest';
import { pagesFor, PAGE_PX, sectionPages } from './pages';

describe('report page numbers', () => {
  it('counts whole A4 pages, at least one per block', () => {
    expect(PAGE_PX).toBeCloseTo(1009.1, 1);
    expect(pagesFor(0)).toBe(1);
    expect(pagesFor(PAGE_PX)).toBe(1);
    expect(pagesFor(PAGE_PX + 1)).toBe(2);
    expect(pagesFor(250, 100)).toBe(3);
  });

  it('starts each section after the title page, the contents and the sections before it', () => {
    const result = sectionPages(
      [
        { id: 'a', height: 50 },
        { id: 'b', height: 250 },
        { id: 'c', height: 0 },
      ],
      80,
      100,
    );
    expect(result.pages).toEqual({ a: 3, b: 4, c: 7 });
    expect(result.total).toBe(7);
  });

  it('moves everything on when the contents run over a page', () => {
    expect(sectionPages([{ id: 'a', height: 10 }], 210, 100).pages).toEqual({ a: 5 });
  });
});
