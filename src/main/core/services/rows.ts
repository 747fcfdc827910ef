import { TABLES, type Row, type SqlValue, type TableName } from '../db/tables';

/** A new row of `table` with every column at its neutral value. */
export function blankRow(table: TableName): Row {
  const row: Row = {};
  for (const [column, spec] of Object.entries(TABLES[table].columns) as [string, { type: string; nullable: boolean }][]) {
    row[column] = spec.nullable ? null : spec.type === 'text' ? '' : 0;
  }
  return row;
}

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Turn a camelCase domain patch into column values (booleans become 0/1). */
export function patchToColumns(patch: Record<string, unknown>, skip: readonly string[] = []): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || key === 'kind' || skip.includes(key)) continue;
    row[snake(key)] = typeof value === 'boolean' ? (value ? 1 : 0) : (value as SqlValue);
  }
  return row;
}
