import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { useTempDir } from '../testing/temp';
import { Workspace } from '../workspace';
import { migrate, schemaVersion } from './migrations';
import { APPLICATION_ID } from './open';

/** A workspace file as version 1 of the app wrote it. */
function writeVersion1(path: string, extra = ''): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db, 1);
  db.exec(`INSERT INTO workspace_meta (key, value) VALUES ('content_language', 'en');
           INSERT INTO scenarios (id, name, position) VALUES ('s', 'As-is', 'a0');
           INSERT INTO phases (id, name, position) VALUES ('p', 'Attract', 'a0');
           INSERT INTO channels (id, name, position, cost_per_contact) VALUES ('c', 'Store', 'a0', 12.5);
           INSERT INTO customer_types (id, name, position) VALUES ('t', 'Saver', 'a0');
           INSERT INTO matrix_cells (id, scenario_id, phase_id, channel_id, lens_kind, role) VALUES ('m', 's', 'p', 'c', 'all', 3);
           ${extra}`);
  db.close();
}

describe('migration 0002 (economics)', () => {
  const tmp = useTempDir();
  const options = () => ({ dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });

  it('upgrades a version-1 file on open and keeps its data', () => {
    const path = tmp.file('old.channelwise');
    writeVersion1(path);
    const ws = Workspace.open(path, options());
    try {
      // At least 2: later migrations (0003 findings) run on open too.
      expect(schemaVersion(ws.db)).toBeGreaterThanOrEqual(2);
      expect(ws.matrix.get('s', { kind: 'all' })).toMatchObject([{ phaseId: 'p', channelId: 'c', role: 3 }]);
      expect(ws.catalogRepo.catalog().channels[0]).toMatchObject({ name: 'Store', costPerContact: 12.5 });
      expect(ws.economics.get('s').customerTypes).toMatchObject([{ customerTypeId: 't', price: null }]);
      ws.economics.updateCustomerType({ customerTypeId: 't', patch: { price: 9.5 } });
      expect(ws.economics.get('s').customerTypes[0]?.price).toBe(9.5);
    } finally {
      ws.close();
    }
  });

  it('lands in one transaction: a failing step leaves the file at version 1 with nothing half-made', () => {
    const path = tmp.file('clash.channelwise');
    writeVersion1(path, 'CREATE TABLE economics_customer_types (x TEXT) STRICT;');
    const db = new Database(path);
    try {
      expect(() => migrate(db)).toThrow();
      expect(schemaVersion(db)).toBe(1);
      expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name IN ('economics_role_contacts', 'economics_contacts')`).pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM matrix_cells').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('enforces the same limits as the validation', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db);
    db.exec(`INSERT INTO customer_types (id, name, position) VALUES ('t', 'T', 'a0')`);
    const insert = (id: string, columns: string, values: string) => () =>
      db.exec(`INSERT INTO economics_customer_types (id, customer_type_id, ${columns}) VALUES ('${id}', 't', ${values})`);
    expect(insert('a', 'retention', '101')).toThrow(/CHECK/);
    expect(insert('b', 'discount_rate', '-100')).toThrow(/CHECK/);
    expect(insert('c', 'transactions', '-1')).toThrow(/CHECK/);
    expect(insert('d', 'horizon_years', '0')).toThrow(/CHECK/);
    expect(insert('e', 'promoters', '2.5')).toThrow(/CHECK/);
    expect(insert('f', 'nps_mode, promoters, detractors', "'percent', 80, 30")).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO economics_customer_types (id, customer_type_id) VALUES ('g', 'nope')`)).toThrow(/FOREIGN KEY/);
    insert('ok', 'nps_mode, promoters, detractors, discount_rate', "'percent', 70.5, 29.5, -99.9")();
    expect(() => db.exec(`INSERT INTO economics_role_contacts (id, role, contacts) VALUES ('r', 4, 1)`)).toThrow(/CHECK/);
    expect(() => db.exec(`INSERT INTO economics_contacts (id, scenario_id, phase_id, channel_id, contacts) VALUES ('x', 'no', 'no', 'no', 1)`)).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
