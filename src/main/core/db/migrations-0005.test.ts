import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SLIDE_KINDS } from '@shared/present/deck';
import { useTempDir } from '../testing/temp';
import { Workspace } from '../workspace';
import { migrate, schemaVersion } from './migrations';
import { APPLICATION_ID } from './open';

/** The kinds the deck table's CHECK allows, read from the schema itself. */
function checkedKinds(db: Database.Database): string[] {
  const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'deck_slides'").get() as { sql: string };
  const list = /kind\s+TEXT NOT NULL CHECK \(kind IN \(([^)]*)\)\)/.exec(sql)?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

describe('migration 0005 (every slide kind, slides pointed at a scenario and lens)', () => {
  const tmp = useTempDir();

  it('repairs a version-4 file with a revealed vote: its results slide and every other edit of the deck can be saved', () => {
    const path = tmp.file('v4.channelwise');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 4);
    db.exec(`INSERT INTO workspace_meta (key, value) VALUES ('content_language', 'en');
             INSERT INTO scenarios (id, name, position) VALUES ('s', 'As-is', 'a0');
             INSERT INTO vote_sessions (id, title, target_kind, status, dots_per_participant, created_at)
               VALUES ('v', 'Where first?', 'cell', 'revealed', 3, '2026-12-01T10:00:00.000Z');
             INSERT INTO deck_slides (id, kind, slide_key, notes, position) VALUES ('n', 'title', 'title', 'welcome', 'a0');`);
    expect(() => db.prepare("INSERT INTO deck_slides (id, kind, slide_key, position) VALUES ('x', 'votes', 'votes:v', 'a1')").run()).toThrow(/CHECK/);
    db.close();

    const ws = Workspace.open(path, { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
    try {
      expect(schemaVersion(ws.db)).toBeGreaterThanOrEqual(5);
      const decks = ws.deck;
      expect(decks.deck().find((s) => s.id === 'title')?.notes).toBe('welcome');
      const deck = decks.save('votes:v', { notes: 'the room chose' });
      expect(deck.find((s) => s.id === 'votes:v')).toMatchObject({ notes: 'the room chose', saved: true });
      expect(decks.save('findings', { hidden: true }).find((s) => s.id === 'findings')?.hidden).toBe(true);
    } finally {
      ws.close();
    }
  });

  it('allows exactly the kinds the deck knows, and nothing else', () => {
    const db = new Database(':memory:');
    migrate(db, 5);
    expect(checkedKinds(db)).toEqual([...SLIDE_KINDS]);
    const insert = db.prepare('INSERT INTO deck_slides (id, kind, slide_key, position, scenario_id, lens) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('a', 'votes', 'votes:v', 'a0', null, null);
    insert.run('b', 'change', 'change:s:t:all', 'a1', 's', 'all');
    expect(() => insert.run('c', 'video', 'video', 'a2', null, null)).toThrow(/CHECK/);
    expect(() => insert.run('d', 'chart', 'chart:x', 'a2', '', null)).toThrow(/CHECK/);
    expect(() => insert.run('e', 'votes', 'votes:v', 'a2', null, null)).toThrow(/UNIQUE/);
    db.close();
  });
});
