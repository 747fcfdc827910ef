import { describe, expect, it } from 'vitest';
import { EVENT_ONLY_TABLES, SYNCED_TABLES } from '@shared/api';
import { keysForTables, tablesWithKeys } from './invalidation';
import { queryKeys } from './queryKeys';

// SYNCED_TABLES is held equal to src/main/core/db/tables.ts by src/main/core/db/area-tables.test.ts
// (the renderer may not import the core), so together these walk every synced table.
const announced = [...SYNCED_TABLES, ...EVENT_ONLY_TABLES];

describe('invalidation declared per area', () => {
  it.each(SYNCED_TABLES)('a change to %s stales its own queries, not the whole workspace', (table) => {
    const keys = keysForTables([table]).map((k) => JSON.stringify(k));
    expect(keys).not.toContain(JSON.stringify(queryKeys.ws.all));
    // More than the history, which every change stales.
    expect(keys.length).toBeGreaterThan(1);
  });

  it.each(EVENT_ONLY_TABLES)('a change to %s (not journaled) stales its own queries, and not the history', (table) => {
    const keys = keysForTables([table]).map((k) => JSON.stringify(k));
    expect(keys).not.toContain(JSON.stringify(queryKeys.ws.all));
    expect(keys).not.toContain(JSON.stringify(queryKeys.ws.historyAll()));
    expect(keys.length).toBeGreaterThan(0);
  });

  it('declares keys for exactly the tables the areas own, each once', () => {
    expect(tablesWithKeys().sort()).toEqual([...announced].sort());
    expect(new Set(announced).size).toBe(announced.length);
  });

  it('stales the deck when what its slides follow changes: a scenario, a lens, a journey, a vote', () => {
    const deck = JSON.stringify(['ws', 'present', 'deck']);
    for (const table of ['scenarios', 'customer_types', 'typologies', 'product_domains', 'journeys', 'vote_sessions', 'deck_slides']) {
      expect(keysForTables([table]).map((k) => JSON.stringify(k)), table).toContain(deck);
    }
    // Reading another area's table adds to its owner's keys, it does not replace them.
    expect(keysForTables(['scenarios']).map((k) => JSON.stringify(k))).toContain(JSON.stringify(queryKeys.ws.catalog()));
    expect(keysForTables(['matrix_cells']).map((k) => JSON.stringify(k))).not.toContain(deck);
  });

  it('stales the charts when what the core computes them from changes: a cell, a phase, a channel, a lens, a refused channel, a scenario name', () => {
    const charts = JSON.stringify(['ws', 'charts']);
    for (const table of ['matrix_cells', 'phases', 'channels', 'customer_types', 'customer_type_channels', 'typologies', 'product_domains', 'scenarios']) {
      expect(keysForTables([table]).map((k) => JSON.stringify(k)), table).toContain(charts);
    }
    // Dimension scores are in no chart.
    expect(keysForTables(['customer_type_dimensions']).map((k) => JSON.stringify(k))).not.toContain(charts);
  });
});
