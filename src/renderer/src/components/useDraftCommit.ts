import { useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { DraftCommitCycle, type DraftCommitOptions, type DraftState } from './draftCommit';

export interface DraftCommit extends DraftState {
  /** The user typed. */
  type: (text: string) => void;
  /** Saves the draft (Enter or leaving the field). */
  commit: () => Promise<void>;
  /** Drops unsaved typing; true when there was some (see DraftCommitCycle.cancel). */
  cancel: () => boolean;
}

/** A text field's draft-and-commit cycle (see DraftCommitCycle), rendered by React. */
export function useDraftCommit(options: DraftCommitOptions): DraftCommit {
  const [cycle] = useState(() => new DraftCommitCycle(options));
  // A queued commit runs after this render: it must see the newest value and save function.
  useLayoutEffect(() => {
    cycle.follow(options);
  });
  const { draft, error } = useSyncExternalStore(cycle.subscribe, () => cycle.state);
  return { draft, error, type: cycle.type, commit: cycle.commit, cancel: cycle.cancel };
}
