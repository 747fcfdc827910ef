import { EVENT_ONLY_TABLES } from '@shared/api';
import { chartsReadsTables } from '../features/charts/tableKeys';
import { economicsTableKeys } from '../features/economics/tableKeys';
import { findingsTableKeys } from '../features/findings/tableKeys';
import { frameworkTableKeys } from '../features/framework/tableKeys';
import { historyTableKeys } from '../features/history/tableKeys';
import { syncTableKeys } from '../features/sync/tableKeys';
import { journeyTableKeys } from '../features/journeys/tableKeys';
import { matrixTableKeys } from '../features/matrix/tableKeys';
import { presentReadsTables, presentTableKeys } from '../features/present/tableKeys';
import { workshopTableKeys } from '../features/workshop/tableKeys';
import { workspaceSettingsTableKeys } from '../features/currency/tableKeys';
import { queryKeys, type QueryKey, type ReadsTables } from './queryKeys';

/**
 * Every area's declaration of the keys its tables stale. An area's tableKeys.ts is
 * typed by the tables its contract owns; invalidation.test.ts checks that every
 * synced table ends up here, so a new table without keys fails a test.
 */
const AREAS: readonly Readonly<Record<string, readonly QueryKey[]>>[] = [
  frameworkTableKeys,
  matrixTableKeys,
  journeyTableKeys,
  workshopTableKeys,
  economicsTableKeys,
  findingsTableKeys,
  presentTableKeys,
  workspaceSettingsTableKeys,
  historyTableKeys,
  syncTableKeys,
];

/** Areas' views that read other areas' tables (see ReadsTables). */
const READERS: readonly ReadsTables[] = [presentReadsTables, chartsReadsTables];

const OWNED = new Map<string, readonly QueryKey[]>(AREAS.flatMap((area) => Object.entries(area)));

const KEYS_BY_TABLE = new Map<string, readonly QueryKey[]>(OWNED);
for (const reader of READERS) {
  for (const [table, keys] of Object.entries(reader)) KEYS_BY_TABLE.set(table, [...(KEYS_BY_TABLE.get(table) ?? []), ...(keys ?? [])]);
}

/** The tables some area declared keys for as their owner (for the completeness test). */
export const tablesWithKeys = (): string[] => [...OWNED.keys()];

/**
 * Which queries a `workspace.changed` event makes stale. Every change to a
 * synced table is a journal entry, so the history is stale then (not for the
 * event-only names: snapshots, the sync status); a table this version does
 * not know stales the whole workspace (safe, if slower).
 */
export function keysForTables(tables: readonly string[]): QueryKey[] {
  const keys = new Map<string, QueryKey>();
  const add = (key: QueryKey) => keys.set(JSON.stringify(key), key);
  if (tables.length === 0 || tables.some((table) => !(EVENT_ONLY_TABLES as readonly string[]).includes(table))) add(queryKeys.ws.historyAll());
  for (const table of tables) {
    const stale = KEYS_BY_TABLE.get(table);
    if (!stale) return [queryKeys.ws.all];
    for (const key of stale) add(key);
  }
  return [...keys.values()];
}
