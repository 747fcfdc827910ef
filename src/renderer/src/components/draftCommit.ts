export interface DraftCommitOptions {
  /** The saved text; shown whenever there is no draft. */
  value: string;
  /** Saves the text. Reject to revert; `describe` turns the reason into a message. */
  onCommit: (text: string) => Promise<void>;
  describe: (err: unknown) => string;
}

/** How long a saved text waits for the field's value to follow (see DraftCommitCycle.awaitSavedValue). */
export const SETTLE_MS = 1000;

export interface DraftState {
  /** The unsaved text, or null when the field shows the saved value. */
  draft: string | null;
  error: string | null;
}

/**
 * The draft-and-commit cycle of a text field that saves on Enter or blur, kept
 * out of React so every ordering of type, commit, cancel and a slow save can be
 * tested. A commit made while an earlier save is still under way is not
 * dropped: it runs once that save is done, against the newest value and save
 * function, even when the field has gone (a dialog closed with Esc).
 */
export class DraftCommitCycle {
  private current: DraftState = { draft: null, error: null };
  private readonly listeners = new Set<() => void>();
  private saving = false;
  private queued = false;
  // The text last handed to the save (or queued for it): Esc right after Enter must not take it back.
  private sent: string | null = null;
  // A save is done but the field still has the value from before it (see settle).
  private awaiting: { before: string; timer: ReturnType<typeof setTimeout> } | null = null;

  constructor(private options: DraftCommitOptions) {}

  /** The field re-rendered: a queued commit must use the newest saved value and save function. */
  follow(options: DraftCommitOptions): void {
    this.options = options;
    if (this.awaiting && options.value !== this.awaiting.before) this.settle();
  }

  get state(): DraftState {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The user typed. */
  type = (text: string): void => {
    this.sent = null;
    this.stopAwaiting();
    this.set({ draft: text, error: null });
  };

  /** Saves the draft (Enter or leaving the field). */
  commit = async (): Promise<void> => {
    const committed = this.current.draft;
    if (committed === null) return;
    this.sent = committed;
    if (this.saving) {
      this.queued = true;
      return;
    }
    if (committed === this.options.value) {
      this.set({ ...this.current, draft: null });
      return;
    }
    this.saving = true;
    let error: string | null = null;
    try {
      await this.options.onCommit(committed);
    } catch (err) {
      error = this.options.describe(err);
    } finally {
      this.saving = false;
    }
    if (error === null && this.current.draft === committed && !this.queued && this.options.value !== committed) {
      this.awaitSavedValue();
    } else {
      // Show the saved (or, on failure, the old) value, unless the user has typed on meanwhile.
      const draft = this.current.draft === committed ? null : this.current.draft;
      this.set({ draft, error });
    }
    if (this.queued) {
      this.queued = false;
      await this.commit();
    }
  };

  /**
   * Drops unsaved typing; true when there was some. Text already handed to the
   * save (Enter, then Esc at once) is not typing: then nothing happens and the
   * caller lets the Esc through, for example to close a dialog.
   */
  cancel = (): boolean => {
    const draft = this.current.draft;
    if (draft === null || draft === this.sent) return false;
    this.set({ draft: null, error: null });
    return true;
  };

  /**
   * The save is done, but the saved value reaches the field a render later (the query cache tells its readers in a
   * task of their own). Until it does, the field keeps the saved text: clearing the draft at once showed the old value
   * for a frame, and text typed into that frame landed after it ("25", Enter, "120" became "25120"). The value may
   * also never change (the core kept the old one); then the draft goes after SETTLE_MS.
   */
  private awaitSavedValue(): void {
    this.stopAwaiting();
    this.awaiting = { before: this.options.value, timer: setTimeout(() => this.settle(), SETTLE_MS) };
  }

  private settle(): void {
    if (!this.awaiting) return;
    this.stopAwaiting();
    if (this.current.draft === this.sent) this.set({ draft: null, error: null });
  }

  private stopAwaiting(): void {
    if (this.awaiting) clearTimeout(this.awaiting.timer);
    this.awaiting = null;
  }

  private set(next: DraftState): void {
    if (next.draft === this.current.draft && next.error === this.current.error) return;
    this.current = next;
    for (const listener of this.listeners) listener();
  }
}
