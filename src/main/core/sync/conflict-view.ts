import { parseHlc } from '@shared/sync/hlc';
import type { SyncConflictView, SyncValueKind } from '@shared/sync/overview';
import { TABLES, isTableName, type SqlValue, type TableName } from '../db/tables';
import type { Workspace } from '../workspace';
import { listConflicts, type SyncConflict } from './conflicts';

/** The column that names a row of each table, as the user knows it. */
const NAME_COLUMN: Partial<Record<TableName, string>> = {
  phases: 'name',
  channels: 'name',
  typologies: 'name',
  dimensions: 'name',
  customer_types: 'name',
  product_domains: 'name',
  scenarios: 'name',
  journeys: 'name',
  journey_steps: 'title',
  vote_sessions: 'title',
  participants: 'display_name',
};

const LENS_TABLE: Record<string, TableName> = { customerType: 'customer_types', typology: 'typologies', productDomain: 'product_domains' };

/**
 * The open conflicts as the Conflicts list shows them: which row (by the name
 * the user gave it: "Web shop × Attract, To-be" for a matrix cell), which field,
 * the value that lost and the value the field holds now, and whose the losing
 * change was.
 */
export function conflictViews(ws: Workspace): SyncConflictView[] {
  const names = new Map<string, string | null>(
    (ws.db.prepare('SELECT device_id, display_name FROM sync_peers').all() as { device_id: string; display_name: string | null }[]).map((p) => [
      p.device_id,
      p.display_name,
    ]),
  );
  const nameOf = rowNamer(ws);
  return liveConflicts(ws).map(({ conflict, current }): SyncConflictView => {
    const mine = conflict.valueDevice === ws.deviceId;
    return {
      id: conflict.id,
      table: conflict.table,
      subject: nameOf(conflict.table, conflict.rowId),
      column: conflict.column,
      kind: kindOf(conflict.table, conflict.column),
      value: shown(conflict.value),
      current,
      author: mine ? null : (names.get(conflict.valueDevice) ?? null),
      mine,
      at: new Date(parseHlc(conflict.valueHlc).millis).toISOString(),
    };
  });
}

/**
 * The open conflicts with the value their field holds now, leaving out those
 * whose field someone set back to the other value by hand: nothing is left to
 * take back. What the count in the top bar and the list both stand on; no names.
 */
export function liveConflicts(ws: Workspace): { conflict: SyncConflict; current: string | number | null }[] {
  return listConflicts(ws)
    .map((conflict) => ({ conflict, current: shown(currentValue(ws, conflict.table, conflict.rowId, conflict.column)) }))
    .filter(({ conflict, current }) => shown(conflict.value) !== current);
}

function kindOf(table: string, column: string): SyncValueKind {
  if (column === 'deleted') return 'deleted';
  if (table === 'matrix_cells' && column === 'role') return 'role';
  if (!isTableName(table)) return 'text';
  const def: { type: string } | undefined = (TABLES[table].columns as Record<string, { type: string }>)[column];
  if (def?.type === 'bool') return 'flag';
  return def?.type === 'int' || def?.type === 'real' ? 'number' : 'text';
}

function shown(value: SqlValue | undefined): string | number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return null;
}

function currentValue(ws: Workspace, table: string, rowId: string, column: string): SqlValue | undefined {
  if (!isTableName(table) || !(column in TABLES[table].columns)) return undefined;
  // Table and column are checked against the schema above: never text from a change.
  const row = ws.db.prepare(`SELECT "${column}" AS v FROM "${table}" WHERE id = ?`).get(rowId) as { v: SqlValue } | undefined;
  return row?.v;
}

/** Names rows by their own name column; a matrix cell by its channel, phase and scenario. */
export function rowNamer(ws: Workspace): (table: string, rowId: string) => string {
  const cache = new Map<string, string>();
  const nameIn = (table: TableName, id: string | null): string => {
    const column = NAME_COLUMN[table];
    if (!column || !id) return '';
    const key = `${table}\u0000${id}`;
    let name = cache.get(key);
    if (name === undefined) {
      name = String(ws.db.prepare(`SELECT "${column}" FROM "${table}" WHERE id = ?`).pluck().get(id) ?? '');
      cache.set(key, name);
    }
    return name;
  };
  return (table, rowId) => {
    if (!isTableName(table)) return '';
    if (table === 'matrix_cells') {
      const cell = ws.db.prepare('SELECT scenario_id, phase_id, channel_id, lens_kind, lens_id FROM matrix_cells WHERE id = ?').get(rowId) as
        | { scenario_id: string; phase_id: string; channel_id: string; lens_kind: string; lens_id: string }
        | undefined;
      if (!cell) return '';
      const lensTable = LENS_TABLE[cell.lens_kind];
      const lens = lensTable ? `, ${nameIn(lensTable, cell.lens_id)}` : '';
      return `${nameIn('channels', cell.channel_id)} × ${nameIn('phases', cell.phase_id)}, ${nameIn('scenarios', cell.scenario_id)}${lens}`;
    }
    if (table === 'journey_steps') {
      const journey = ws.db.prepare('SELECT journey_id FROM journey_steps WHERE id = ?').pluck().get(rowId) as string | undefined;
      const title = nameIn('journey_steps', rowId);
      const parent = nameIn('journeys', journey ?? null);
      return parent && title ? `${parent}: ${title}` : parent || title;
    }
    return nameIn(table, rowId);
  };
}
