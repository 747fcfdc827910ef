import { userInfo } from 'node:os';
import type { ApiEvent } from '@shared/api';
import { SYNC_STATUS_TABLE } from '@shared/contract/sync';
import { startSyncRunner, type SyncRunner, type SyncRunState } from '../sync/sync-runner';
import type { CredentialStore } from '../sync/credentials';
import type { Workspace } from '../workspace';
import { loadSettings } from './user-files';

/**
 * Background sync of the open workspace, as the app runs it: one runner while a
 * shared workspace is open, restarted when it is shared anew or the user's
 * display name changes, and every change of its state told to the windows (as
 * a change to the sync status, which the top bar and the Sync panel read).
 */
export interface SyncSession {
  /** Start syncing `ws` if it is shared (a workspace just opened, or just shared). */
  start(ws: Workspace): void;
  /** Stop the runner; resolves once an exchange in progress has finished. */
  stop(): Promise<void>;
  runner(): SyncRunner | null;
  state(): SyncRunState | null;
  /** The name teammates see: the Settings one, else the account's user name. */
  displayName(): string;
  /** The Settings name changed: a running runner restarts with it, so the next exchange carries it. */
  rename(ws: Workspace | null, name: string): void;
  /** Server passwords, per user, outside the workspace (sync/credentials.ts). */
  readonly credentials: CredentialStore;
  /** Tell the windows the status changed (after a conflict is resolved, say). */
  announce(): void;
}

export function createSyncSession(options: { dataDir: string; version: string; emit: (event: ApiEvent) => void; credentials: CredentialStore }): SyncSession {
  let runner: SyncRunner | null = null;
  const announce = () => options.emit({ type: 'workspace.changed', tables: [SYNC_STATUS_TABLE] });
  // Read once: the status and every exchange ask for it, and only a settings change changes it.
  let settingsName = loadSettings(options.dataDir).displayName;
  const displayName = () => settingsName || accountName();
  const stop = async () => {
    const stopping = runner;
    runner = null;
    await stopping?.stop();
  };
  const start = (ws: Workspace) => {
    void stop();
    runner = startSyncRunner(ws, { displayName: displayName(), appVersion: options.version, credentials: options.credentials, onState: announce });
    announce();
  };
  return {
    start,
    rename(ws, name) {
      if (name === settingsName) return;
      settingsName = name;
      if (ws && runner) start(ws);
    },
    stop,
    runner: () => runner,
    state: () => runner?.state() ?? null,
    displayName,
    credentials: options.credentials,
    announce,
  };
}

/** Who teammates see until the user sets a name in Settings. */
function accountName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}
