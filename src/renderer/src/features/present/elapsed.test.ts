import { describe, expect, it } from 'vitest';
import { NOT_STARTED, elapsedMs, withPresenting } from './elapsed';

describe('the presenter view elapsed clock', () => {
  it('stands still before the presentation starts', () => {
    expect(elapsedMs(NOT_STARTED, 10_000)).toBe(0);
    expect(withPresenting(NOT_STARTED, false, 5_000)).toBe(NOT_STARTED);
  });

  it('counts while presenting, stops when it stops, and goes on from there', () => {
    let e = withPresenting(NOT_STARTED, true, 1_000);
    expect(elapsedMs(e, 61_000)).toBe(60_000);
    e = withPresenting(e, false, 61_000);
    expect(elapsedMs(e, 500_000)).toBe(60_000);
    e = withPresenting(e, true, 600_000);
    expect(elapsedMs(e, 630_000)).toBe(90_000);
    expect(withPresenting(e, true, 700_000)).toBe(e);
  });
});
