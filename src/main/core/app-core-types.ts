import type { ApiEvent } from '@shared/api';
import type { Lang } from '@shared/domain/types';
import type { Dispatch } from './dispatch';
import type { ShareLauncher } from './workshop/room';
import type { CredentialSeal } from './sync/credentials';

export interface AppCoreOptions {
  /** Folder for settings, recent list, device id and backups (per user). */
  dataDir: string;
  host: 'electron' | 'browser' | 'cli';
  version: string;
  osLanguage: Lang;
  /** Folder proposed for new workspaces (usually ~/Documents). */
  defaultFolder: string;
  /** Capabilities the host adds (native dialogs and printToPDF exist only in Electron). */
  capabilities?: { nativeDialogs: boolean; printToPdf: boolean };
  /** Minutes between timed backups while a workspace is open; 0 turns them off. */
  backupIntervalMinutes?: number;
  /** The workshop share's network side, from a host that can listen on the local network. */
  share?: ShareLauncher;
  /** How the host protects sync server passwords at rest (Electron: safeStorage); null or absent: the file's 0600 mode alone. */
  credentialSeal?: CredentialSeal | null;
}

/** The UI-free application: one open workspace at a time, driven through the contract. */
export interface AppCore {
  dispatch: Dispatch;
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** Close the open workspace (backup + checkpoint) and stop timers. */
  shutdown(): void;
}
