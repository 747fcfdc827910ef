import type { Row, SqlValue } from '../db/tables';

export { blankRow } from '../db/tables';

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
