import { describe, expect, it } from 'vitest';
import { heatmapLayout } from './heatmapLayout';

const phases = ['Attract', 'Inform', 'Advise', 'Transact', 'Support', 'Relationship'];
const channels = (n: number) => Array.from({ length: n }, (_, i) => `Channel number ${i + 1}`);

describe('heatmapLayout', () => {
  it('draws full-size cells under 40-degree headers when there is room', () => {
    const layout = heatmapLayout({ phaseNames: phases, columnNames: channels(13), decimals: false, width: 1400, scale: 1 });
    expect(layout).toMatchObject({ cellW: 44, angle: 40, fits: true });
    expect(layout.width).toBeLessThanOrEqual(1400);
  });

  it('at 200 % narrows the cells and steepens the headers to stay inside the card', () => {
    const layout = heatmapLayout({ phaseNames: phases, columnNames: channels(13), decimals: false, width: 1100, scale: 2 });
    expect(layout.fits).toBe(true);
    expect(layout.angle).toBe(65);
    expect(layout.cellW).toBeLessThan(88);
    expect(layout.cellW).toBeGreaterThanOrEqual(26 * 1.9);
    expect(layout.width).toBeLessThanOrEqual(1100);
  });

  it('keeps cells big enough for their number and reports that the card must scroll', () => {
    const layout = heatmapLayout({ phaseNames: phases, columnNames: channels(25), decimals: true, width: 1100, scale: 2 });
    expect(layout.fits).toBe(false);
    expect(layout.cellW).toBeCloseTo(26 * 2.4);
    expect(layout.width).toBeGreaterThan(1100);
  });

  it('shortens phase names on a narrow card and sizes the header to the longest shown name', () => {
    const narrow = heatmapLayout({ phaseNames: ['A very long phase name indeed, really'], columnNames: ['Web'], decimals: false, width: 400, scale: 1 });
    expect(narrow.phaseChars).toBe(14);
    expect(narrow.labelW).toBeCloseTo(14 * 13 * 0.6 + 12);
    const short = heatmapLayout({ phaseNames: phases, columnNames: ['Web'], decimals: false, width: 1400, scale: 1 });
    const long = heatmapLayout({ phaseNames: phases, columnNames: ['Web', 'A channel with a name longer than shown'], decimals: false, width: 1400, scale: 1 });
    expect(short.headH).toBeLessThan(long.headH);
    // The header rises by the shown 22 characters, not by the whole name.
    expect(long.headH).toBeCloseTo(22 * 13 * 0.64 * Math.sin((40 * Math.PI) / 180) + 16);
  });
});
