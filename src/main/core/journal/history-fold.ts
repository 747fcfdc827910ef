import type { HistoryEntry, Label } from '@shared/domain/types';

/**
 * A journal transaction as the history list reads it: the entry plus its undo
 * state (null: never undoable).
 */
export interface HistoryRow {
  entry: HistoryEntry;
  state: 'done' | 'undone' | 'discarded' | null;
}

/**
 * Which run of workshop activity a row belongs to, or null for an ordinary
 * action. Only non-undoable edits fold: a participant's dot or arrival is
 * journaled (sync needs every one) but forty phones would otherwise bury the
 * facilitator's own edits in the list. Votes fold per vote session; older
 * journals without the session id in the label fall back to the vote's title.
 */
export function foldKey({ entry, state }: HistoryRow): string | null {
  if (entry.kind !== 'edit' || state !== null) return null;
  const params = entry.label.params ?? {};
  if (entry.label.key === 'history.vote') return `vote:${String(params.session ?? params.title ?? '')}`;
  if (entry.label.key === 'history.voteJoin') return 'join';
  return null;
}

interface Run {
  newest: HistoryEntry;
  key: string;
  count: number;
}

function foldedLabel(run: Run): Label {
  if (run.key === 'join') return { key: 'history.voteJoins', params: { count: run.count } };
  return { key: 'history.votes', params: { title: String(run.newest.label.params?.title ?? ''), count: run.count } };
}

/** A run of one keeps its own label ("Ann voted in …"); a longer run becomes one line. */
function close(run: Run): HistoryEntry {
  return run.count === 1 ? run.newest : { ...run.newest, label: foldedLabel(run) };
}

/**
 * The history list, newest first, with each run of consecutive workshop rows
 * of one kind folded into one entry (seq and time of its newest row). Reads
 * `rows` (newest first) lazily: only as far as `limit` entries need, plus the
 * one row that shows the last run has ended.
 */
export function foldHistory(rows: Iterable<HistoryRow>, limit: number): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  let open: Run | null = null;
  for (const row of rows) {
    const key = foldKey(row);
    if (open && key === open.key) {
      open.count++;
      continue;
    }
    if (open) {
      out.push(close(open));
      open = null;
    }
    if (out.length >= limit) break;
    if (key === null) out.push(row.entry);
    else open = { newest: row.entry, key, count: 1 };
    if (out.length >= limit) break;
  }
  if (open) out.push(close(open));
  return out;
}
