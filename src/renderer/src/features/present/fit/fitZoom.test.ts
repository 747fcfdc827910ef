import { describe, expect, it } from 'vitest';
import { fitCount, fitZoom } from './fitZoom';

describe('fitZoom', () => {
  it('takes the largest zoom at which the content fits', () => {
    const result = fitZoom((z) => 800 * z <= 600, 0.5, 1.5);
    expect(result.fits).toBe(true);
    expect(result.zoom).toBeLessThanOrEqual(0.75);
    expect(result.zoom).toBeGreaterThan(0.73);
  });

  it('draws small content up to the maximum', () => {
    expect(fitZoom(() => true, 0.5, 1.6)).toEqual({ zoom: 1.6, fits: true });
  });

  it('says so when even the minimum does not fit', () => {
    expect(fitZoom(() => false, 0.6, 1)).toEqual({ zoom: 0.6, fits: false });
  });

  it('never answers a zoom that does not fit', () => {
    for (const limit of [0.61, 0.777, 0.99, 1.2]) {
      const { zoom } = fitZoom((z) => z <= limit, 0.6, 1.5);
      expect(zoom).toBeLessThanOrEqual(limit);
    }
  });
});

describe('fitCount', () => {
  it('shows everything that fits, and the most that fits otherwise', () => {
    expect(fitCount((n) => n <= 20, 12)).toBe(12);
    expect(fitCount((n) => n <= 7, 30)).toBe(7);
    expect(fitCount(() => false, 30)).toBe(1);
    expect(fitCount(() => false, 0)).toBe(0);
  });
});
