import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { useTempDir } from '../testing/temp';
import { Workspace } from '../workspace';
import { migrate, schemaVersion } from './migrations';
import { APPLICATION_ID } from './open';

describe('migration 0004 (presentation deck)', () => {
  const tmp = useTempDir();

  it('upgrades a version-3 file on open, keeps its data, and makes the deck usable', () => {
    const path = tmp.file('v3.channelwise');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 3);
    db.exec(`INSERT INTO workspace_meta (key, value) VALUES ('content_language', 'en');
             INSERT INTO scenarios (id, name, position) VALUES ('s', 'As-is', 'a0');`);
    db.close();
    const ws = Workspace.open(path, { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
    try {
      expect(schemaVersion(ws.db)).toBeGreaterThanOrEqual(4);
      expect(ws.catalogRepo.catalog().scenarios.map((s) => s.name)).toEqual(['As-is']);
      const deck = ws.deck.move('summary', 0);
      expect(deck[0]?.id).toBe('summary');
      expect(deck.some((s) => s.id === 'matrix:s:all')).toBe(true);
    } finally {
      ws.close();
    }
  });

  it('enforces its checks: one row per slide key, known kinds, bounded texts', () => {
    const db = new Database(':memory:');
    migrate(db, 4);
    const insert = db.prepare('INSERT INTO deck_slides (id, kind, slide_key, title, position) VALUES (?, ?, ?, ?, ?)');
    insert.run('a', 'title', 'title', '', 'a0');
    expect(() => insert.run('b', 'title', 'title', '', 'a1')).toThrow(/UNIQUE/);
    expect(() => insert.run('c', 'video', 'video', '', 'a1')).toThrow(/CHECK/);
    expect(() => insert.run('d', 'text', 'd', 'x'.repeat(201), 'a1')).toThrow(/CHECK/);
    expect(() => insert.run('e', 'text', '', '', 'a1')).toThrow(/CHECK/);
    db.close();
  });
});
