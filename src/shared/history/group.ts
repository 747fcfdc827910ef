/**
 * Runs of the same kind of edit, shown in the history as one line. Filling a
 * matrix journals every cell on its own (each is its own undo step), which
 * made the history read "Set 1 matrix cell" a hundred times; grouping is only
 * how the list shows them, the journal and undo keep every step.
 */
import type { HistoryEntry, Label } from '../domain/types';
import { areaOf } from './areas';

/** Neighbours further apart than this are separate pieces of work. */
export const RUN_GAP_MINUTES = 10;

export interface HistoryGroup {
  /** The entries of the run, newest first; a single entry when it stands alone. */
  entries: readonly HistoryEntry[];
  /** What the run did as a whole; the entry's own label when it stands alone. */
  label: Label;
  kind: HistoryEntry['kind'];
  undone: boolean;
}

type Params = NonNullable<Label['params']>;
const text = (params: Params, name: string): string => String(params[name] ?? '');

/**
 * A family of labels that read as one run when they share a place (scenario
 * and lens, customer type, …), and how the run is said. Labels outside a
 * family only run with identical labels ("Edit a step of “Onboarding”" × 5).
 */
interface Family {
  place: (params: Params) => string;
  summary: (labels: readonly Label[]) => Label;
}

/** One cell or many: a single-cell label names its cell, a bulk one its count. */
function cellCount(labels: readonly Label[]): number {
  const cells = new Set<string>();
  let bulk = 0;
  for (const { params = {} } of labels) {
    if (typeof params.count === 'number') bulk += params.count;
    else cells.add(`${text(params, 'phase')}\u0000${text(params, 'channel')}`);
  }
  return bulk + cells.size;
}

const where = (params: Params) => `${text(params, 'scenario')}\u0000${text(params, 'lens')}`;

function cellRun(key: string): Family {
  return {
    place: where,
    summary: (labels) => {
      const first = labels[0]?.params ?? {};
      return { key, params: { count: cellCount(labels), scenario: text(first, 'scenario'), lens: text(first, 'lens') } };
    },
  };
}

const cellsAll = cellRun('history.cellRunAll');
const cellsIn = cellRun('history.cellRun');
const notesAll = cellRun('history.noteRunAll');
const notesIn = cellRun('history.noteRun');

const FAMILIES: Readonly<Record<string, Family & { id: string }>> = {
  'history.setCellAll': { id: 'cellsAll', ...cellsAll },
  'history.setCellsInAll': { id: 'cellsAll', ...cellsAll },
  'history.setCell': { id: 'cellsIn', ...cellsIn },
  'history.setCellsIn': { id: 'cellsIn', ...cellsIn },
  'history.editCellAll': { id: 'notesAll', ...notesAll },
  'history.editCell': { id: 'notesIn', ...notesIn },
  'history.economicsContacts': {
    id: 'contacts',
    place: () => '',
    summary: (labels) => ({ key: 'history.economicsContactsRun', params: { count: cellCount(labels) } }),
  },
  // Several fields of one item, one after the other, are one edit of that item.
  'history.updateField': { id: 'item', place: (params) => text(params, 'name'), summary: itemSummary },
  'history.update': { id: 'item', place: (params) => text(params, 'name'), summary: itemSummary },
};

function itemSummary(labels: readonly Label[]): Label {
  return { key: 'history.update', params: { name: text(labels[0]?.params ?? {}, 'name') } };
}

/** Whole-workspace steps stand alone: each is a landmark a user looks for. */
const ALONE: ReadonlySet<HistoryEntry['kind']> = new Set(['import', 'restore']);

/** What must be equal for two neighbours to be in one run; null: never in a run. */
function runKey(entry: HistoryEntry): string | null {
  if (ALONE.has(entry.kind)) return null;
  const { key, params = {} } = entry.label;
  const family = FAMILIES[key];
  const what = family ? `${family.id}\u0000${family.place(params)}` : `${key}\u0000${JSON.stringify(params)}`;
  // A teammate's edits never join a run of mine (nor another teammate's): who did it is part of the run.
  const who = entry.author === undefined ? '' : `teammate:${entry.author ?? ''}`;
  return [areaOf(key) ?? key, entry.kind, entry.undone ? 'undone' : 'done', what, who].join('\u0001');
}

function sameLabel(a: Label, b: Label): boolean {
  return a.key === b.key && JSON.stringify(a.params ?? {}) === JSON.stringify(b.params ?? {});
}

function close(entries: HistoryEntry[]): HistoryGroup {
  const newest = entries[0]!;
  const labels = entries.map((e) => e.label);
  const family = FAMILIES[newest.label.key];
  const alike = labels.every((l) => sameLabel(l, newest.label));
  const label = entries.length === 1 || alike || !family ? newest.label : family.summary(labels);
  return { entries, label, kind: newest.kind, undone: newest.undone };
}

function minutesApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 60_000;
}

/**
 * The history (newest first) as groups, newest first: consecutive entries of
 * the same area, kind of edit and place, all done or all undone, each at most
 * `gapMinutes` from its neighbour. An entry with no such neighbour is a group
 * of one.
 */
export function groupHistory(entries: readonly HistoryEntry[], gapMinutes = RUN_GAP_MINUTES): HistoryGroup[] {
  const groups: HistoryGroup[] = [];
  let run: HistoryEntry[] = [];
  let key: string | null = null;
  for (const entry of entries) {
    const next = runKey(entry);
    const previous = run[run.length - 1];
    // NaN (a time that does not parse) compares false: such entries stand alone.
    const joins = previous !== undefined && next !== null && next === key && minutesApart(previous.at, entry.at) <= gapMinutes;
    if (!joins && run.length > 0) {
      groups.push(close(run));
      run = [];
    }
    run.push(entry);
    key = next;
  }
  if (run.length > 0) groups.push(close(run));
  return groups;
}
