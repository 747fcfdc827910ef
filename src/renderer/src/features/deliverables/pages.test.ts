import { describe, expect, it } from 'vitest';
import { PAGE_PX, PAGE_WIDTH_PX, planPages, type MeasuredBlock } from './pages';

const at = (id: string, top: number, extra: Partial<MeasuredBlock> = {}): MeasuredBlock => ({ id, top, breakBefore: 'auto', keepWithNext: false, section: null, ...extra });

describe('planPages: the report pages from the laid-out blocks', () => {
  it('knows A4 less 15 mm margins at 96 dpi', () => {
    expect(PAGE_PX).toBeCloseTo(1009.1, 1);
    expect(PAGE_WIDTH_PX).toBeCloseTo(680.3, 1);
  });

  it('takes each height from one top to the next and gives every section the page of its heading', () => {
    const plan = planPages(
      [
        at('cover', 0, { breakBefore: 'page' }),
        at('toc', 50, { breakBefore: 'page' }),
        at('h1', 80, { breakBefore: 'page', keepWithNext: true, section: 'matrix' }),
        at('t1', 90),
        at('h2', 160, { keepWithNext: true, section: 'findings' }),
        at('p1', 170),
      ],
      200,
      100,
    );
    expect(plan.pagination.pageOf).toEqual({ cover: 1, toc: 2, h1: 3, t1: 3, h2: 4, p1: 4 });
    expect(plan.sectionPages).toEqual({ matrix: 3, findings: 4 });
    expect(plan.pagination.starts).toEqual(['toc', 'h1', 'h2']);
  });

  it('signs the layout by its blocks and heights, so a changed height is a new layout', () => {
    const one = planPages([at('a', 0), at('b', 10)], 30, 100);
    const same = planPages([at('a', 100), at('b', 110)], 130, 100);
    const taller = planPages([at('a', 0), at('b', 12)], 30, 100);
    expect(same.signature).toBe(one.signature);
    expect(taller.signature).not.toBe(one.signature);
  });
});
