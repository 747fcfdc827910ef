import { describe, expect, it } from 'vitest';
import { channelGroups } from './ReportSections';

describe('the matrix tables of the report', () => {
  it('keeps up to eight channels in one table', () => {
    expect(channelGroups([1, 2, 3])).toEqual([[1, 2, 3]]);
    expect(channelGroups([1, 2, 3, 4, 5, 6, 7, 8]).length).toBe(1);
    expect(channelGroups([])).toEqual([]);
  });

  it('splits more channels into even tables, in order', () => {
    const thirteen = Array.from({ length: 13 }, (_, i) => i);
    expect(channelGroups(thirteen).map((g) => g.length)).toEqual([7, 6]);
    expect(channelGroups(thirteen).flat()).toEqual(thirteen);
    expect(channelGroups(Array.from({ length: 60 }, (_, i) => i)).map((g) => g.length)).toEqual([8, 8, 8, 8, 8, 8, 8, 4]);
  });
});
