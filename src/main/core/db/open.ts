import { accessSync, constants, existsSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '@shared/errors';
import type { ReadOnlyReason } from '@shared/domain/types';
import { listGoodBackups, writeBackup } from './backups';
import { readHeader } from './header';
import { acquireLock } from './lock';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations';
import { nativeBinding } from './native';
import { schemaMatchesVersion, tableNames } from './schema-shape';
import { foreignWalReason } from './wal';

/** 'CWKS' in the SQLite header's application_id: how a workspace tells itself apart. */
export const APPLICATION_ID = 0x43574b53;

export interface OpenedDb {
  db: Database.Database;
  path: string;
  realPath: string;
  readOnly: boolean;
  readOnlyReason: ReadOnlyReason | null;
  fileSchemaVersion: number;
  warnings: string[];
  /** Release the process lock (the database is closed by the caller first). */
  release(): void;
}

export interface OpenDbOptions {
  dataDir: string;
  create?: boolean;
  /** Open read-only on purpose (e.g. `channelwise check`). */
  readOnly?: boolean;
}

/**
 * Open (or create) a workspace file safely: recognise non-databases, foreign
 * databases, damage, files from the future and read-only files before anything
 * is written; take the process lock; set the PRAGMAs; back up, then migrate.
 */
export function openDb(inputPath: string, options: OpenDbOptions): OpenedDb {
  const path = resolve(inputPath);
  const exists = existsSync(path);
  if (options.create && exists) throw new AppError('FILE_EXISTS', `${path} exists`, { path });
  if (!options.create && !exists) throw new AppError('FILE_NOT_FOUND', `${path} does not exist`, { path });

  if (exists) refuseOddFile(path, options.dataDir);

  const realPath = exists ? realpathSync(path) : resolve(realpathSync(dirname(path)), path.split(/[\\/]/).pop()!);
  const fileWritable = !exists || canWrite(path);
  const readOnlyWanted = options.readOnly === true || !fileWritable;
  // Even a read-only look (CLI info/check) respects the owner of a writable file;
  // only a file nobody can write to needs no lock.
  const release = fileWritable ? acquireLock(realPath) : () => undefined;

  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: readOnlyWanted, fileMustExist: !options.create, nativeBinding: nativeBinding() });
    const opened = exists
      ? prepareExisting(db, path, realPath, readOnlyWanted, fileWritable, options)
      : prepareNew(db);
    return { ...opened, db: opened.db, path, realPath, release };
  } catch (err) {
    db?.close();
    release();
    if (options.create && !exists) removeQuietly(path);
    if (err instanceof AppError) throw err;
    if (isCorruption(err)) throw corrupt(path, realPath, options.dataDir);
    const pending = readOnlyWanted && isReadOnlyRecovery(err) ? [`${realPath}-wal`, `${realPath}-journal`].find((p) => existsSync(p)) : undefined;
    if (pending) {
      throw new AppError('WORKSPACE_NEEDS_RECOVERY', `${path}: a read-only open cannot recover ${pending}`, { path, wal: basename(pending) });
    }
    throw new AppError('IO_ERROR', String((err as Error).message), { path, reason: String((err as Error).message) });
  }
}

type Prepared = Omit<OpenedDb, 'path' | 'realPath' | 'release'>;

function prepareNew(db: Database.Database): Prepared {
  const warnings = applyPragmas(db);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db);
  return { db, readOnly: false, readOnlyReason: null, fileSchemaVersion: LATEST_VERSION, warnings };
}

