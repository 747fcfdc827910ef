import type { Lens } from '@shared/domain/types';

/**
 * Query key factories. Everything that belongs to the open workspace lives under
 * `['ws', ...]`, so closing or switching a workspace resets one prefix; the
 * application's own data (info, settings, recent files) lives under `['app', ...]`.
 */
export const queryKeys = {
  app: {
    all: ['app'] as const,
    info: () => ['app', 'info'] as const,
    settings: () => ['app', 'settings'] as const,
    recent: () => ['app', 'recent'] as const,
    files: (dir: string | null) => ['app', 'files', dir] as const,
  },
  session: () => ['session'] as const,
  ws: {
    all: ['ws'] as const,
    catalog: () => ['ws', 'catalog'] as const,
    /** The workspace's own settings (its currency). */
    settings: () => ['ws', 'settings'] as const,
    counts: () => ['ws', 'counts'] as const,
    matrixAll: () => ['ws', 'matrix'] as const,
    matrix: (scenarioId: string, lens: Lens) =>
      ['ws', 'matrix', scenarioId, lens.kind, lens.kind === 'all' ? null : lens.id] as const,
    journeys: () => ['ws', 'journeys'] as const,
    votes: () => ['ws', 'votes'] as const,
    historyAll: () => ['ws', 'history'] as const,
    historyState: () => ['ws', 'history', 'state'] as const,
    historyList: (limit: number, area: string | null = null) => ['ws', 'history', 'list', area, limit] as const,
    snapshots: () => ['ws', 'snapshots'] as const,
    backups: () => ['ws', 'backups'] as const,
  },
} as const;

export type QueryKey = readonly unknown[];

/** useApiMutation keys mutations by method; settings events wait for our own pending changes. */
export const SETTINGS_MUTATION_KEY = ['app.setSettings'] as const;

const CATALOG_TABLES = new Set([
  'phases',
  'channels',
  'customer_types',
  'customer_type_dimensions',
  'customer_type_channels',
  'typologies',
  'dimensions',
  'product_domains',
  'scenarios',
]);
/** Catalog tables whose rows the matrix shows as rows, columns, scenarios or lenses. */
const MATRIX_SHAPING_TABLES = new Set(['phases', 'channels', 'scenarios', 'customer_types', 'typologies', 'product_domains']);
const JOURNEY_TABLES = new Set(['journeys', 'journey_steps']);
const VOTE_TABLES = new Set(['vote_sessions', 'participants', 'votes']);

/**
 * Which queries a `workspace.changed` event makes stale. Every change is a
 * journal entry, so the history always is; a table this version does not know
 * stales the whole workspace (safe, if slower).
 */
export function keysForTables(tables: readonly string[]): QueryKey[] {
  const keys = new Map<string, QueryKey>();
  const add = (key: QueryKey) => keys.set(JSON.stringify(key), key);
  add(queryKeys.ws.historyAll());
  for (const table of tables) {
    if (CATALOG_TABLES.has(table)) {
      add(queryKeys.ws.catalog());
      add(queryKeys.ws.counts());
      if (MATRIX_SHAPING_TABLES.has(table)) add(queryKeys.ws.matrixAll());
    } else if (table === 'matrix_cells') {
      add(queryKeys.ws.matrixAll());
      add(queryKeys.ws.counts());
    } else if (JOURNEY_TABLES.has(table)) {
      add(queryKeys.ws.journeys());
      add(queryKeys.ws.counts());
    } else if (VOTE_TABLES.has(table)) {
      add(queryKeys.ws.votes());
    } else if (table === 'workspace_settings') {
      add(queryKeys.ws.settings());
    } else if (table === 'snapshots') {
      add(queryKeys.ws.snapshots());
    } else {
      return [queryKeys.ws.all];
    }
  }
  return [...keys.values()];
}
