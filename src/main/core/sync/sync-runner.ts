import { AppError, type ApiError, type ErrorCode } from '@shared/errors';
import type { SyncTarget } from '@shared/sync/target';
import type { Workspace } from '../workspace';
import type { CredentialStore } from './credentials';
import type { SyncOptions, SyncResult } from './exchange';
import { watchSyncFolder } from './folder';
import { syncWithFolder } from './folder-sync';
import { serverSeq, syncWithServer } from './server-sync';
import type { CouchAccount } from './server/couch-http';
import { watchServer } from './server/watch';
import { syncTarget } from './sync-state';

/** Where background sync stands, from facts: the last exchange's outcome, never a hope. */
export interface SyncRunState {
  phase: 'idle' | 'syncing' | 'offline' | 'error';
  /** The last failure, to be translated where it is shown (cleared by the next exchange that succeeds). */
  error: ApiError | null;
  last: SyncResult | null;
}

export interface SyncRunnerOptions extends SyncOptions {
  /** Quiet time after a local edit before its changes go out (a burst of edits is one segment or one request). */
  debounceMs?: number;
  /** Folder: the slow poll (cloud clients do not always raise file events). */
  pollMs?: number;
  /** Server: the password; when absent, the one `credentials` holds for the database URL (asked again before each exchange). */
  password?: string;
  credentials?: CredentialStore | null;
  /** Server: how long one longpoll waits on the server (default 25 s). */
  longpollMs?: number;
  /** Server: the first wait before trying again after a failure, doubled per failure up to maxRetryMs (defaults 1 s, 60 s). */
  retryMs?: number;
  maxRetryMs?: number;
  /** Server: tests pass their own fetch; the per-request timeout and batch size. */
  fetch?: typeof fetch;
  timeoutMs?: number;
  batchSize?: number;
  onState?: (state: SyncRunState) => void;
}

export interface SyncRunner {
  readonly target: SyncTarget;
  /** The shared folder in folder mode, else null (for callers from before the server mode). */
  readonly folder: string | null;
  state(): SyncRunState;
  /** One exchange now (after any that is running); resolves when it is done. */
  now(): Promise<void>;
  /** Stops watching (aborting a longpoll in flight); resolves once an exchange in progress has finished, so the workspace can then close. */
  stop(): Promise<void>;
}

/** A folder or server that is gone for the moment (an unmounted share, no network, a server restarting) is "offline", not an error. */
const OFFLINE: readonly ErrorCode[] = ['SYNC_FOLDER_NOT_FOUND', 'SYNC_SERVER_UNREACHABLE', 'SYNC_SERVER_UNAVAILABLE'];

/**
 * Background sync for an open workspace that is shared through a folder or a
 * server: one exchange when it starts, again when the folder changes or a
 * teammate writes to the server (a longpoll), and again shortly after local
 * edits. Exchanges never overlap; a request during one runs once after it. A
 * server that cannot be reached makes the runner "offline" and it tries again,
 * waiting longer each time; a refused password is an "error" (tried again
 * slowly, since the password may be updated meanwhile). Returns null for a
 * workspace that is not shared (or read-only).
 */
export function startSyncRunner(ws: Workspace, options: SyncRunnerOptions): SyncRunner | null {
  if (ws.readOnly) return null;
  // Only the mode and target: every workspace the app opens comes through here, and the
  // full status counts the pending changes by exporting them (the whole journal of a
  // workspace never shared), which would also make the sync index it must not pay for.
  const target = syncTarget(ws);
  if (!target) return null;
  let state: SyncRunState = { phase: 'idle', error: null, last: null };
  const set = (next: SyncRunState) => {
    state = next;
    options.onState?.(state);
  };

  const account = (): CouchAccount | null => {
    if (target.mode !== 'server') return null;
    const password = options.password ?? options.credentials?.get(target.url)?.password;
    return password === undefined ? null : { url: target.url, user: target.user, password };
  };
  const once = (): Promise<SyncResult> => {
    if (target.mode === 'folder') return syncWithFolder(ws, target.folder, options);
    const acct = account();
    if (!acct) throw new AppError('SYNC_SERVER_NO_PASSWORD', `no password for ${target.url}`, { url: target.url });
    return syncWithServer(ws, acct.url, { ...options, user: acct.user, password: acct.password });
  };

  let stopped = false;
  let again = false;
  let running: Promise<void> | null = null;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const exchange = async (): Promise<void> => {
    set({ ...state, phase: 'syncing' });
    try {
      const last = await once();
      failures = 0;
      set({ phase: 'idle', error: null, last });
    } catch (err) {
      const error: ApiError = err instanceof AppError ? err.toApiError() : { code: 'INTERNAL', message: String(err) };
      const offline = OFFLINE.includes(error.code);
      set({ phase: offline ? 'offline' : 'error', error, last: state.last });
      // A folder's watcher notices when it is back; a server is asked again, less often each time.
      if (target.mode === 'server' && !stopped) {
        failures++;
        const base = options.retryMs ?? 1_000;
        const max = options.maxRetryMs ?? 60_000;
        if (retry) clearTimeout(retry);
        retry = setTimeout(() => {
          retry = null;
          void kick();
        }, offline ? Math.min(max, base * 2 ** (failures - 1)) : max);
      }
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
  let stopWatching: () => Promise<void> | void;
  if (target.mode === 'folder') {
    stopWatching = watchSyncFolder(target.folder, () => void kick(), options.pollMs === undefined ? {} : { pollMs: options.pollMs });
    void kick();
  } else {
    // The longpoll starts from where the first exchange left off, so it does not wake for history.
    let stopLongpoll: (() => Promise<void>) | null = null;
    const first = kick().then(() => {
      if (stopped) return;
      stopLongpoll = watchServer(account, () => serverSeq(ws, target.url), () => void kick(), () => undefined, { ...options, deviceId: ws.deviceId });
    });
    stopWatching = async () => {
      await first;
      await stopLongpoll?.();
    };
  }

  return {
    target,
    folder: target.mode === 'folder' ? target.folder : null,
    state: () => state,
    now: kick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (retry) clearTimeout(retry);
      offCommit();
      await stopWatching();
      await running;
    },
  };
}
