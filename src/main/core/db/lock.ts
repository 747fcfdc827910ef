import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { AppError } from '@shared/errors';

export interface LockHolder {
  pid: number;
  host: string;
  user: string;
  since: string;
}

/**
 * One process owns a workspace at a time. The lock file sits beside the real
 * path (links resolved), so two paths to one file meet at one lock. A lock whose
 * process is gone (a crash) is taken over.
 */
export function acquireLock(realPath: string): () => void {
  const lockPath = `${realPath}.lock`;
  const me: LockHolder = { pid: process.pid, host: hostname(), user: safeUser(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => releaseLock(lockPath, me.pid);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(lockPath);
    if (holder && !isStale(holder)) {
      throw new AppError('WORKSPACE_LOCKED', `${realPath} is open in another process`, {
        path: realPath,
        holder: describeHolder(holder),
        pid: holder.pid,
        host: holder.host,
        user: holder.user,
        since: holder.since,
      });
    }
    try {
      unlinkSync(lockPath);
    } catch {
      // Another process may have taken it over first; the next attempt will tell.
    }
  }
  throw new AppError('WORKSPACE_LOCKED', `${realPath} is being opened by another process`, {
    path: realPath,
    holder: 'another process',
  });
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
