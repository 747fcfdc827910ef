import { describe, expect, it } from 'vitest';
import { curveStyle, markerPath, MAX_OVERLAYS } from './curveStyle';

describe('curve styles', () => {
  it('gives every curve on a full chart its own colour, and neighbours their own dash and marker', () => {
    const styles = Array.from({ length: MAX_OVERLAYS + 1 }, (_, i) => curveStyle(i));
    expect(new Set(styles.map((s) => s.colorVar)).size).toBe(styles.length);
    for (let i = 1; i < styles.length; i++) {
      expect(styles[i]!.dash).not.toBe(styles[i - 1]!.dash);
      expect(styles[i]!.marker).not.toBe(styles[i - 1]!.marker);
    }
  });

  it('draws closed marker paths around the point', () => {
    for (const shape of ['circle', 'square', 'triangle', 'diamond'] as const) {
      const path = markerPath(shape, 10, 20, 4);
      expect(path.startsWith('M')).toBe(true);
      expect(path).not.toContain('NaN');
    }
    expect(markerPath('square', 10, 20, 4)).toBe('M6 16h8v8h-8Z');
  });
});
