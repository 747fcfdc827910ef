import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { useTempDir } from '../testing/temp';
import { Workspace } from '../workspace';
import { migrate, schemaVersion } from './migrations';
import { APPLICATION_ID } from './open';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('migration 0007 (sync bookkeeping, workspace id)', () => {
  const tmp = useTempDir();

  it('gives a version-6 file a workspace id and keeps its journal', () => {
    const path = tmp.file('v6.channelwise');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 6);
    db.exec(`INSERT INTO workspace_meta (key, value) VALUES ('content_language', 'en');
             INSERT INTO scenarios (id, name, position) VALUES ('s', 'As-is', 'a0');
             INSERT INTO journal_txns (seq, id, hlc, device_id, kind, label, state)
               VALUES (1, 't1', '2026-01-01T00:00:00.000Z-0000-aaaa', 'aaaa', 'edit', '{"key":"x"}', 'done');
             INSERT INTO journal_ops (txn_seq, idx, tbl, row_id, col, old_value, new_value) VALUES (1, 0, 'scenarios', 's', '*', NULL, '{}');`);
    db.close();

    const before = Date.now();
    const ws = Workspace.open(path, { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
    try {
      expect(schemaVersion(ws.db)).toBeGreaterThanOrEqual(7);
      const id = ws.meta('workspace_id') ?? '';
      expect(id).toMatch(UUID_V7);
      // The first 48 bits are the migration's time in milliseconds.
      const millis = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
      expect(millis).toBeGreaterThanOrEqual(before - 1000);
      expect(millis).toBeLessThanOrEqual(Date.now() + 1000);
      expect(ws.db.prepare('SELECT tbl, row_id, col, base FROM journal_ops').all()).toEqual([{ tbl: 'scenarios', row_id: 's', col: '*', base: null }]);
      // The old action stays undoable.
      expect(ws.history.undo()).not.toBeNull();
    } finally {
      ws.close();
    }
  });

  it('makes a different workspace id for every new file', () => {
    const a = tmp.create('a.channelwise');
    const b = tmp.create('b.channelwise');
    expect(a.meta('workspace_id')).toMatch(UUID_V7);
    expect(b.meta('workspace_id')).toMatch(UUID_V7);
    expect(a.meta('workspace_id')).not.toBe(b.meta('workspace_id'));
  });

  it('accepts only the known conflict states', () => {
    const db = new Database(':memory:');
    migrate(db, 7);
    const conflict = db.prepare(
      `INSERT INTO sync_conflicts (id, tbl, row_id, col, value, value_hlc, value_device, winner_hlc, created_at, state) VALUES (?, 't', 'r', 'c', 'v', 'h1', 'd', 'h2', 'now', ?)`,
    );
    conflict.run('c1', 'open');
    expect(() => conflict.run('c2', 'lost')).toThrow(/CHECK/);
    db.close();
  });
});
