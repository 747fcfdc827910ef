import { describe, expect, it } from 'vitest';
import { channelGroups, channelsPerTable } from './ReportSections';

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

describe('how many channels share a matrix table', () => {
  it('keeps every word of a channel name whole: a long word means fewer columns', () => {
    expect(channelsPerTable(['Store', 'Website', 'E-mail'])).toBe(8);
    expect(channelsPerTable(['Account manager', 'Messaging (WhatsApp)'])).toBe(6);
    expect(channelsPerTable(['Accountmanager', 'Berichtenapps (WhatsApp)'])).toBe(4);
    expect(channelsPerTable(['Klantenservicemedewerkersoverleg'])).toBe(4);
    expect(channelsPerTable([])).toBe(8);
  });
});
