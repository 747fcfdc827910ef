import { describe, expect, it, vi } from 'vitest';
import { chartCache } from './chartCache';

describe('chartCache', () => {
  it('computes a view once per objects and key, and again for other objects or another key', () => {
    const cache = chartCache<number>();
    const catalog = {};
    const cells = {};
    const compute = vi.fn(() => 42);
    expect(cache([catalog, cells], 'all', compute)).toBe(42);
    expect(cache([catalog, cells], 'all', compute)).toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
    // New cells after an edit, a new catalog after a rename, another lens: fresh data.
    cache([catalog, {}], 'all', compute);
    cache([{}, cells], 'all', compute);
    cache([catalog, cells], 'customerType:t1', compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('keeps the order of the objects apart', () => {
    const cache = chartCache<string>();
    const a = {};
    const b = {};
    expect(cache([a, b], '', () => 'a then b')).toBe('a then b');
    expect(cache([b, a], '', () => 'b then a')).toBe('b then a');
    expect(cache([a, b], '', () => 'again')).toBe('a then b');
  });

  it('keeps a null result (a delta without its pair) instead of computing it every time', () => {
    const cache = chartCache<null>();
    const compute = vi.fn(() => null);
    const objects = [{}];
    cache(objects, 'x', compute);
    cache(objects, 'x', compute);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('forgets the oldest views past its limit', () => {
    const cache = chartCache<number>();
    const objects = [{}];
    const compute = vi.fn((n: number) => n);
    for (let i = 0; i < 65; i++) cache(objects, `lens${i}`, () => compute(i));
    expect(cache(objects, 'lens64', () => -1)).toBe(64);
    expect(cache(objects, 'lens0', () => -1)).toBe(-1);
  });
});
