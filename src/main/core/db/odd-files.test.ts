import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { createTranslator, errorMessage } from '@shared/i18n/translate';
import { Workspace } from '../workspace';
import { useTempDir } from '../testing/temp';
import { failure } from '../testing/failure';

const fingerprint = (path: string) =>
  !existsSync(path) ? 'missing' : statSync(path).isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(path)).digest('hex');

// Every odd file gets its own translated message, from `open` (serve, the app)
// and from a read-only look (check, info) alike, and is left exactly as it was.
describe('odd files', () => {
  const tmp = useTempDir();
  const options = () => ({ dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });

  const refused = (path: string, code: string) => {
    const before = [fingerprint(path), fingerprint(`${path}-wal`), fingerprint(`${path}-shm`)];
    for (const readOnly of [false, true]) {
      const err = failure(() => Workspace.open(path, { ...options(), readOnly }));
      expect(err.code).toBe(code);
      for (const lang of ['en', 'nl'] as const) {
        const text = errorMessage(createTranslator(lang), err.toApiError());
        expect(text).toContain(path);
        expect(text).not.toMatch(/\{\{|undefined|Error:|SQLITE/);
      }
    }
    expect([fingerprint(path), fingerprint(`${path}-wal`), fingerprint(`${path}-shm`)]).toEqual(before);
    expect(existsSync(`${path}.lock`)).toBe(false);
  };

  const closedWorkspace = (name: string) => {
    const ws = tmp.create(name);
    const path = ws.path;
    ws.close();
    return path;
  };

  it('a folder named like a workspace', () => {
    const path = tmp.file('folder.channelwise');
    mkdirSync(path);
    refused(path, 'IS_A_FOLDER');
  });

  it('a zero-byte file', () => {
    const path = tmp.file('zero.channelwise');
    writeFileSync(path, '');
    refused(path, 'WORKSPACE_EMPTY');
  });

  it('a file with only the SQLite header', () => {
    const path = closedWorkspace('full.channelwise');
    const header = tmp.file('header.channelwise');
    writeFileSync(header, readFileSync(path).subarray(0, 100));
    refused(header, 'WORKSPACE_TRUNCATED');
    writeFileSync(header, readFileSync(path).subarray(0, 60));
    refused(header, 'WORKSPACE_TRUNCATED');
  });

  it('a workspace whose schema version is 0 but has tables', () => {
    const path = closedWorkspace('v0.channelwise');
    const db = new Database(path);
    db.pragma('user_version = 0');
    db.close();
    refused(path, 'SCHEMA_MISMATCH');
  });

  it('a workspace whose schema version does not match its tables', () => {
    const path = closedWorkspace('v3.channelwise');
    const db = new Database(path);
    db.pragma('user_version = 3');
    db.close();
    refused(path, 'SCHEMA_MISMATCH');
  });

  it('a workspace stamp with no tables at all', () => {
    const path = tmp.file('bare.channelwise');
    const db = new Database(path);
    db.pragma('application_id = 1129794387');
    db.exec('CREATE TABLE x (a); DROP TABLE x;');
    db.close();
    refused(path, 'WORKSPACE_EMPTY');
  });

  it("another workspace's -wal beside a workspace", () => {
    const mine = closedWorkspace('mine.channelwise');
    const other = closedWorkspace('other.channelwise');
    const db = new Database(other);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.prepare("UPDATE workspace_meta SET value = 'nl' WHERE key = 'content_language'").run();
    copyFileSync(`${other}-wal`, `${mine}-wal`);
    db.close();
    refused(mine, 'WAL_MISMATCH');
  });

  it('a -wal written for another page size', () => {
    const mine = closedWorkspace('paged.channelwise');
    const other = tmp.file('big-pages.db');
    const db = new Database(other);
    db.pragma('page_size = 8192');
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    copyFileSync(`${other}-wal`, `${mine}-wal`);
    db.close();
    refused(mine, 'WAL_MISMATCH');
  });

  it('a restored copy next to the -wal its crashed original left', () => {
    const ws = tmp.create('restored.channelwise');
    const path = ws.path;
    const backup = ws.backup('manual');
    ws.catalog.create('channel', 'Kiosk');
    // The session dies here: its -wal stays. The user then copies the backup over the file.
    const wal = readFileSync(`${path}-wal`);
    ws.close();
    copyFileSync(backup, path);
    writeFileSync(`${path}-wal`, wal);
    refused(path, 'WAL_MISMATCH');
  });

  it("another workspace's -shm beside a workspace is harmless: SQLite rebuilds it", () => {
    const mine = closedWorkspace('shm-mine.channelwise');
    const other = tmp.create('shm-other.channelwise');
    other.catalog.create('channel', 'Theirs');
    copyFileSync(`${other.path}-shm`, `${mine}-shm`);
    const ws = Workspace.open(mine, options());
    const names = ws.catalogRepo.catalog().channels.map((c) => c.name);
    expect(names).not.toContain('Theirs');
    expect(ws.check()).toEqual([]);
    ws.close();
  });

  it('a crashed session read-only: says to open it once, does not fail with SQLite words', () => {
    const ws = tmp.create('hot.channelwise');
    const path = ws.path;
    ws.catalog.create('channel', 'Kiosk');
    const copy = tmp.file('hot-copy.channelwise');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    copyFileSync(`${path}-shm`, `${copy}-shm`);
    const before = [fingerprint(copy), fingerprint(`${copy}-wal`)];
    let code = 'opened';
    try {
      const look = Workspace.open(copy, { ...options(), readOnly: true });
      // Where SQLite can read the -wal without writing, the look sees the last edit.
      expect(look.catalogRepo.catalog().channels.map((c) => c.name)).toContain('Kiosk');
      look.close();
    } catch (err) {
      code = (err as AppError).code;
    }
    expect(['opened', 'WORKSPACE_NEEDS_RECOVERY']).toContain(code);
    expect([fingerprint(copy), fingerprint(`${copy}-wal`)]).toEqual(before);
  });

  it('still replays the -wal of its own crashed session', () => {
    const ws = tmp.create('crashed.channelwise');
    const path = ws.path;
    ws.catalog.create('channel', 'Kiosk');
    const copy = tmp.file('crashed-copy.channelwise');
    // A copy of the file and its -wal taken mid-session is what a crash leaves.
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    const again = Workspace.open(copy, options());
    expect(again.catalogRepo.catalog().channels.map((c) => c.name)).toContain('Kiosk');
    again.close();
  });
});
