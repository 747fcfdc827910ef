import { join } from 'node:path';
import { AppError } from '@shared/errors';
import { byHlc, type SyncChange } from '@shared/sync/change';
import { atomicWriteFileSync } from '../../files/atomic-write';
import { deviceDir, errnoOf } from './marker';
import { segmentName } from './names';
import { encodeSegment, sha256Hex } from './segment';

export interface PushedSegment {
  /** The segment's file name in this device's folder. */
  file: string;
  /** Its key: the sha256 of its bytes (the same key a reader records). */
  key: string;
  count: number;
}

/**
 * Write `changes` as one new segment in this device's folder, or nothing when
 * there are none. The bytes go to a hidden temporary file beside it (readers
 * skip names starting with '.'), are flushed, and only then take the final
 * name, so no reader ever sees a half-written file of ours under a segment name.
 * The name is claimed exclusively: a segment already there under the same
 * name holds the same bytes (the name ends with their hash), which happens when
 * a push is repeated after a crash, and counts as done.
 */
export async function writeSegment(dir: string, deviceId: string, changes: readonly SyncChange[]): Promise<PushedSegment | null> {
  if (changes.length === 0) return null;
  const ordered = [...changes].sort(byHlc);
  const bytes = await encodeSegment(ordered);
  const key = sha256Hex(bytes);
  const file = segmentName(ordered[0]!.hlc, ordered[ordered.length - 1]!.hlc, key);
  try {
    atomicWriteFileSync(join(deviceDir(dir, deviceId), file), bytes, { noClobber: true });
  } catch (err) {
    if (!(err instanceof AppError && err.code === 'FILE_EXISTS')) {
      throw new AppError('SYNC_FOLDER_NOT_WRITABLE', `cannot write ${file}: ${String(err)}`, { path: dir, reason: errnoOf(err) ?? String(err) });
    }
  }
  return { file, key, count: ordered.length };
}
