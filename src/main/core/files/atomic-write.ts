import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '@shared/errors';

/**
 * Every file the app writes goes through here: the bytes go to a temporary file
 * in the same folder (same file system, so the rename is atomic), are flushed to
 * disk, and only then take the final name; the folder is flushed too where the
 * platform allows. A crash at any moment leaves the old file or the new one,
 * never half of one. Left-over temporary files carry a recognisable prefix and
 * are swept on a later run.
 */
export const TEMP_PREFIX = '.~cw-';
const TEMP_PATTERN = /^\.~cw-.+\.[0-9a-f]{12}\.tmp(?:-wal|-shm|-journal|\.lock)?$/;
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** A unique temporary name beside `target`: `.~cw-<name>.<random>.tmp`. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `${TEMP_PREFIX}${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempName(name: string): boolean {
  return TEMP_PATTERN.test(name);
}

export interface AtomicOptions {
  /** Refuse (FILE_EXISTS) instead of replacing a file already at the target. */
  noClobber?: boolean;
  /** The new file's permission bits (default 0o666, less the umask); 0o600 for secrets. */
  mode?: number;
}

/** Write `bytes` to `target` atomically. */
export function atomicWriteFileSync(target: string, bytes: Uint8Array | string, options: AtomicOptions = {}): void {
  atomicProduce(
    target,
    (temp) => {
      const fd = openSync(temp, 'wx', options.mode ?? 0o666);
      try {
        const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
        let offset = 0;
        while (offset < buffer.byteLength) offset += writeSync(fd, buffer, offset, buffer.byteLength - offset);
      } finally {
        closeSync(fd);
      }
    },
    options,
  );
}

/**
 * Let `produce` write a file at a temporary path (VACUUM INTO, a child process,
 * a copy), then flush it and move it to `target` atomically.
 */
export function atomicProduce(target: string, produce: (temp: string) => void, options: AtomicOptions = {}): void {
  sweepStaleTemps(dirname(target));
  const temp = tempPathFor(target);
  try {
    produce(temp);
    fsyncFile(temp);
    commitTemp(temp, target, options);
  } catch (err) {
    removeTemp(temp);
    throw err;
  }
}

/** The async form, for producers that wait (a headless browser printing a PDF). */
export async function atomicProduceAsync(target: string, produce: (temp: string) => Promise<void>, options: AtomicOptions = {}): Promise<void> {
  sweepStaleTemps(dirname(target));
  const temp = tempPathFor(target);
  try {
    await produce(temp);
    fsyncFile(temp);
    commitTemp(temp, target, options);
  } catch (err) {
    removeTemp(temp);
    throw err;
  }
}

/**
 * Give a finished temporary file its final name. With `noClobber` a hard link
 * makes the name only if it is free (atomic; no second process can slip in),
 * falling back to a check and a rename where the file system has no links.
 */
export function commitTemp(temp: string, target: string, options: AtomicOptions = {}): void {
  if (options.noClobber) {
    try {
      linkSync(temp, target);
      unlinkSync(temp);
      fsyncFolder(dirname(target));
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new AppError('FILE_EXISTS', `${target} exists`, { path: target });
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
      if (exists(target)) throw new AppError('FILE_EXISTS', `${target} exists`, { path: target });
    }
  }
  renameSync(temp, target);
  fsyncFolder(dirname(target));
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Make a rename durable. Windows cannot open a folder for fsync; there the rename is already durable enough. */
export function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse to fsync a folder; the file itself is on disk.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Remove a temporary file and whatever SQLite or the lock left beside it. */
export function removeTemp(temp: string): void {
  for (const p of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`, `${temp}.lock`]) {
    try {
      rmSync(p, { force: true });
    } catch {
      // swept on a later run
    }
  }
}

/** Remove temporary files older than `maxAgeMs` that a killed run left in `folder`. Returns how many. */
export function sweepStaleTemps(folder: string, maxAgeMs = STALE_TEMP_MS, now = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!isTempName(name)) continue;
    const path = join(folder, name);
    try {
      const stat = statSync(path);
      if (!stat.isFile() || now - stat.mtimeMs < maxAgeMs) continue;
      unlinkSync(path);
      removed++;
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
