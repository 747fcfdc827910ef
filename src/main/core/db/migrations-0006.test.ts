import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { useTempDir } from '../testing/temp';
import { Workspace } from '../workspace';
import { migrate, schemaVersion } from './migrations';
import { APPLICATION_ID } from './open';

describe('migration 0006 (workspace settings, product domains in use)', () => {
  const tmp = useTempDir();

  it('upgrades a version-5 file: its domains keep their fields and are not in use, the currency is the euro', () => {
    const path = tmp.file('v5.channelwise');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 5);
    db.exec(`INSERT INTO workspace_meta (key, value) VALUES ('content_language', 'en');
             INSERT INTO scenarios (id, name, position) VALUES ('s', 'As-is', 'a0');
             INSERT INTO product_domains (id, name, position, domain_type, is_main) VALUES ('d', 'Bikes', 'a0', 'sensory', 1);`);
    db.close();

    const ws = Workspace.open(path, { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
    try {
      expect(schemaVersion(ws.db)).toBeGreaterThanOrEqual(6);
      expect(ws.catalog.update('d', { kind: 'productDomain', inUse: true })).toMatchObject({ name: 'Bikes', domainType: 'sensory', isMain: true, inUse: true });
      ws.history.undo();
      expect(ws.catalogRepo.item('productDomain', 'd')).toMatchObject({ inUse: false });
      expect(ws.settings.get()).toEqual({ currency: 'EUR' });
      expect(ws.settings.setCurrency('SEK').currency).toBe('SEK');
    } finally {
      ws.close();
    }
  });

  it('keeps one row per setting and booleans as 0/1', () => {
    const db = new Database(':memory:');
    migrate(db, 6);
    const insert = db.prepare('INSERT INTO workspace_settings (id, key, value) VALUES (?, ?, ?)');
    insert.run('a', 'currency', 'USD');
    expect(() => insert.run('b', 'currency', 'GBP')).toThrow(/UNIQUE/);
    expect(() => insert.run('c', '', 'GBP')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO product_domains (id, name, position, in_use) VALUES ('d', 'x', 'a0', 2)").run()).toThrow(/CHECK/);
    db.close();
  });
});
