import { describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Workspace } from '../workspace';
import { useTempDir } from '../testing/temp';
import { APPLICATION_ID } from './open';
import { failure } from '../testing/failure';

describe('opening workspace files', () => {
  const tmp = useTempDir();
  const options = () => ({ dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
  const unchanged = (path: string, fn: () => unknown) => {
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    fn();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
  };

  it('says a missing file is missing', () => {
    expect(failure(() => Workspace.open(tmp.file('nope.channelwise'), options())).code).toBe('FILE_NOT_FOUND');
  });

  it('refuses to create over an existing file', () => {
    const path = tmp.file('x.channelwise');
    writeFileSync(path, 'keep me');
    expect(failure(() => Workspace.create(path, 'en', 'default', options())).code).toBe('FILE_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('recognises a file that is not SQLite and leaves it alone', () => {
    const path = tmp.file('notes.channelwise');
    writeFileSync(path, 'just some text, not a database at all');
    unchanged(path, () => expect(failure(() => Workspace.open(path, options())).code).toBe('NOT_SQLITE'));
  });

  it('recognises a SQLite database that is not a workspace', () => {
    const path = tmp.file('other.sqlite');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x)');
    db.close();
    unchanged(path, () => expect(failure(() => Workspace.open(path, options())).code).toBe('NOT_A_WORKSPACE'));
  });

  it('opens a workspace from a newer version read-only and says so', () => {
    const ws = tmp.create('future.channelwise');
    const path = ws.path;
    ws.close();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    unchanged(path, () => {
      const future = Workspace.open(path, options());
      expect(future.info()).toMatchObject({ readOnly: true, readOnlyReason: 'newer-version', fileSchemaVersion: 99 });
      expect(failure(() => future.assertWritable()).code).toBe('READ_ONLY');
      future.close();
    });
  });

  it('opens a read-only file read-only', () => {
    const ws = tmp.create('ro.channelwise');
    const path = ws.path;
    ws.close();
    chmodSync(path, 0o444);
    unchanged(path, () => {
      const ro = Workspace.open(path, options());
      expect(ro.info()).toMatchObject({ readOnly: true, readOnlyReason: 'file-read-only' });
      expect(ro.counts().phases).toBe(6);
      ro.close();
    });
  });

  it('refuses a second open of the same file, also through a link, naming the holder', () => {
    const ws = tmp.create('shared.channelwise');
    const link = tmp.file('link.channelwise');
    symlinkSync(ws.path, link);
    for (const path of [ws.path, link]) {
      const err = failure(() => Workspace.open(path, options()));
      expect(err.code).toBe('WORKSPACE_LOCKED');
      expect(String(err.params?.holder)).toContain(`process ${process.pid}`);
    }
  });

  it('takes over a stale lock left by a crashed process', () => {
    const ws = tmp.create('stale.channelwise');
    const path = ws.path;
    ws.close();
    // A pid far above any live one on this machine: the holder is gone.
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), user: 'x', since: new Date().toISOString() }));
    const again = Workspace.open(path, options());
    expect(again.counts().phases).toBe(6);
    again.close();
  });

  it('calls a truncated file damaged and offers the newest good backup', () => {
    const ws = tmp.create('damaged.channelwise');
    ws.catalog.create('channel', 'Kiosk');
    const path = ws.path;
    ws.close(); // writes a backup
    const size = statSync(path).size;
    truncateSync(path, Math.floor(size / 2));
    const err = failure(() => Workspace.open(path, options()));
    expect(err.code).toBe('WORKSPACE_CORRUPT');
    const backups = err.params?.backups as { path: string }[];
    expect(backups.length).toBeGreaterThan(0);
    const copy = tmp.file('recovered.channelwise');
    copyFileSync(backups[0]!.path, copy);
    const recovered = Workspace.open(copy, options());
    expect(recovered.catalogRepo.catalog().channels.map((c) => c.name)).toContain('Kiosk');
    recovered.close();
  });

  it('calls a file with garbage in its pages damaged', () => {
    const ws = tmp.create('garbage.channelwise');
    const path = ws.path;
    ws.close();
    const bytes = readFileSync(path);
    // Keep the 100-byte header, scribble over the schema page and beyond.
    for (let i = 100; i < Math.min(bytes.length, 12000); i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(path, bytes);
    expect(failure(() => Workspace.open(path, options())).code).toBe('WORKSPACE_CORRUPT');
  });

  it('stamps the file as a Channelwise workspace with STRICT tables and foreign keys on', () => {
    const ws = tmp.create();
    expect(ws.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('synchronous', { simple: true })).toBe(2);
    const loose = ws.db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE '%STRICT%' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all();
    expect(loose).toEqual([]);
  });
});
