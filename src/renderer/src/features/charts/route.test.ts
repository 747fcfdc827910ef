import { describe, expect, it } from 'vitest';
import { formatChartsHash, parseChartsHash, type ChartsRoute } from './route';

describe('charts route', () => {
  it('is the bare page by default, and reads it back as the defaults', () => {
    const defaults: ChartsRoute = { scenario: null, lens: { kind: 'all' }, pair: null, types: null };
    expect(formatChartsHash(defaults)).toBe('#/charts');
    expect(parseChartsHash('#/charts')).toEqual(defaults);
  });

  it('round-trips a scenario, a lens, a delta pair and the radar types', () => {
    const route: ChartsRoute = { scenario: 's2', lens: { kind: 'typology', id: 't1' }, pair: { from: 's1', to: 's3' }, types: ['a', 'b'] };
    expect(parseChartsHash(formatChartsHash(route))).toEqual(route);
  });

  it('keeps "no types chosen" apart from "the default types"', () => {
    expect(parseChartsHash('#/charts?types=').types).toEqual([]);
    expect(parseChartsHash(formatChartsHash({ scenario: null, lens: { kind: 'all' }, pair: null, types: [] })).types).toEqual([]);
  });

  it('ignores a half or self pair and a malformed lens', () => {
    expect(parseChartsHash('#/charts?from=s1').pair).toBeNull();
    expect(parseChartsHash('#/charts?from=s1&to=s1').pair).toBeNull();
    expect(parseChartsHash('#/charts?lens=planet:x').lens).toEqual({ kind: 'all' });
  });
});
