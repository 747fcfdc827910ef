import { describe, expect, it } from 'vitest';
import { niceTicks } from './ticks';

describe('niceTicks', () => {
  it('counts in ones while they fit', () => {
    expect(niceTicks(3, 10)).toEqual([0, 1, 2, 3]);
  });

  it('steps by 1, 2, 4 or 5 times a power of ten and ends at or above the maximum', () => {
    expect(niceTicks(7, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(101, 5)).toEqual([0, 40, 80, 120]);
    expect(niceTicks(16, 7)).toEqual([0, 4, 8, 12, 16]);
    expect(niceTicks(1234, 6)).toEqual([0, 400, 800, 1200, 1600]);
  });

  it('never steps by a fraction: role weight is a whole number', () => {
    expect(niceTicks(0.4, 8)).toEqual([0, 1]);
    expect(niceTicks(2.5, 8)).toEqual([0, 1, 2, 3]);
  });

  it('draws one unit when nothing carries weight, and copes with a tiny tick budget', () => {
    expect(niceTicks(0, 5)).toEqual([0, 1]);
    expect(niceTicks(9, 0)).toEqual([0, 10]);
  });
});
