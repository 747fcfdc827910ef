import { describe, expect, it } from 'vitest';
import { barPaths } from './barMarks';

/** A value is ten pixels from x = 100; rows are 20 high from y = 0. */
const geometry = { top: 0, band: 20, barH: 10, gap: 2, x: (value: number) => 100 + value * 10 };

describe('barPaths', () => {
  it('stacks a row’s values end to end, one path per series, and leaves out bars without a value', () => {
    const paths = barPaths([{ values: [2, 0, 3] }, { values: [1, 4, 0] }], { ...geometry, layout: 'stacked' });
    expect(paths).toEqual([
      // Row 0 is centred on y = 10, row 1 on y = 30: a 10-high bar starts 5 above.
      'M100 5h20v10h-20zM100 25h10v10h-10z',
      'M110 25h40v10h-40z',
      'M120 5h30v10h-30z',
    ]);
  });

  it('sets grouped bars side by side from zero, and a series with no bar at all draws nothing', () => {
    const paths = barPaths([{ values: [2, 0] }, { values: [1, 0] }], { ...geometry, layout: 'grouped' });
    // The pair fills 80 % of the row (16 of 20), from 2 to 18; the second bar would start 12 lower.
    expect(paths).toEqual(['M100 2h20v10h-20zM100 22h10v10h-10z', '']);
  });
});
