import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from './migrations';

describe('migrations', () => {
  it('are numbered 1..n without gaps, named after their number', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.name.startsWith(String(m.version).padStart(4, '0'))).toBe(true);
    });
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('0001 creates the whole schema and sets user_version, once', () => {
    const db = new Database(':memory:');
    expect(migrate(db, 1)).toEqual([1]);
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['phases', 'channels', 'customer_types', 'typologies', 'product_domains', 'scenarios', 'matrix_cells', 'journeys', 'journey_steps', 'votes', 'journal_txns', 'journal_ops', 'snapshots']),
    );
    expect(migrate(db, 1)).toEqual([]);
    db.close();
  });

  it('0001 enforces its checks (roles 0-3, emotions -2..+2)', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db);
    db.exec(`INSERT INTO scenarios (id, name, position) VALUES ('s', 'S', 'a0');
             INSERT INTO phases (id, name, position) VALUES ('p', 'P', 'a0');
             INSERT INTO channels (id, name, position) VALUES ('c', 'C', 'a0');`);
    const cell = db.prepare(`INSERT INTO matrix_cells (id, scenario_id, phase_id, channel_id, lens_kind, role) VALUES (?, 's', 'p', 'c', 'all', ?)`);
    expect(() => cell.run('x1', 4)).toThrow(/CHECK/);
    expect(() => cell.run('x2', 'two')).toThrow(); // STRICT: no text in an INTEGER column
    expect(() => db.prepare(`INSERT INTO matrix_cells (id, scenario_id, phase_id, channel_id, lens_kind) VALUES ('x3', 'nope', 'p', 'c', 'all')`).run()).toThrow(/FOREIGN KEY/);
    cell.run('ok', 3);
    db.exec(`INSERT INTO journeys (id, name, scenario_id, position) VALUES ('j', 'J', 's', 'a0')`);
    const step = db.prepare(`INSERT INTO journey_steps (id, journey_id, position, emotion) VALUES (?, 'j', 'a0', ?)`);
    expect(() => step.run('s1', 3)).toThrow(/CHECK/);
    step.run('s2', -2);
    db.close();
  });

  it('rolls every pending step back when one fails', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE phases (x)'); // collides with 0001
    expect(() => migrate(db)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'channels'`).pluck().get()).toBe(0);
    db.close();
  });
});
