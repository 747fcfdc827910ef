import { AppError } from '@shared/errors';
import type { Lang } from '@shared/domain/types';
import { interchangeLimitProblem, type InterchangeRows } from '@shared/domain/interchange-limits';
import { columnsOf, fitsColumn, identityOf, isTableName, TABLE_ORDER, type Row, type TableName } from '../db/tables';
import { readAllRows } from '../journal/snapshots';
import { Workspace, type WorkspaceOptions } from '../workspace';

export const INTERCHANGE_FORMAT = 'channelwise-workspace';
export const INTERCHANGE_VERSION = 1;

/** The JSON interchange document (docs/file-format.md): live rows per table, without tombstones. */
export interface InterchangeDoc {
  format: typeof INTERCHANGE_FORMAT;
  version: number;
  contentLanguage: Lang;
  tables: Partial<Record<TableName, Record<string, unknown>[]>>;
}

/**
 * Columns added since interchange version 1 that are not nullable, with the
 * value a document from an older app means by leaving them out (nullable
 * ones already read as null). Without this, every file exported before
 * schema 6 would be refused.
 */
const ADDED_LATER: Partial<Record<TableName, Row>> = { product_domains: { in_use: 0 } };

/** A document row with the columns an older app did not write filled in. */
function withLaterColumns(table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const later = ADDED_LATER[table];
  return later ? { ...later, ...row } : row;
}

/** Deterministic: rows sorted by id, columns in schema order, so equal workspaces give equal JSON. */
export function exportJson(ws: Workspace): InterchangeDoc {
  const all = readAllRows(ws.db);
  const tables: InterchangeDoc['tables'] = {};
  for (const table of TABLE_ORDER) {
    const columns = columnsOf(table).filter((c) => c !== 'deleted');
    tables[table] = (all[table] ?? [])
      .filter((r) => r.deleted === 0)
      .map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));
  }
  return { format: INTERCHANGE_FORMAT, version: INTERCHANGE_VERSION, contentLanguage: ws.info().contentLanguage, tables };
}

export function serializeJson(doc: InterchangeDoc): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Check a parsed document thoroughly before a single row is written. */
export function validateDoc(value: unknown): InterchangeDoc {
  // `where` is a path into the document (tables.channels[3].name): the same in every language.
  const bad = (where: string, reason: string): never => {
    throw new AppError('INVALID_INTERCHANGE', `${where}: ${reason}`, { where, reason });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('(the whole file)', 'not a JSON object');
  const doc = value as Record<string, unknown>;
  if (doc.format !== INTERCHANGE_FORMAT) bad('format', `must be "${INTERCHANGE_FORMAT}"`);
  if (typeof doc.version !== 'number' || doc.version > INTERCHANGE_VERSION) bad('version', `unsupported version ${String(doc.version)}`);
  if (doc.contentLanguage !== 'en' && doc.contentLanguage !== 'nl') bad('contentLanguage', 'must be "en" or "nl"');
  if (typeof doc.tables !== 'object' || doc.tables === null) bad('tables', 'missing');
  for (const [table, rows] of Object.entries(doc.tables as Record<string, unknown>)) {
    if (!isTableName(table)) bad(`tables.${table}`, 'unknown table');
    if (!Array.isArray(rows)) bad(`tables.${table}`, 'not a list');
    const columns = columnsOf(table as TableName).filter((c) => c !== 'deleted');
    (rows as unknown[]).forEach((row, i) => {
      const at = `tables.${table}[${i}]`;
      if (typeof row !== 'object' || row === null) bad(at, 'not an object');
      const r = withLaterColumns(table as TableName, row as Record<string, unknown>);
      for (const key of Object.keys(r)) if (!columns.includes(key)) bad(`${at}.${key}`, 'unknown field');
      for (const column of columns) {
        if (!fitsColumn(table as TableName, column, r[column] ?? null)) bad(`${at}.${column}`, 'wrong type');
      }
    });
  }
  const identities = Object.fromEntries(TABLE_ORDER.filter((table) => identityOf(table).length > 0).map((table) => [table, identityOf(table)]));
  const limit = interchangeLimitProblem(doc.tables as InterchangeRows, identities);
  if (limit) throw new AppError(limit.code, `${limit.code} ${JSON.stringify(limit.params)}`, limit.params);
  return value as InterchangeDoc;
}

/** Parse the text of a JSON file as editors save it (with or without a UTF-8 byte-order mark). */
export function parseInterchangeText(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new AppError('INTERCHANGE_NOT_JSON', `${fileName}: ${(err as Error).message}`, { name: fileName });
  }
}

/** Create a new workspace at `path` holding exactly the document's rows (one transaction; atomic like any new file). */
export function importJsonToNew(path: string, value: unknown, options: WorkspaceOptions): Workspace {
  const doc = validateDoc(value);
  try {
    return Workspace.create(path, doc.contentLanguage, 'empty', options, (ws) => fillFromDoc(ws, doc));
  } catch (err) {
    if (err instanceof AppError) throw err;
    // A value the schema refuses (a CHECK or a foreign key): the database's words stay in the log.
    const reason = (err as Error).message;
    throw new AppError('INVALID_INTERCHANGE', reason, { where: 'tables', reason });
  }
}

function fillFromDoc(ws: Workspace, doc: InterchangeDoc): void {
  ws.db.transaction(() => {
    // The empty template seeds dimensions and scenarios; the document replaces them.
    for (const table of [...TABLE_ORDER].reverse()) ws.db.prepare(`DELETE FROM ${table}`).run();
    ws.db.prepare('DELETE FROM journal_ops').run();
    ws.db.prepare('DELETE FROM journal_txns').run();
    ws.journal.run({ kind: 'import', label: { key: 'history.import', params: { source: 'JSON' } }, undoable: false }, (w) => {
      for (const table of TABLE_ORDER) {
        for (const row of doc.tables[table] ?? []) w.insert(table, { ...(withLaterColumns(table, row) as Row), deleted: 0 });
      }
    });
    const violations = ws.db.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) throw new AppError('INVALID_INTERCHANGE', 'rows refer to missing rows', { where: 'tables', reason: 'rows refer to missing rows' });
  })();
}
