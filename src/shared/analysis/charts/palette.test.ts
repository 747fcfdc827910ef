import { describe, expect, it } from 'vitest';
import { OKABE_ITO, OTHER_STYLE, seriesStyle } from './palette';

describe('the chart palette', () => {
  it('runs through the Okabe-Ito colours first, then adds a pattern per round', () => {
    expect(seriesStyle(0)).toEqual({ color: '#0072B2', pattern: 'solid' });
    expect(seriesStyle(OKABE_ITO.length)).toEqual({ color: '#0072B2', pattern: 'hatch' });
    expect(seriesStyle(1, true).pattern).toBe('hatch');
  });

  it('keeps "Other" out of the palette so it never looks like a channel', () => {
    expect(OKABE_ITO).not.toContain(OTHER_STYLE.color);
  });
});
