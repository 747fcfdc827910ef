import type Database from 'better-sqlite3';
import m0001 from './migrations/0001-initial.sql?raw';
import m0002 from './migrations/0002-economics.sql?raw';
import m0003 from './migrations/0003-findings.sql?raw';
import m0004 from './migrations/0004-deck.sql?raw';
import m0005 from './migrations/0005-deck-targets.sql?raw';
import m0006 from './migrations/0006-currency-domains-in-use.sql?raw';
import m0007 from './migrations/0007-sync.sql?raw';
import m0008 from './migrations/0008-cell-grids.sql?raw';

/**
 * Numbered migrations, bundled into the build as text. Never edit one that has
 * landed: add the next number instead. The schema version is PRAGMA user_version.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: '0001-initial', sql: m0001 },
  { version: 2, name: '0002-economics', sql: m0002 },
  { version: 3, name: '0003-findings', sql: m0003 },
  { version: 4, name: '0004-deck', sql: m0004 },
  { version: 5, name: '0005-deck-targets', sql: m0005 },
  { version: 6, name: '0006-currency-domains-in-use', sql: m0006 },
  { version: 7, name: '0007-sync', sql: m0007 },
  { version: 8, name: '0008-cell-grids', sql: m0008 },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Run every pending migration in one transaction: all of them land, or none. */
export function migrate(db: Database.Database, target = LATEST_VERSION): number[] {
  const from = schemaVersion(db);
  const pending = MIGRATIONS.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const migration of pending) db.exec(migration.sql);
    db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
  })();
  return pending.map((m) => m.version);
}
