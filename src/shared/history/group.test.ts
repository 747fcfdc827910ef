import { describe, expect, it } from 'vitest';
import type { HistoryEntry, Label } from '../domain/types';
import { groupHistory } from './group';

let seq = 1000;
/** An entry `minutes` after 10:00; the lists below are newest first, as the journal gives them. */
function entry(label: Label, minutes: number, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  const at = new Date(Date.UTC(2026, 11, 2, 10, 0, 0) + minutes * 60_000).toISOString();
  return { seq: seq--, kind: 'edit', label, at, undone: false, ...extra };
}
const cell = (channel: string, phase: string, scenario = 'As-is'): Label => ({
  key: 'history.setCellAll',
  params: { channel, phase, from: 'unset', to: '2', scenario, lens: '' },
});
const lensCell = (channel: string, lens: string): Label => ({
  key: 'history.setCell',
  params: { channel, phase: 'Advise', from: 'unset', to: '3', scenario: 'As-is', lens },
});
const economics = (name: string): Label => ({ key: 'history.economicsInputs', params: { name } });

describe('grouping the history into runs', () => {
  it('shows a run of cell edits in one view as one line with the number of cells', () => {
    const channels = ['Web', 'Store', 'Phone', 'Mail'];
    const entries = channels.map((c, i) => entry(cell(c, 'Attract'), 20 - i));
    const groups = groupHistory(entries);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.entries).toEqual(entries);
    expect(groups[0]!.label).toEqual({ key: 'history.cellRunAll', params: { count: 4, scenario: 'As-is', lens: '' } });
  });

  it('counts a cell edited twice once, and adds the cells of a bulk edit', () => {
    const bulk: Label = { key: 'history.setCellsInAll', params: { count: 5, scenario: 'As-is', lens: '' } };
    const groups = groupHistory([entry(cell('Web', 'Attract'), 3), entry(cell('Web', 'Attract'), 2), entry(bulk, 1)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.label.params?.count).toBe(6);
  });

  it('keeps a repeated edit of one item as that item’s label', () => {
    const groups = groupHistory([entry(economics('Saver'), 3), entry(economics('Saver'), 2), entry(economics('Saver'), 1)]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.entries).toHaveLength(3);
    expect(groups[0]!.label).toEqual(economics('Saver'));
  });

  it('reads several fields of one item in a row as one edit of the item', () => {
    const field = (f: string): Label => ({ key: 'history.updateField', params: { name: 'Store', field: f } });
    const groups = groupHistory([entry(field('reach'), 2), entry(field('costPerContact'), 1)]);
    expect(groups.map((g) => g.label)).toEqual([{ key: 'history.update', params: { name: 'Store' } }]);
  });

  it('breaks a run when neighbours are more than the gap apart', () => {
    const groups = groupHistory([entry(cell('Web', 'Attract'), 30), entry(cell('Store', 'Attract'), 25), entry(cell('Phone', 'Attract'), 10)]);
    expect(groups.map((g) => g.entries.length)).toEqual([2, 1]);
    // The gap is between neighbours, not from the run's start.
    const steady = [0, 8, 16, 24, 32].map((m) => entry(cell(`C${m}`, 'Attract'), 40 - m));
    expect(groupHistory(steady)).toHaveLength(1);
  });

  it('breaks a run at another area, scenario, lens or customer type', () => {
    const groups = groupHistory([
      entry(cell('Web', 'Attract'), 9),
      entry(cell('Store', 'Attract', 'To-be'), 8),
      entry(lensCell('Web', 'Saver'), 7),
      entry(lensCell('Store', 'Saver'), 6),
      entry(lensCell('Store', 'Spender'), 5),
      entry(economics('Saver'), 4),
      entry(economics('Spender'), 3),
      entry({ key: 'history.stepUpdate', params: { name: 'Saver' } }, 2),
    ]);
    expect(groups.map((g) => g.entries.length)).toEqual([1, 1, 2, 1, 1, 1, 1]);
    expect(groups[2]!.label).toEqual({ key: 'history.cellRun', params: { count: 2, scenario: 'As-is', lens: 'Saver' } });
  });

  it('keeps undone entries apart from done ones, and groups undone ones among themselves', () => {
    const groups = groupHistory([
      entry(cell('Web', 'Attract'), 4),
      entry(cell('Store', 'Attract'), 3, { undone: true }),
      entry(cell('Phone', 'Attract'), 2, { undone: true }),
      entry(cell('Mail', 'Attract'), 1),
    ]);
    expect(groups.map((g) => [g.entries.length, g.undone])).toEqual([
      [1, false],
      [2, true],
      [1, false],
    ]);
  });

  it('keeps undo steps apart from the edits, and groups a run of undos', () => {
    const groups = groupHistory([
      entry(cell('Web', 'Attract'), 3, { kind: 'undo' }),
      entry(cell('Store', 'Attract'), 2, { kind: 'undo' }),
      entry(cell('Phone', 'Attract'), 1),
    ]);
    expect(groups.map((g) => [g.kind, g.entries.length])).toEqual([
      ['undo', 2],
      ['edit', 1],
    ]);
  });

  it('shows a lone entry as itself, and never groups imports or restores', () => {
    const restore: Label = { key: 'history.restore', params: { name: 'Before' } };
    const lone = entry(cell('Web', 'Attract'), 5);
    const groups = groupHistory([lone, entry(restore, 4, { kind: 'restore' }), entry(restore, 3, { kind: 'restore' })]);
    expect(groups).toHaveLength(3);
    expect(groups[0]).toEqual({ entries: [lone], label: lone.label, kind: 'edit', undone: false });
  });

  it('returns nothing for no entries', () => {
    expect(groupHistory([])).toEqual([]);
  });
});
