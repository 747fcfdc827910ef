/**
 * What the app shows about team sync (top bar, Sync panel, Conflicts list):
 * built by the core from facts in the workspace and the background runner,
 * never from hope (a status says "synced" only after an exchange succeeded).
 */
import type { ApiError } from '../errors';

export const SYNC_MODES = ['folder', 'server'] as const;
export type SyncMode = (typeof SYNC_MODES)[number];

/** notShared: no folder or server; idle: the last exchange succeeded; offline: the folder or server cannot be reached now. */
export type SyncPhase = 'notShared' | 'idle' | 'syncing' | 'offline' | 'error';

export interface SyncTeammate {
  deviceId: string;
  /** The name they set in Settings, or null when none of their changes or announcements carried one. */
  displayName: string | null;
  lastSeenAt: string;
}

/** What moved in the last exchange that succeeded. */
export interface SyncExchange {
  at: string;
  received: number;
  sent: number;
  conflicts: number;
}

export interface SyncOverview {
  mode: SyncMode | null;
  /** The shared folder's path or the server database's URL (without a password). */
  target: string | null;
  /** The account that signs in to the server (never its password). */
  user: string | null;
  phase: SyncPhase;
  /** The last failure, translated where it is shown; null once an exchange succeeds again. */
  error: ApiError | null;
  /** This laptop's own changes not yet handed to the folder or server. */
  pending: number;
  lastSyncAt: string | null;
  last: SyncExchange | null;
  teammates: SyncTeammate[];
  openConflicts: number;
  /** Set when a teammate's clock is far ahead: sync goes on, the user is told. */
  clockSkew: { teammate: string; hours: number } | null;
  /** The name teammates see for this laptop. */
  displayName: string;
}

/** How a conflicting value is shown: a role by its name, a flag as yes/no, a deletion as "deleted". */
export type SyncValueKind = 'text' | 'number' | 'role' | 'flag' | 'deleted';

export interface SyncConflictView {
  id: string;
  /** The table (translated as "channel", "matrix cell", …), the row's name as the user knows it, and the field. */
  table: string;
  subject: string;
  column: string;
  kind: SyncValueKind;
  /** The value that lost (what "Use this value instead" writes back) and the value the field holds now. */
  value: string | number | null;
  current: string | number | null;
  /** Who made the losing change: a teammate's name, or null when it was this laptop. */
  author: string | null;
  mine: boolean;
  /** When the losing change was made (from its clock). */
  at: string;
}
