import { resolve } from 'node:path';
import { AppError } from '@shared/errors';
import type { SyncChange } from '@shared/sync/change';
import { checkFolder, ensureMarker, writeDeviceInfo, type FolderMarker } from './marker';
import { isSafeDeviceId } from './names';
import { writeSegment, type PushedSegment } from './push';
import { readSegments, type PullOptions, type PullResult } from './pull';

export type { PushedSegment } from './push';
export type { Peer, PullOptions, PullResult, SkippedFile, SkipReason } from './pull';
export { watchSyncFolder, type WatchOptions } from './watch';

export interface SyncFolderOptions {
  workspaceId: string;
  deviceId: string;
  displayName: string;
  appVersion: string;
  /** The wall clock, for `created` and `lastSeen` (tests pass their own). */
  now?: () => Date;
}

/**
 * A shared folder (OneDrive, Dropbox, a network share, Syncthing) as the
 * meeting place of one workspace's laptops. It only moves changes: which of
 * them to apply, and how, is the sync engine's business.
 */
export interface SyncFolder {
  readonly dir: string;
  readonly marker: FolderMarker;
  /** Write this device's changes (in HLC order) as one immutable segment; nothing for an empty list. */
  pushSegment(changes: readonly SyncChange[]): Promise<PushedSegment | null>;
  /**
   * Every other device's complete segments whose key is not in `seen`. Run one
   * pull at a time and add `taken` to `seen` (once the changes are applied)
   * before the next: two pulls with the same `seen` both take the same
   * segments. Taking one twice loses nothing (changes are applied by id), it
   * only costs time.
   */
  pullSegments(seen: ReadonlySet<string>, options?: PullOptions): Promise<PullResult>;
}

/**
 * Join `dir` as this workspace's sync folder: refuse a folder that is missing,
 * a file, not writable, or another workspace's; mark it as this workspace's
 * when it is not marked yet; and announce this device in it.
 */
export function openSyncFolder(dir: string, options: SyncFolderOptions): SyncFolder {
  const now = options.now ?? (() => new Date());
  const { workspaceId, deviceId } = options;
  if (!isSafeDeviceId(deviceId)) throw new AppError('VALIDATION', `not a device id: ${deviceId}`, { details: 'device id' });
  const root = resolve(dir);
  checkFolder(root);
  const marker = ensureMarker(root, workspaceId, now());
  const announce = (): void =>
    writeDeviceInfo(root, deviceId, { displayName: options.displayName, appVersion: options.appVersion, lastSeen: now().toISOString() });
  announce();
  return {
    dir: root,
    marker,
    async pushSegment(changes) {
      const pushed = await writeSegment(root, deviceId, changes);
      if (pushed) {
        try {
          announce();
        } catch {
          // The segment is out, which is what counts; "last seen" is for the teammates' Sync panel and is written again next push
          // (a cloud client on Windows may hold device.json open for a moment).
        }
      }
      return pushed;
    },
    pullSegments: (seen, pullOptions) => readSegments(root, deviceId, seen, pullOptions),
  };
}
