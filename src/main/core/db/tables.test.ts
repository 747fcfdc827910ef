import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate } from './migrations';
import { nativeBinding } from './native';
import { TABLES, TABLE_ORDER, columnsOf, type TableName } from './tables';

/**
 * `tables.ts` repeats, column by column, what the migrations create: the journal,
 * snapshots and the JSON interchange are built from it. These tests run every
 * migration on an empty database and hold the two against each other, so a
 * column added in a migration but not in `tables.ts` (or the other way round)
 * fails here instead of being silently left out of the journal or the export.
 */

/** Tables the migrations create that are not synced content, so not in TABLES. */
const NOT_SYNCED = ['journal_ops', 'journal_txns', 'snapshots', 'sync_conflicts', 'sync_peers', 'sync_pending', 'sync_state', 'workspace_meta'];

interface ColumnInfo {
  name: string;
  type: string;
  notnull: 0 | 1;
  pk: number;
}

function migrated(): Database.Database {
  const db = new Database(':memory:', { nativeBinding: nativeBinding() });
  migrate(db);
  return db;
}

function tableNames(db: Database.Database): string[] {
  return db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
}

function columnInfo(db: Database.Database, table: string): ColumnInfo[] {
  return db.prepare('SELECT name, type, "notnull", pk FROM pragma_table_info(?)').all(table) as ColumnInfo[];
}

function createSql(db: Database.Database, table: string): string {
  return db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table) as string;
}

const SQL_TYPE = { text: 'TEXT', int: 'INTEGER', real: 'REAL', bool: 'INTEGER' } as const;

/** The column as tables.ts declares it, in the words PRAGMA table_info uses. */
function declared(table: TableName, column: string): { type: string; nullable: boolean } {
  const spec = (TABLES[table].columns as Record<string, { type: keyof typeof SQL_TYPE; nullable: boolean }>)[column]!;
  return { type: SQL_TYPE[spec.type], nullable: spec.nullable };
}

describe('tables.ts against the migrated schema', () => {
  const db = migrated();
  afterAll(() => db.close());

  it('lists every table the migrations create, apart from the journal, snapshots and metadata', () => {
    expect([...Object.keys(TABLES), ...NOT_SYNCED].sort()).toEqual(tableNames(db));
  });

  it.each(Object.keys(TABLES) as TableName[])('%s: same columns, types and nullability as PRAGMA table_info', (table) => {
    const actual = columnInfo(db, table);
    expect(columnsOf(table).slice().sort()).toEqual(actual.map((c) => c.name).sort());
    for (const column of actual) {
      const want = declared(table, column.name);
      // Primary-key columns of a STRICT table cannot hold NULL even without NOT NULL.
      const nullable = column.notnull === 0 && column.pk === 0;
      expect({ column: column.name, type: column.type, nullable }).toEqual({ column: column.name, ...want });
    }
  });

  it.each(Object.keys(TABLES) as TableName[])('%s: every bool column is CHECKed to 0 or 1', (table) => {
    const sql = createSql(db, table);
    for (const [column, spec] of Object.entries(TABLES[table].columns)) {
      if (spec.type !== 'bool') continue;
      expect(sql, `${table}.${column}`).toMatch(new RegExp(`\\b${column}\\b[^,]*CHECK \\(${column} IN \\(0, 1\\)\\)`));
    }
  });

  it.each(Object.keys(TABLES) as TableName[])('%s: a column read as a union of values is CHECKed to exactly those values', (table) => {
    // TableRow reads such a column as the union of `values`: the schema must admit no other.
    const sql = createSql(db, table);
    const columns: Record<string, { type: string; values?: readonly (string | number)[] }> = TABLES[table].columns;
    for (const [column, spec] of Object.entries(columns)) {
      if (!spec.values) continue;
      const values = spec.values;
      const list = values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
      const inList = `${column} IN \\(${list}\\)`;
      const ints = values.every((v) => typeof v === 'number');
      const lo = Math.min(...values.map(Number));
      const hi = Math.max(...values.map(Number));
      const consecutive = ints && values.length === hi - lo + 1 && values.every((v, i) => v === lo + i);
      const between = consecutive ? `|${column} BETWEEN ${lo} AND ${hi}` : '';
      expect(sql, `${table}.${column}`).toMatch(new RegExp(`\\n\\s*${column}\\s[^,]*CHECK \\((${column} IS NULL OR )?(${inList}${between})\\)`));
    }
  });

  it('orders tables parents first, as TABLE_ORDER promises', () => {
    for (const [i, table] of TABLE_ORDER.entries()) {
      const parents = db.prepare('SELECT DISTINCT "table" FROM pragma_foreign_key_list(?)').pluck().all(table) as string[];
      for (const parent of parents) {
        if (parent === table) continue;
        expect(TABLE_ORDER.indexOf(parent as TableName), `${table} -> ${parent}`).toBeGreaterThanOrEqual(0);
        expect(TABLE_ORDER.indexOf(parent as TableName), `${table} -> ${parent}`).toBeLessThan(i);
      }
    }
  });
});
