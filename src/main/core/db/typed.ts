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

/**
 * Statements prepared once per connection and SQL text: preparing costs more
 * than running a small query (a catalog lookup was 18 % of an edit's CPU).
 * Only for statements run to the end at once (`all`, `get`): a cached one
 * being iterated cannot run again until it is done.
 */
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function cached(db: Database.Database, sql: string): Database.Statement {
  let statements = prepared.get(db);
  if (!statements) prepared.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** A cached statement whose rows are `R`, for a query run to the end at once (see `cached`). */
export function cachedStatementOf<R, P extends unknown[] = unknown[]>(db: Database.Database, sql: string): Database.Statement<P, R> {
  return retyped<R, P>(cached(db, sql));
}

/** Whole rows of `table` from one run of `sql`. */
export function selectRows<N extends TableName>(db: Database.Database, table: N, sql: string, ...params: unknown[]): TableRow<N>[] {
  return rowsOf(table, cached(db, sql)).all(...params);
}

/** The first whole row of `table` from `sql`, if any. */
export function selectRow<N extends TableName>(db: Database.Database, table: N, sql: string, ...params: unknown[]): TableRow<N> | undefined {
  return rowsOf(table, cached(db, sql)).get(...params);
}
