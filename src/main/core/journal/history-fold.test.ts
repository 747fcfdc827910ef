import { describe, expect, it } from 'vitest';
import type { HistoryEntry, Label } from '@shared/domain/types';
import { foldHistory, foldKey, type HistoryRow } from './history-fold';

let seq = 1000;
const row = (label: Label, state: HistoryRow['state'] = null, kind: HistoryEntry['kind'] = 'edit'): HistoryRow => ({
  entry: { seq: seq--, kind, label, at: `2025-01-01T10:00:${String(seq % 60).padStart(2, '0')}.000Z`, undone: state === 'undone' },
  state,
});
const vote = (name: string, session = 's1', title = 'Where to invest') => row({ key: 'history.vote', params: { name, title, session } });
const join = (name: string) => row({ key: 'history.voteJoin', params: { name } });
const edit = (name: string) => row({ key: 'history.update', params: { name } }, 'done');

/** Rows as the history reads them, counting how many were pulled. */
function counted(rows: readonly HistoryRow[]): { rows: Iterable<HistoryRow>; pulled: () => number } {
  let pulled = 0;
  return {
    rows: (function* () {
      for (const r of rows) {
        pulled++;
        yield r;
      }
    })(),
    pulled: () => pulled,
  };
}

describe('history folding', () => {
  it('folds a run of dots in one vote into one line, with the newest seq and time', () => {
    const rows = [vote('Ann'), vote('Bob'), vote('Ann'), edit('Store')];
    const list = foldHistory(rows, 10);
    expect(list).toEqual([
      { ...rows[0]!.entry, label: { key: 'history.votes', params: { title: 'Where to invest', count: 3 } } },
      rows[3]!.entry,
    ]);
  });

  it('keeps a single dot change as it is, and runs of other votes or interrupted runs apart', () => {
    const rows = [vote('Ann', 's2', 'Second'), vote('Bob', 's2', 'Second'), vote('Ann', 's1'), edit('Store'), vote('Cy'), vote('Di')];
    expect(foldHistory(rows, 10).map((e) => [e.label.key, e.label.params?.count ?? e.label.params?.name])).toEqual([
      ['history.votes', 2],
      ['history.vote', 'Ann'],
      ['history.update', 'Store'],
      ['history.votes', 2],
    ]);
  });

  it('folds participants joining, but never an undoable or undo/redo step', () => {
    const undone = row({ key: 'history.vote', params: { name: 'Ann', title: 'T', session: 's1' } }, 'undone');
    const redo = row({ key: 'history.vote', params: { name: 'Ann', title: 'T', session: 's1' } }, null, 'redo');
    expect(foldKey(undone)).toBeNull();
    expect(foldKey(redo)).toBeNull();
    expect(foldKey(edit('x'))).toBeNull();
    const list = foldHistory([join('Ann'), join('Bob'), join('Cy'), undone, redo], 10);
    expect(list.map((e) => e.label)).toEqual([{ key: 'history.voteJoins', params: { count: 3 } }, undone.entry.label, redo.entry.label]);
  });

  it('falls back to the title for votes journaled before the session id was in the label', () => {
    const old = (name: string) => row({ key: 'history.vote', params: { name, title: 'Old vote' } });
    expect(foldHistory([old('Ann'), old('Bob')], 5)).toEqual([
      expect.objectContaining({ label: { key: 'history.votes', params: { title: 'Old vote', count: 2 } } }),
    ]);
  });

  it('counts the limit in folded lines and reads only as far as it needs', () => {
    const rows = [edit('a'), ...Array.from({ length: 40 }, (_, i) => vote(`p${i}`)), edit('b'), edit('c'), edit('d')];
    const source = counted(rows);
    const list = foldHistory(source.rows, 3);
    expect(list.map((e) => e.label.key)).toEqual(['history.update', 'history.votes', 'history.update']);
    expect(list[1]!.label.params?.count).toBe(40);
    expect(source.pulled()).toBe(42);
    // A run that reaches the end of the journal is closed too.
    expect(foldHistory([edit('a'), vote('x'), vote('y')], 5).map((e) => e.label.key)).toEqual(['history.update', 'history.votes']);
    expect(foldHistory([], 5)).toEqual([]);
  });
});
