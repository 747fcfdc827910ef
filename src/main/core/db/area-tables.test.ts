import { describe, expect, it } from 'vitest';
import { areaTables, SYNCED_TABLES } from '@shared/api';
import { TABLE_ORDER } from './tables';

describe('the tables each contract area owns', () => {
  it('are exactly the synced tables, each owned by one area', () => {
    // The renderer's invalidation test walks SYNCED_TABLES; this holds it to the store.
    expect([...SYNCED_TABLES].sort()).toEqual([...TABLE_ORDER].sort());
    const owners = Object.values(areaTables).flat();
    expect(new Set(owners).size).toBe(owners.length);
  });
});
