import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyncChange } from '@shared/sync/change';
import { TABLE_ORDER, type Row } from '../db/tables';
import { applyRemoteChanges, type ApplyResult } from '../sync/apply';
import { localChangesSince } from '../sync/export';
import { Workspace } from '../workspace';

/** One laptop in a sync test: its copy of the workspace and a wall clock the test moves. */
export interface Laptop {
  ws: Workspace;
  clock: { now: number };
  /** Move this laptop's wall clock on. */
  tick(ms?: number): void;
  /** Everything this laptop has made, as it would push it. */
  changes(): SyncChange[];
  receive(changes: readonly SyncChange[]): ApplyResult;
}

export const START = Date.parse('2026-11-23T09:00:00.000Z');

/**
 * `count` laptops with copies of one new workspace (made on the first), each
 * with its own device id and clock, as a team that shares a file once and then
 * syncs. Close them with `ws.close()`.
 */
export function makeLaptops(dir: string, count: number, template: 'default' | 'empty' = 'default'): Laptop[] {
  const devices = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc', 'dddddddddddddddd'].slice(0, count);
  const first = join(dir, 'laptop-0.channelwise');
  const clocks = devices.map(() => ({ now: START }));
  Workspace.create(first, 'en', template, { dataDir: join(dir, 'data-0'), deviceId: devices[0]!, now: () => clocks[0]!.now }).close();
  return devices.map((deviceId, i) => {
    const path = join(dir, `laptop-${i}.channelwise`);
    if (i > 0) copyFileSync(first, path);
    const clock = clocks[i]!;
    const ws = Workspace.open(path, { dataDir: join(dir, `data-${i}`), deviceId, now: () => clock.now });
    return {
      ws,
      clock,
      tick: (ms = 1000) => {
        clock.now += ms;
      },
      changes: () => localChangesSince(ws, 0).changes,
      receive: (changes) => applyRemoteChanges(ws, changes),
    };
  });
}

/** Every laptop takes in every other laptop's changes. */
export function syncAll(laptops: readonly Laptop[]): void {
  const all = laptops.map((l) => l.changes());
  laptops.forEach((laptop, i) => laptop.receive(all.filter((_, j) => j !== i).flat()));
}

/** Every synced table's rows, by id: two laptops that converged have equal content. */
export function content(ws: Workspace): Record<string, Row[]> {
  return Object.fromEntries(TABLE_ORDER.map((table) => [table, ws.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Row[]]));
}

/** The ids of every change in a laptop's journal. */
export function changeIds(ws: Workspace): string[] {
  return (ws.db.prepare('SELECT id FROM journal_txns ORDER BY id').pluck().all() as string[]);
}
