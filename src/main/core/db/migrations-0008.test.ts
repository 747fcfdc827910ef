import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CELL_GRID_OP } from '../journal/cell-grid';
import { useTempDir } from '../testing/temp';
import { Workspace } from '../workspace';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations';
import { APPLICATION_ID } from './open';

describe('migration 0008 (compact cell ops in the journal)', () => {
  const tmp = useTempDir();

  it('changes no table of a version-7 file, keeps its journal, and its next bulk write journals grids', () => {
    const path = tmp.file('v7.channelwise');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 7);
    const schema = () => db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
    const before = schema();
    migrate(db, 8);
    expect(schema()).toEqual(before);
    expect(schemaVersion(db)).toBe(8);
    db.close();

    const seeded = tmp.create('seeded.channelwise');
    const c = seeded.catalogRepo.catalog();
    const cells = c.phases.flatMap((p) => c.channels.map((ch) => ({ phaseId: p.id, channelId: ch.id, role: 1 as const })));
    seeded.matrix.setViews([{ scenarioId: c.scenarios[0]!.id, lens: { kind: 'all' }, cells }]);
    expect(schemaVersion(seeded.db)).toBe(LATEST_VERSION);
    expect(seeded.db.prepare('SELECT count(*) FROM journal_ops WHERE col = ?').pluck().get(CELL_GRID_OP)).toBe(1);
  });

  it('opens a file from a version that knows grids read-only in a version that does not (as any newer file)', () => {
    const path = tmp.file('next.channelwise');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const ws = Workspace.open(path, { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
    try {
      expect(ws.readOnly).toBe(true);
    } finally {
      ws.close();
    }
  });
});
