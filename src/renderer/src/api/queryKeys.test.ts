import { describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { AppSettings, WorkspaceInfo } from '@shared/domain/types';
import { applyApiEvent, setSession } from './events';
import { keysForTables } from './invalidation';
import { queryKeys } from './queryKeys';

const keys = (tables: string[]) => keysForTables(tables).map((k) => JSON.stringify(k));

describe('query key factories', () => {
  it('puts everything of the workspace under one prefix', () => {
    for (const key of [
      queryKeys.ws.catalog(),
      queryKeys.ws.counts(),
      queryKeys.ws.historyState(),
      queryKeys.ws.historyList(50),
      queryKeys.ws.snapshots(),
      queryKeys.ws.matrix('s1', { kind: 'all' }),
    ]) {
      expect(key[0]).toBe('ws');
    }
    expect(queryKeys.app.files(null)).toEqual(['app', 'files', null]);
  });

  it('gives each matrix lens its own key, under the matrix prefix', () => {
    const all = queryKeys.ws.matrix('s1', { kind: 'all' });
    const byType = queryKeys.ws.matrix('s1', { kind: 'customerType', id: 'c1' });
    expect(all).not.toEqual(byType);
    expect(byType.slice(0, 2)).toEqual(queryKeys.ws.matrixAll());
    expect(queryKeys.ws.historyList(10).slice(0, 2)).toEqual(queryKeys.ws.historyAll());
  });
});

describe('keysForTables', () => {
  it('refreshes the workspace settings (its currency) when they change, and nothing else of the workspace', () => {
    expect(keys(['workspace_settings'])).toEqual([JSON.stringify(['ws', 'history']), JSON.stringify(['ws', 'settings'])]);
  });

  it('always refreshes the history', () => {
    expect(keys([])).toEqual([JSON.stringify(['ws', 'history'])]);
  });

  it('maps catalog tables to the catalog, the counts and the matrix', () => {
    expect(keys(['channels'])).toEqual(
      expect.arrayContaining([JSON.stringify(['ws', 'catalog']), JSON.stringify(['ws', 'counts']), JSON.stringify(['ws', 'matrix'])]),
    );
    // Contact preferences change the catalog but not the matrix.
    expect(keys(['customer_type_channels'])).not.toContain(JSON.stringify(['ws', 'matrix']));
  });

  it('maps matrix cells, journeys and votes to their own queries', () => {
    expect(keys(['matrix_cells'])).toContain(JSON.stringify(['ws', 'matrix']));
    expect(keys(['matrix_cells'])).not.toContain(JSON.stringify(['ws', 'catalog']));
    expect(keys(['journey_steps'])).toContain(JSON.stringify(['ws', 'journeys']));
    expect(keys(['votes'])).toContain(JSON.stringify(['ws', 'votes']));
  });

  it('maps the economics, findings and deck tables to their own queries, not the whole workspace', () => {
    expect(keys(['economics_contacts'])).toEqual([JSON.stringify(['ws', 'history']), JSON.stringify(['ws', 'economics'])]);
    expect(keys(['findings_thresholds'])).toEqual([JSON.stringify(['ws', 'history']), JSON.stringify(['ws', 'findings', 'thresholds'])]);
    expect(keys(['deck_slides'])).toEqual([JSON.stringify(['ws', 'history']), JSON.stringify(['ws', 'present', 'deck'])]);
  });

  it('lists each key once', () => {
    const list = keys(['phases', 'channels', 'scenarios']);
    expect(new Set(list).size).toBe(list.length);
  });

  it('refreshes the whole workspace for a table it does not know', () => {
    expect(keysForTables(['phases', 'some_future_table'])).toEqual([['ws']]);
  });
});

const info = (path: string): WorkspaceInfo => ({
  path,
  name: 'x',
  contentLanguage: 'en',
  readOnly: false,
  readOnlyReason: null,
  schemaVersion: 1,
  fileSchemaVersion: 1,
  warnings: [],
});

describe('applyApiEvent', () => {
  it('invalidates the queries of the tables a change touched', () => {
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    applyApiEvent(client, { type: 'workspace.changed', tables: ['matrix_cells'] });
    const invalidated = invalidate.mock.calls.map(([filters]) => JSON.stringify(filters?.queryKey));
    expect(invalidated).toEqual(expect.arrayContaining([JSON.stringify(['ws', 'matrix']), JSON.stringify(['ws', 'history'])]));
  });

  it('puts new settings straight into the cache', () => {
    const client = new QueryClient();
    const settings: AppSettings = { uiLanguage: 'nl', theme: 'dark', scale: 1.5, displayName: 'Ann' };
    applyApiEvent(client, { type: 'settings.changed', settings });
    expect(client.getQueryData(queryKeys.app.settings())).toEqual(settings);
  });

  it('drops the workspace data when the session closes and resets it when another opens', () => {
    const client = new QueryClient();
    const reset = vi.spyOn(client, 'resetQueries');
    setSession(client, info('/a.channelwise'));
    client.setQueryData(queryKeys.ws.catalog(), { phases: [] });
    applyApiEvent(client, { type: 'session.changed', workspace: null });
    expect(client.getQueryData(queryKeys.session())).toBeNull();
    expect(client.getQueryData(queryKeys.ws.catalog())).toBeUndefined();

    applyApiEvent(client, { type: 'session.changed', workspace: info('/b.channelwise') });
    expect(client.getQueryData(queryKeys.session())).toEqual(info('/b.channelwise'));
    expect(reset).toHaveBeenCalledWith({ queryKey: ['ws'] });
  });

  it('keeps the cache when the event only repeats the session it already has', () => {
    const client = new QueryClient();
    setSession(client, info('/a.channelwise'));
    client.setQueryData(queryKeys.ws.catalog(), { phases: [] });
    const reset = vi.spyOn(client, 'resetQueries');
    applyApiEvent(client, { type: 'session.changed', workspace: info('/a.channelwise') });
    expect(reset).not.toHaveBeenCalled();
    expect(client.getQueryData(queryKeys.ws.catalog())).toEqual({ phases: [] });
  });
});
