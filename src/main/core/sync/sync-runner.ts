import { AppError, type ApiError, type ErrorCode } from '@shared/errors';
import type { Workspace } from '../workspace';
import { watchSyncFolder } from './folder';
import { sharedFolder, syncWithFolder, type FolderSyncOptions, type FolderSyncResult } from './folder-sync';

/** Where background sync stands, from facts: the last exchange's outcome, never a hope. */
export interface SyncRunState {
  phase: 'idle' | 'syncing' | 'offline' | 'error';
  /** The last failure, to be translated where it is shown (cleared by the next exchange that succeeds). */
  error: ApiError | null;
  last: FolderSyncResult | null;
}

export interface SyncRunnerOptions extends FolderSyncOptions {
  /** Quiet time after a local edit before its changes go out (a burst of edits is one segment). */
  debounceMs?: number;
  /** The folder's slow poll (cloud clients do not always raise file events). */
  pollMs?: number;
  onState?: (state: SyncRunState) => void;
}

export interface SyncRunner {
  readonly folder: string;
  state(): SyncRunState;
  /** One exchange now (after any that is running); resolves when it is done. */
  now(): Promise<void>;
  /** Stops watching; resolves once an exchange in progress has finished, so the workspace can then close. */
  stop(): Promise<void>;
}

/** A folder that is gone for the moment (an unmounted share, a cloud client not running) is "offline", not an error. */
const OFFLINE: readonly ErrorCode[] = ['SYNC_FOLDER_NOT_FOUND'];

/**
 * Background sync for an open workspace that is shared through a folder: one
 * exchange when it starts, again when the folder changes, and again shortly
 * after local edits. Exchanges never overlap; a request during one runs once
 * after it. Returns null for a workspace that is not shared (or read-only).
 */
export function startSyncRunner(ws: Workspace, options: SyncRunnerOptions): SyncRunner | null {
  if (ws.readOnly) return null;
  // Only the mode and folder: every workspace the app opens comes through here, and the
  // full status counts the pending changes by exporting them (the whole journal of a
  // workspace never shared), which would also make the sync index it must not pay for.
  const folder = sharedFolder(ws);
  if (!folder) return null;
  let state: SyncRunState = { phase: 'idle', error: null, last: null };
  const set = (next: SyncRunState) => {
    state = next;
    options.onState?.(state);
  };

  let stopped = false;
  let again = false;
  let running: Promise<void> | null = null;
  const exchange = async (): Promise<void> => {
    set({ ...state, phase: 'syncing' });
    try {
      const last = await syncWithFolder(ws, folder, options);
      set({ phase: 'idle', error: null, last });
    } catch (err) {
      const error: ApiError = err instanceof AppError ? err.toApiError() : { code: 'INTERNAL', message: String(err) };
      set({ phase: OFFLINE.includes(error.code) ? 'offline' : 'error', error, last: state.last });
    }
  };
  const kick = (): Promise<void> => {
    if (stopped) return running ?? Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await exchange();
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  let timer: ReturnType<typeof setTimeout> | null = null;
  const soon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void kick();
    }, options.debounceMs ?? 1000);
  };
  // Every local edit is a commit; so is taking in a teammate's changes, which then only costs one empty round.
  const offCommit = ws.journal.onCommit(() => soon());
  const stopWatching = watchSyncFolder(folder, () => void kick(), options.pollMs === undefined ? {} : { pollMs: options.pollMs });
  void kick();

  return {
    folder,
    state: () => state,
    now: kick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      offCommit();
      stopWatching();
      await running;
    },
  };
}
