import { describe, expect, it } from 'vitest';
import { matrixBands } from './matrixBands';

const total = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);

describe('matrixBands', () => {
  it('draws a 13-channel matrix of six phases as one grid', () => {
    const bands = matrixBands(13, 6, 0.6, 1.4);
    expect(bands.sizes).toEqual([13]);
    expect(bands.leftOut).toBe(0);
    expect(bands.zoom).toBeGreaterThanOrEqual(1);
  });

  it('cuts a 30-channel matrix into two bands instead of drawing it tiny', () => {
    const bands = matrixBands(30, 6, 0.6, 1.4);
    expect(bands.sizes).toEqual([15, 15]);
    expect(bands.leftOut).toBe(0);
    expect(bands.zoom).toBeGreaterThanOrEqual(0.6);
  });

  it('leaves out trailing channels when even the best layout is too small to read, and says how many', () => {
    const bands = matrixBands(60, 12, 0.6, 1.4);
    expect(bands.leftOut).toBeGreaterThan(0);
    expect(total(bands.sizes) + bands.leftOut).toBe(60);
    expect(bands.zoom).toBe(0.6);
  });

  it('keeps small grids in one band and never shows more than it has', () => {
    expect(matrixBands(3, 6, 0.6, 1.4).sizes).toEqual([3]);
    expect(matrixBands(0, 6, 0.6, 1.4).sizes).toEqual([]);
    for (let n = 1; n <= 80; n++) {
      const bands = matrixBands(n, 6, 0.6, 1.4);
      expect(total(bands.sizes) + bands.leftOut).toBe(n);
      expect(bands.sizes.every((s) => s > 0)).toBe(true);
    }
  });
});
