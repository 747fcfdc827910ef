import { describe, expect, it } from 'vitest';
import { formatDateTime, localeFor } from './format';

describe('dates in the UI language', () => {
  const moment = '2026-12-02T12:05:00.000Z';

  it('writes the history in Dutch in a Dutch UI, not "Dec 2, 2026"', () => {
    expect(formatDateTime('nl', moment, ['en-US'])).toMatch(/^2 dec 2026/);
    expect(formatDateTime('en', moment, ['nl-NL', 'en-GB'])).toMatch(/^2 Dec 2026/);
  });

  it('keeps the user’s regional variant of the UI language', () => {
    expect(localeFor('en', ['nl-NL', 'en-GB'])).toBe('en-GB');
    expect(localeFor('nl', ['en-US'])).toBe('nl');
  });

  it('leaves a text that is not a date as it is', () => {
    expect(formatDateTime('en', 'yesterday', [])).toBe('yesterday');
  });
});
