import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '@shared/domain/types';
import { atomicProduce } from '../files/atomic-write';
import { nativeBinding } from './native';

export const BACKUP_RETENTION = 10;

/**
 * Backups live in the user's data folder, one folder per workspace (named after
 * the file plus a hash of its real path), so they survive when the workspace's
 * own folder is read-only or synced, and never clutter the user's documents.
 */
export function backupFolder(dataDir: string, realPath: string): string {
  const stem = basename(realPath).replace(/\.channelwise$/i, '').replace(/[^\w.-]+/g, '_').slice(0, 60);
  const hash = createHash('sha256').update(realPath).digest('hex').slice(0, 12);
  return join(dataDir, 'backups', `${stem}-${hash}`);
}

/** Write a consistent copy with VACUUM INTO, then keep only the newest BACKUP_RETENTION. */
export function writeBackup(db: Database.Database, dataDir: string, realPath: string, reason: string): string {
  const folder = backupFolder(dataDir, realPath);
  mkdirSync(folder, { recursive: true });
  // Names sort by time: two backups in one millisecond take the next free one.
  const nameAt = (ms: number) => join(folder, `${new Date(ms).toISOString().replace(/[:.]/g, '-')}-${reason}.channelwise`);
  let ms = Date.now();
  const taken = new Set(readdirSync(folder).map((f) => f.slice(0, 24)));
  while (taken.has(basename(nameAt(ms)).slice(0, 24))) ms++;
  const target = nameAt(ms);
  // Into a temporary name first: a crash mid-copy never leaves a half backup that looks whole.
  atomicProduce(target, (temp) => db.prepare('VACUUM INTO ?').run(temp), { noClobber: true });
  prune(folder);
  return target;
}

export function listBackups(dataDir: string, realPath: string): BackupInfo[] {
  const folder = backupFolder(dataDir, realPath);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.channelwise'))
    .map((f) => {
      const path = join(folder, f);
      const match = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.channelwise$/.exec(f);
      const createdAt = match ? match[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z') : statSync(path).mtime.toISOString();
      return { path, createdAt, reason: match?.[2] ?? 'backup', sizeBytes: statSync(path).size };
    })
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** Backups that pass quick_check, newest first: what a damaged workspace can be recovered from. */
export function listGoodBackups(dataDir: string, realPath: string): BackupInfo[] {
  return listBackups(dataDir, realPath).filter((b) => isSound(b.path));
}

export function isSound(path: string): boolean {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: nativeBinding() });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

function prune(folder: string): void {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.channelwise'))
    .sort();
  for (const old of files.slice(0, Math.max(0, files.length - BACKUP_RETENTION))) {
    try {
      unlinkSync(join(folder, old));
    } catch {
      // a backup that cannot be removed now is removed on the next round
    }
  }
}
