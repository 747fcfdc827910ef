import type { PresentState } from '@shared/contract/present';

/**
 * Which slide is on screen. It is live state, not workspace content: held by
 * the open workspace (so it is forgotten when the workspace closes) and never
 * written to the file. The version is chosen by the caller, which keeps it
 * growing across workspaces.
 */
export class PresentScreen {
  private current: PresentState = { presenting: false, slideId: null, version: 0 };

  get(): PresentState {
    return this.current;
  }

  set(next: PresentState): PresentState {
    this.current = next;
    return next;
  }
}
