import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '@shared/errors';
import { atomicWriteFileSync } from '../../files/atomic-write';
import { DEVICE_FILE, DEVICES_DIR, MARKER_NAME } from './names';

/** The folder layout this version writes and reads. A newer one is refused rather than half understood. */
export const FOLDER_FORMAT = 1;

const markerSchema = z.object({ workspaceId: z.string().min(1), format: z.number().int().positive(), created: z.string() }).passthrough();
export type FolderMarker = z.infer<typeof markerSchema>;

const deviceSchema = z.object({ displayName: z.string(), appVersion: z.string(), lastSeen: z.string() }).passthrough();
export type DeviceInfo = z.infer<typeof deviceSchema>;

/** The folder must exist and be a folder; a missing one is never created, since a typo or an unmounted share must not become an empty sync target. */
export function checkFolder(dir: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (err) {
    if (errnoOf(err) === 'ENOENT' || errnoOf(err) === 'ENOTDIR') throw new AppError('SYNC_FOLDER_NOT_FOUND', `${dir} does not exist`, { path: dir });
    throw notWritable(dir, err);
  }
  if (!isDir) throw new AppError('SYNC_FOLDER_NOT_A_FOLDER', `${dir} is a file`, { path: dir });
}

/**
 * The folder's marker, created when there is none. Creation is exclusive (a
 * hard link from a finished temporary file), so when two laptops race on one
 * file system one marker wins and the other laptop reads it back.
 */
export function ensureMarker(dir: string, workspaceId: string, now: Date): FolderMarker {
  const path = join(dir, MARKER_NAME);
  const existing = readMarker(dir);
  if (existing) return checkMarker(dir, existing, workspaceId);
  const marker: FolderMarker = { workspaceId, format: FOLDER_FORMAT, created: now.toISOString() };
  try {
    atomicWriteFileSync(path, `${JSON.stringify(marker, null, 2)}\n`, { noClobber: true });
    return marker;
  } catch (err) {
    if (err instanceof AppError && err.code === 'FILE_EXISTS') {
      const winner = readMarker(dir);
      if (winner) return checkMarker(dir, winner, workspaceId);
    }
    throw notWritable(dir, err);
  }
}

/** The folder's marker, or null when the folder is not a shared workspace's yet. */
export function readMarker(dir: string): FolderMarker | null {
  const path = join(dir, MARKER_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return null;
    throw new AppError('SYNC_FOLDER_DAMAGED', `${path} unreadable`, { path: dir, reason: errnoOf(err) ?? String(err) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A zero-byte or torn marker is what a cloud client shows while it downloads; never overwrite it.
    throw new AppError('SYNC_FOLDER_DAMAGED', `${path} is not JSON`, { path: dir, reason: text.length === 0 ? 'empty' : 'not JSON' });
  }
  const parsed = markerSchema.safeParse(json);
  if (!parsed.success) throw new AppError('SYNC_FOLDER_DAMAGED', `${path} is not a marker`, { path: dir, reason: 'not a Channelwise marker' });
  return parsed.data;
}

function checkMarker(dir: string, marker: FolderMarker, workspaceId: string): FolderMarker {
  if (marker.workspaceId !== workspaceId) {
    throw new AppError('SYNC_FOLDER_OTHER_WORKSPACE', `${dir} belongs to workspace ${marker.workspaceId}, not ${workspaceId}`, {
      path: dir,
      folderWorkspace: marker.workspaceId,
      workspace: workspaceId,
    });
  }
  if (marker.format > FOLDER_FORMAT) {
    throw new AppError('SYNC_FOLDER_NEWER_FORMAT', `${dir} has folder format ${marker.format}`, { path: dir, format: marker.format, supported: FOLDER_FORMAT });
  }
  return marker;
}

export function deviceDir(dir: string, deviceId: string): string {
  return join(dir, DEVICES_DIR, deviceId);
}

/** Create this device's folder and (re)write its device.json; also the proof that the folder is writable. */
export function writeDeviceInfo(dir: string, deviceId: string, info: DeviceInfo): void {
  const own = deviceDir(dir, deviceId);
  try {
    mkdirSync(own, { recursive: true });
    atomicWriteFileSync(join(own, DEVICE_FILE), `${JSON.stringify(info, null, 2)}\n`);
  } catch (err) {
    throw notWritable(dir, err);
  }
}

/** A teammate's device.json, or null while it is missing or half-synced (the peer is still listed, without a name). */
export function readDeviceInfo(folder: string): DeviceInfo | null {
  try {
    const parsed = deviceSchema.safeParse(JSON.parse(readFileSync(join(folder, DEVICE_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function notWritable(dir: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = errnoOf(err);
  return new AppError('SYNC_FOLDER_NOT_WRITABLE', `${dir} is not writable: ${String(err)}`, { path: dir, reason: code ?? String(err) });
}

export function errnoOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}
