import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { byHlc, type SyncChange } from '@shared/sync/change';
import { isTempName } from '../../files/atomic-write';
import { errnoOf, readDeviceInfo } from './marker';
import { DEVICE_FILE, DEVICES_DIR, isSafeDeviceId, parseSegmentName } from './names';
import { decodeSegment, sha256Hex, type DecodedSegment } from './segment';

/**
 * Why a file was not taken in. Only `bad-lines` goes with a segment that was
 * taken (its other lines were). `incomplete`, `empty` and `unreadable` files
 * are looked at again on the next pull: a cloud client may still be writing them.
 */
export type SkipReason = 'temporary' | 'empty' | 'incomplete' | 'undecodable' | 'bad-lines' | 'duplicate' | 'not-a-segment' | 'unreadable';

export interface SkippedFile {
  /** Path relative to the sync folder, with '/' separators. */
  file: string;
  reason: SkipReason;
  /** For `bad-lines`: how many lines were not changes. */
  lines?: number;
}

export interface Peer {
  deviceId: string;
  displayName: string | null;
  appVersion: string | null;
  lastSeen: string | null;
}

export interface PullResult {
  /** New changes, each once (by change id), in HLC order. */
  changes: SyncChange[];
  /** Keys (sha256 of the bytes) of the segments taken in now: the caller adds them to what it has seen, once the changes are applied. */
  taken: string[];
  skipped: SkippedFile[];
  /** The other devices writing into the folder. */
  peers: Peer[];
}

export interface PullOptions {
  /**
   * Read this device's own folder too. Off by default: this device's changes
   * are in its own journal already, so reading them back would only cost time.
   * A workspace file restored from a backup under the same path keeps its
   * device id but lacks the changes it wrote after the backup; its own segments
   * still hold them, and the engine can ask for them once with this flag.
   */
  includeOwn?: boolean;
}

const TEMP_SUFFIXES = ['.partial', '.tmp', '.part', '.crdownload', '.download'];

/** Every complete segment of the other devices that is not in `seen`. Read-only: nothing in the folder is changed. */
export async function readSegments(dir: string, deviceId: string, seen: ReadonlySet<string>, options: PullOptions = {}): Promise<PullResult> {
  const result: PullResult = { changes: [], taken: [], skipped: [], peers: [] };
  const byId = new Map<string, SyncChange>();
  const known = new Set(seen);
  const devicesRoot = join(dir, DEVICES_DIR);
  // A folder with no devices yet means "nothing yet", never "everything was deleted".
  const devices = (await listDir(devicesRoot)).filter(isSafeDeviceId).sort();
  for (const device of devices) {
    if (device === deviceId && !options.includeOwn) continue;
    const folder = join(devicesRoot, device);
    if (!(await isDirectory(folder))) continue;
    if (device !== deviceId) result.peers.push(peerOf(folder, device));
    for (const name of (await listDir(folder)).sort()) {
      if (name === DEVICE_FILE) continue;
      const rel = `${DEVICES_DIR}/${device}/${name}`;
      const outcome = await readOne(join(folder, name), name, known);
      if ('quiet' in outcome) continue;
      if ('reason' in outcome) {
        result.skipped.push({ file: rel, reason: outcome.reason });
        continue;
      }
      known.add(outcome.key);
      result.taken.push(outcome.key);
      if (outcome.segment.badLines > 0) result.skipped.push({ file: rel, reason: 'bad-lines', lines: outcome.segment.badLines });
      for (const change of outcome.segment.changes) if (!byId.has(change.id)) byId.set(change.id, change);
    }
  }
  result.changes = [...byId.values()].sort(byHlc);
  return result;
}

/** Taken, skipped with a reason worth reporting, or passed over quietly (known already, or gone). */
type Outcome = { key: string; segment: DecodedSegment } | { reason: SkipReason } | { quiet: true };

async function readOne(path: string, name: string, known: ReadonlySet<string>): Promise<Outcome> {
  if (name.startsWith('.') || isTempName(name) || TEMP_SUFFIXES.some((s) => name.toLowerCase().endsWith(s))) return { reason: 'temporary' };
  const parsed = parseSegmentName(name);
  if (!parsed) return { reason: 'not-a-segment' };
  // An original whose hash is known needs no reading; a copy must be read, since its bytes may differ from its name.
  if (!parsed.copy && known.has(parsed.hash)) return { quiet: true };
  let bytes: Buffer;
  try {
    if (!(await stat(path)).isFile()) return { reason: 'not-a-segment' };
    bytes = await readFile(path);
  } catch (err) {
    // Deleted by the cloud client between listing and reading: nothing was taken, so nothing is lost.
    return errnoOf(err) === 'ENOENT' ? { quiet: true } : { reason: 'unreadable' };
  }
  if (bytes.byteLength === 0) return { reason: 'empty' };
  const key = sha256Hex(bytes);
  if (known.has(key)) return parsed.copy ? { reason: 'duplicate' } : { quiet: true };
  // An original must match its name's hash: anything else is still being written (or cut short) and is retried next time.
  if (!parsed.copy && key !== parsed.hash) return { reason: 'incomplete' };
  let segment: DecodedSegment;
  try {
    segment = await decodeSegment(bytes);
  } catch {
    return { reason: key === parsed.hash ? 'undecodable' : 'incomplete' };
  }
  // A copy with other bytes than its name says is taken only when it really holds changes (a cloud client merged or re-encoded it).
  if (key !== parsed.hash && segment.changes.length === 0) return { reason: 'incomplete' };
  return { key, segment };
}

function peerOf(folder: string, deviceId: string): Peer {
  const info = readDeviceInfo(folder);
  return { deviceId, displayName: info?.displayName ?? null, appVersion: info?.appVersion ?? null, lastSeen: info?.lastSeen ?? null };
}

async function listDir(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch {
    return [];
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