function prepareExisting(
  db: Database.Database,
  path: string,
  realPath: string,
  readOnlyWanted: boolean,
  fileWritable: boolean,
  options: OpenDbOptions,
): Prepared {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== APPLICATION_ID) throw new AppError('NOT_A_WORKSPACE', `${path} is not a workspace`, { path });
  if (db.pragma('quick_check', { simple: true }) !== 'ok') throw corrupt(path, realPath, options.dataDir);

  const fileVersion = schemaVersion(db);
  if (fileVersion === 0 && tableNames(db).length === 0) throw new AppError('WORKSPACE_EMPTY', `${path} has no tables`, { path });
  if (!schemaMatchesVersion(db, fileVersion)) {
    throw new AppError('SCHEMA_MISMATCH', `${path}: tables do not match version ${fileVersion}`, { path, version: fileVersion });
  }
  let readOnlyReason: ReadOnlyReason | null = !fileWritable ? 'file-read-only' : readOnlyWanted ? 'requested' : null;
  if (fileVersion > LATEST_VERSION) {
    readOnlyReason = 'newer-version';
    if (!readOnlyWanted) {
      // Reopen without write access so nothing from this older app can touch it.
      db.close();
      db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: nativeBinding() });
    }
  }
  if (readOnlyReason) return { db, readOnly: true, readOnlyReason, fileSchemaVersion: fileVersion, warnings: [] };

  const warnings = applyPragmas(db);
  if (fileVersion < LATEST_VERSION) {
    writeBackup(db, options.dataDir, realPath, 'pre-migration');
    migrate(db);
  }
  return { db, readOnly: false, readOnlyReason: null, fileSchemaVersion: fileVersion, warnings };
}

function applyPragmas(db: Database.Database): string[] {
  const warnings: string[] = [];
  db.pragma('busy_timeout = 5000');
  const mode = String(db.pragma('journal_mode = WAL', { simple: true })).toLowerCase();
  if (mode !== 'wal') {
    db.pragma('journal_mode = DELETE');
    warnings.push('wal-unavailable');
  }
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return warnings;
}

/** Make the file self-contained again (one copyable file) and close it. */
export function closeDb(opened: OpenedDb): void {
  if (!opened.readOnly && opened.db.open) {
    opened.db.pragma('wal_checkpoint(TRUNCATE)');
    // Leaving WAL mode means the file opens anywhere, even from read-only media.
    opened.db.pragma('journal_mode = DELETE');
  }
  if (opened.db.open) opened.db.close();
  opened.release();
}

/**
 * Every odd file gets its own message before SQLite touches it (SQLite would
 * create a database in an empty file and replay any -wal it finds).
 */
function refuseOddFile(path: string, dataDir: string): void {
  if (statSync(path).isDirectory()) throw new AppError('IS_A_FOLDER', `${path} is a folder`, { path });
  const header = readHeader(path);
  switch (header.verdict) {
    case 'empty':
      throw new AppError('WORKSPACE_EMPTY', `${path} is empty`, { path });
    case 'not-sqlite':
      throw new AppError('NOT_SQLITE', `${path} is not SQLite`, { path });
    case 'header-only':
      throw new AppError('WORKSPACE_TRUNCATED', `${path} is only a header`, { path, size: header.size });
    case 'truncated':
      throw corrupt(path, realpathSync(path), dataDir);
    case 'sqlite':
      break;
  }
  // SQLite names the -wal after the real path (links resolved).
  const wal = `${realpathSync(path)}-wal`;
  const reason = foreignWalReason(wal, header);
  if (reason) throw new AppError('WAL_MISMATCH', `${wal} does not belong to ${path}: ${reason}`, { path, wal: basename(wal), reason });
}

function corrupt(path: string, realPath: string, dataDir: string): AppError {
  const backups = listGoodBackups(dataDir, realPath);
  return new AppError('WORKSPACE_CORRUPT', `${path} is damaged`, { path, backups });
}

function isCorruption(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

/** SQLite needs to write to take in a crashed session's -wal (or roll back its -journal), which a read-only connection may not. */
function isReadOnlyRecovery(err: unknown): boolean {
  return ((err as { code?: string }).code ?? '').startsWith('SQLITE_READONLY');
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    // root passes access() on a read-only file; the mode bits say what the user meant.
    return (statSync(path).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}

function removeQuietly(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      unlinkSync(p);
    } catch {
      // nothing to remove
    }
  }
}
