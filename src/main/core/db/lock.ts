import { closeSync, linkSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { AppError } from '@shared/errors';
import { tempPathFor } from '../files/atomic-write';

export interface LockHolder {
  pid: number;
  host: string;
  user: string;
  since: string;
}

/**
 * One process owns a workspace at a time. The lock file sits beside the real
 * path (links resolved), so two paths to one file meet at one lock.
 *
 * The lock is made with an atomic create: the holder's details are written to
 * a file of our own and hard-linked to the lock's name, which fails if the name
 * exists (exclusive create where links are not supported). A lock whose process
 * is gone (a crash) is taken over under a second, short-lived lock
 * (`.lock.takeover`): only its holder may remove the stale lock, after reading it
 * again, so of several processes starting together on a stale lock exactly one
 * becomes the owner.
 */
export function acquireLock(realPath: string): () => void {
  const lockPath = `${realPath}.lock`;
  const me: LockHolder = { pid: process.pid, host: hostname(), user: safeUser(), since: new Date().toISOString() };
  const content = JSON.stringify(me);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (createExclusive(lockPath, content)) return () => releaseLock(lockPath, me.pid);
    const seen = readLock(lockPath);
    if (seen === 'gone') continue;
    if (seen.holder && !isStale(seen.holder)) throw locked(realPath, seen.holder);
    if (!seen.holder && Date.now() - seen.mtimeMs < HALF_WRITTEN_GRACE_MS) {
      pause(); // an exclusive create without links: its holder may still be writing it
      continue;
    }
    if (takeOver(lockPath, content)) return () => releaseLock(lockPath, me.pid);
    pause();
  }
  throw new AppError('WORKSPACE_LOCKED', `${realPath} is being opened by another process`, {
    path: realPath,
    holder: 'another process',
  });
}

const MAX_ATTEMPTS = 500;
const HALF_WRITTEN_GRACE_MS = 2_000;
/** A takeover takes microseconds; one older than this was left by a process that died or hangs. */
const TAKEOVER_STALE_MS = 10_000;

/** Remove a stale lock and make ours, holding the takeover lock. False when another process got there first. */
function takeOver(lockPath: string, content: string): boolean {
  const takeoverPath = `${lockPath}.takeover`;
  if (!createExclusive(takeoverPath, content)) {
    removeStaleTakeover(takeoverPath);
    return false;
  }
  try {
    // Read it again: only a lock that is still stale now may go (another process may have taken it over and finished).
    const seen = readLock(lockPath);
    if (seen !== 'gone') {
      if (seen.holder && !isStale(seen.holder)) return false;
      unlinkSync(lockPath);
    }
    return createExclusive(lockPath, content);
  } finally {
    try {
      unlinkSync(takeoverPath);
    } catch {
      // removed as stale by another process; nothing to undo
    }
  }
}

function removeStaleTakeover(takeoverPath: string): void {
  const seen = readLock(takeoverPath);
  if (seen === 'gone') return;
  const dead = seen.holder !== null && isStale(seen.holder);
  if (dead || Date.now() - seen.mtimeMs > TAKEOVER_STALE_MS) {
    try {
      unlinkSync(takeoverPath);
    } catch {
      // another process removed it
    }
  }
}

/** Create `path` holding `content` only if no file has that name; the content is complete the moment the name appears. */
function createExclusive(path: string, content: string): boolean {
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
  } catch {
    return createWithOpen(path, content);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return createWithOpen(path, content);
    throw err;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
}

/** Exclusive create where hard links are not available (some network and FAT file systems). */
function createWithOpen(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readLock(path: string): { holder: LockHolder | null; mtimeMs: number } | 'gone' {
  try {
    const mtimeMs = statSync(path).mtimeMs;
    return { holder: readHolder(path), mtimeMs };
  } catch {
    return 'gone';
  }
}

function locked(realPath: string, holder: LockHolder): AppError {
  return new AppError('WORKSPACE_LOCKED', `${realPath} is open in another process`, {
    path: realPath,
    holder: describeHolder(holder),
    pid: holder.pid,
    host: holder.host,
    user: holder.user,
    since: holder.since,
  });
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** A short synchronous wait between attempts (opening is synchronous). */
function pause(): void {
  Atomics.wait(sleeper, 0, 0, 1 + Math.random() * 4);
}

export function describeHolder(holder: LockHolder): string {
  const time = holder.since.slice(11, 16);
  return `Channelwise (process ${holder.pid}, ${holder.user}@${holder.host}, since ${time} UTC)`;
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, user: String(value.user ?? '?'), since: String(value.since ?? '') };
  } catch {
    return null; // unreadable or half-written lock: treat as stale
  }
}

function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false; // cannot tell on another machine: respect it
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function releaseLock(lockPath: string, pid: number): void {
  const holder = readHolder(lockPath);
  if (holder && holder.pid !== pid) return;
  try {
    unlinkSync(lockPath);
  } catch {
    // already gone
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
