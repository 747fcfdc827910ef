import type Database from 'better-sqlite3';
import type { TableName, TableRow } from './tables';

/**
 * Typed reads. better-sqlite3 returns `unknown` rows; these statements say what
 * a query returns, so repositories read fields without casting them one by one.
 */

/**
 * `stmt` as a statement whose rows are `R`. The one place the type of what SQLite
 * returns is asserted: for whole rows, tables.test.ts holds TABLES (and so
 * TableRow) to the migrated schema, column types, nullability and CHECKed values;
 * for a projection the caller names the columns it selects in `R`, as
 * `Pick<TableRow<N>, ...>` where they are a table's own columns.
 */
function retyped<R, P extends unknown[]>(stmt: Database.Statement): Database.Statement<P, R> {
  return stmt as Database.Statement<P, R>;
}

/** A statement whose rows are `R` (a projection or an aggregate; see `retyped`). */
export function statementOf<R, P extends unknown[] = unknown[]>(db: Database.Database, sql: string): Database.Statement<P, R> {
  return retyped<R, P>(db.prepare(sql));
}

/** An already prepared (cached) statement that reads whole rows of `table`. */
export function rowsOf<N extends TableName>(_table: N, stmt: Database.Statement): Database.Statement<unknown[], TableRow<N>> {
  return retyped<TableRow<N>, unknown[]>(stmt);
}

/**
 * A statement that reads whole rows of `table` (`SELECT *` or `SELECT t.*` of it).
 * The table is named for the row type only: the SQL says where the rows come from.
 */
export function rowStatement<N extends TableName, P extends unknown[] = unknown[]>(
  db: Database.Database,
  _table: N,
  sql: string,
): Database.Statement<P, TableRow<N>> {
  return retyped<TableRow<N>, P>(db.prepare(sql));
}

/** Whole rows of `table` from one run of `sql`. */
export function selectRows<N extends TableName>(db: Database.Database, table: N, sql: string, ...params: unknown[]): TableRow<N>[] {
  return rowStatement(db, table, sql).all(...params);
}

/** The first whole row of `table` from `sql`, if any. */
export function selectRow<N extends TableName>(db: Database.Database, table: N, sql: string, ...params: unknown[]): TableRow<N> | undefined {
  return rowStatement(db, table, sql).get(...params);
}
