import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import { nativeBinding } from './native';

let shapes: Map<number, string[]> | null = null;

/** The tables each schema version has, found by running the migrations on an empty in-memory database once. */
function expectedShapes(): Map<number, string[]> {
  if (shapes) return shapes;
  const found = new Map<number, string[]>([[0, []]]);
  const db = new Database(':memory:', { nativeBinding: nativeBinding() });
  try {
    for (const migration of MIGRATIONS) {
      db.exec(migration.sql);
      found.set(migration.version, tableNames(db));
    }
  } finally {
    db.close();
  }
  shapes = found;
  return found;
}

export function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]);
}

/**
 * Does the file's schema version (PRAGMA user_version) match the tables it
 * holds? A version 0 file with tables, or a version 3 file with version 5's
 * tables, would make a migration fail halfway or skip one. Versions from the
 * future are not judged here (they open read-only).
 */
export function schemaMatchesVersion(db: Database.Database, version: number): boolean {
  const expected = expectedShapes().get(version);
  if (!expected) return true;
  const actual = tableNames(db);
  return expected.length === actual.length && expected.every((name, i) => name === actual[i]);
}
