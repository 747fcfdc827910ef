import { describe, expect, it } from 'vitest';
import { journeyHash, journeyIdFromHash } from './route';

describe('journey route', () => {
  it('reads the journey id from the hash', () => {
    expect(journeyIdFromHash('#/journeys?id=abc')).toBe('abc');
    expect(journeyIdFromHash('#/journeys')).toBeNull();
    expect(journeyIdFromHash('#/journeys?id=')).toBeNull();
  });

  it('round-trips an id', () => {
    expect(journeyIdFromHash(journeyHash('0190-a b'))).toBe('0190-a b');
    expect(journeyHash(null)).toBe('#/journeys');
  });
});
