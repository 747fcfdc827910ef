import { describe, expect, it } from 'vitest';
import { journeyHash, journeyIdFromHash, journeyStepFromHash } from './route';

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

  it('carries a step to focus, only on an open journey', () => {
    const hash = journeyHash('j1', 's 2');
    expect(hash).toBe('#/journeys?id=j1&step=s+2');
    expect(journeyIdFromHash(hash)).toBe('j1');
    expect(journeyStepFromHash(hash)).toBe('s 2');
    expect(journeyStepFromHash(journeyHash('j1'))).toBeNull();
    expect(journeyStepFromHash('#/journeys?step=s2')).toBeNull();
    expect(journeyHash(null, 's2')).toBe('#/journeys');
  });
});
