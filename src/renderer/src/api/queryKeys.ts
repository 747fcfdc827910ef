import type { SyncedTable } from '@shared/api';
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
    sync: () => ['ws', 'sync'] as const,
    syncStatus: () => ['ws', 'sync', 'status'] as const,
    syncConflicts: () => ['ws', 'sync', 'conflicts'] as const,
  },
} as const;

export type QueryKey = readonly unknown[];

/** useApiMutation keys mutations by method; settings events wait for our own pending changes. */
export const SETTINGS_MUTATION_KEY = ['app.setSettings'] as const;

/**
 * The query keys a change to each of an area's tables makes stale, typed by the
 * tables the area's contract owns (src/shared/contract/<area>.ts), so leaving
 * one out fails the typecheck. Each area declares its own in features/<area>/tableKeys.ts;
 * api/invalidation.ts builds keysForTables from them.
 */
export type TableKeys<Table extends string> = { readonly [table in Table]: readonly QueryKey[] };

/**
 * The query keys of an area's views that are built from other areas' tables too
 * (the deck lists the scenarios, journeys and revealed votes): a change to one of
 * those tables stales them as well as the owner's own keys.
 */
export type ReadsTables = { readonly [table in SyncedTable]?: readonly QueryKey[] };
