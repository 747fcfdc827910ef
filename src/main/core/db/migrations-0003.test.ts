import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { useTempDir } from '../testing/temp';
import { Workspace } from '../workspace';
import { migrate, schemaVersion } from './migrations';
import { APPLICATION_ID } from './open';

describe('migration 0003 (findings thresholds)', () => {
  const tmp = useTempDir();

  it('upgrades a version-2 file on open, keeps its data, and makes the table usable', () => {
    const path = tmp.file('v2.channelwise');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 2);
    db.exec(`INSERT INTO workspace_meta (key, value) VALUES ('content_language', 'nl');
             INSERT INTO scenarios (id, name, position) VALUES ('s', 'Huidig', 'a0');`);
    db.close();
    const ws = Workspace.open(path, { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
    try {
      expect(schemaVersion(ws.db)).toBeGreaterThanOrEqual(3);
      expect(ws.catalogRepo.catalog().scenarios.map((s) => s.name)).toEqual(['Huidig']);
      expect(ws.findings.setThresholds({ competingLeads: 4 }).values.competingLeads).toBe(4);
    } finally {
      ws.close();
    }
  });

  it('enforces its checks: one row per key, values 0..100', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    const insert = db.prepare('INSERT INTO findings_thresholds (id, key, value) VALUES (?, ?, ?)');
    insert.run('a', 'carryingRole', 2);
    expect(() => insert.run('b', 'carryingRole', 3)).toThrow(/UNIQUE/);
    expect(() => insert.run('c', 'other', 101)).toThrow(/CHECK/);
    expect(() => insert.run('d', '', 1)).toThrow(/CHECK/);
    expect(() => insert.run('e', 'x', 'ten')).toThrow();
    db.close();
  });
});
