import { useRef, useState } from 'react';

interface DraftCommitOptions {
  /** The saved text; shown whenever there is no draft. */
  value: string;
  /** Saves the text. Reject to revert; `describe` turns the reason into a message. */
  onCommit: (text: string) => Promise<void>;
  describe: (err: unknown) => string;
}

export interface DraftCommit {
  /** The unsaved text, or null when the field shows the saved value. */
  draft: string | null;
  error: string | null;
  /** The user typed. */
  type: (text: string) => void;
  /** Saves the draft (Enter or leaving the field). */
  commit: () => Promise<void>;
  /**
   * Drops unsaved typing; true when there was some. Text already handed to the
   * save (Enter, then Esc at once) is not typing: then nothing happens and the
   * caller lets the Esc through, for example to close a dialog.
   */
  cancel: () => boolean;
}

/**
 * The draft-and-commit cycle of a text field that saves on Enter or blur. A
 * commit made while an earlier save is still under way is not dropped: it runs
 * once that save is done, against the newest value and save function.
 */
export function useDraftCommit(options: DraftCommitOptions): DraftCommit {
  const [draft, setDraftState] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Refs, not state: a queued commit runs after an older render's closure has gone stale.
  const latest = useRef({ draft, ...options });
  Object.assign(latest.current, options);
  const saving = useRef(false);
  const queued = useRef(false);
  // The text last handed to the save, checked before React has re-rendered with the draft cleared.
  const sent = useRef<string | null>(null);

  function setDraft(update: string | null | ((current: string | null) => string | null)) {
    const next = typeof update === 'function' ? update(latest.current.draft) : update;
    latest.current.draft = next;
    setDraftState(next);
  }

  async function commit(): Promise<void> {
    const committed = latest.current.draft;
    if (committed === null) return;
    if (saving.current) {
      queued.current = true;
      return;
    }
    sent.current = committed;
    if (committed === latest.current.value) {
      setDraft(null);
      return;
    }
    saving.current = true;
    try {
      await latest.current.onCommit(committed);
      setError(null);
    } catch (err) {
      setError(latest.current.describe(err));
    } finally {
      saving.current = false;
      // Show the saved (or, on failure, the old) value, unless the user has typed on meanwhile.
      setDraft((current) => (current === committed ? null : current));
    }
    if (queued.current) {
      queued.current = false;
      await commit();
    }
  }

  function type(text: string) {
    sent.current = null;
    setDraft(text);
    setError(null);
  }

  function cancel(): boolean {
    const current = latest.current.draft;
    if (current === null || current === sent.current) return false;
    setDraft(null);
    setError(null);
    return true;
  }

  return { draft, error, type, commit, cancel };
}
