import { describe, expect, it } from 'vitest';
import { paginate, type BlockBreak, type LayoutBlock } from './paginate';

const block = (id: string, height: number, breakBefore: BlockBreak = 'auto', keepWithNext = false): LayoutBlock => ({ id, height, breakBefore, keepWithNext });
const PAGE = { pageHeight: 100 };

describe('paginate: where the printed report breaks its pages', () => {
  it('lets blocks flow and breaks only when the next one does not fit', () => {
    const result = paginate([block('a', 40), block('b', 40), block('c', 40), block('d', 50)], PAGE);
    expect(result.pageOf).toEqual({ a: 1, b: 1, c: 2, d: 2 });
    expect(result.starts).toEqual(['c']);
    expect(result.total).toBe(2);
  });

  it('always breaks before a page block, but not before the very first block', () => {
    const result = paginate([block('cover', 30, 'page'), block('toc', 20, 'page'), block('x', 10)], PAGE);
    expect(result.pageOf).toEqual({ cover: 1, toc: 2, x: 2 });
    expect(result.starts).toEqual(['toc']);
  });

  it('starts a chapter on the same page while that page is mostly empty, on a new one once it is mostly full', () => {
    const exact = { pageHeight: 100, lastPageMin: 0 };
    expect(paginate([block('a', 30), block('ch', 20, 'chapter')], exact).pageOf).toEqual({ a: 1, ch: 1 });
    expect(paginate([block('a', 70), block('ch', 20, 'chapter')], exact).pageOf).toEqual({ a: 1, ch: 2 });
    expect(paginate([block('a', 30), block('ch', 20, 'chapter')], { ...exact, chapterFill: 0.2 }).pageOf).toEqual({ a: 1, ch: 2 });
  });

  it('never leaves a heading alone at the bottom of a page: it moves with the block after it', () => {
    const result = paginate([block('a', 70), block('h', 10, 'auto', true), block('lead', 5, 'auto', true), block('table', 30)], PAGE);
    expect(result.pageOf).toEqual({ a: 1, h: 2, lead: 2, table: 2 });
    expect(result.starts).toEqual(['h']);
  });

  it('keeps a heading with its block even when the heading itself would still fit', () => {
    const result = paginate([block('a', 85), block('h', 10, 'auto', true), block('b', 10)], PAGE);
    expect(result.pageOf).toEqual({ a: 1, h: 2, b: 2 });
  });

  it('splits a group taller than a page between its blocks, never inside one', () => {
    const result = paginate([block('h', 10, 'auto', true), block('b', 95)], PAGE);
    expect(result.pageOf).toEqual({ h: 1, b: 2 });
    const result2 = paginate([block('x', 10), block('h', 10, 'auto', true), block('b', 95)], PAGE);
    expect(result2.pageOf).toEqual({ x: 1, h: 1, b: 2 });
  });

  it('counts the pages a block taller than a page takes, and starts clean after it', () => {
    const result = paginate([block('a', 10), block('huge', 250), block('b', 10)], PAGE);
    expect(result.pageOf).toEqual({ a: 1, huge: 2, b: 5 });
    expect(result.starts).toEqual(['huge', 'b']);
    expect(result.total).toBe(5);
  });

  it('has no pages without blocks', () => {
    expect(paginate([], PAGE)).toEqual({ pageOf: {}, starts: [], total: 0, lastFill: 0 });
  });

  it('lets a chapter follow on a fuller page when that saves a near-empty last page', () => {
    // By the default rule the chapter opens page 2 and its last block is alone on page 3.
    const blocks = [block('a', 65), block('ch', 10, 'chapter', true), block('b', 20), block('c', 60), block('d', 25)];
    expect(paginate(blocks, { pageHeight: 100, lastPageMin: 0 }).pageOf).toEqual({ a: 1, ch: 2, b: 2, c: 2, d: 3 });
    const result = paginate(blocks, PAGE);
    expect(result.pageOf).toEqual({ a: 1, ch: 1, b: 1, c: 2, d: 2 });
    expect(result.total).toBe(2);
    expect(result.lastFill).toBeCloseTo(0.85, 6);
  });

  it('keeps the chapter on its own page when relaxing saves nothing', () => {
    const blocks = [block('a', 65), block('ch', 40, 'chapter'), block('b', 50), block('c', 15)];
    const result = paginate(blocks, PAGE);
    expect(result.pageOf).toEqual({ a: 1, ch: 2, b: 2, c: 3 });
    expect(result.lastFill).toBeCloseTo(0.15, 6);
  });
});
