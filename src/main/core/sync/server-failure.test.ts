import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeIds } from '../testing/laptops';
import { startCouchServer, startCuttingProxy, type CouchServer } from '../testing/couch-server';
import { useTempDir } from '../testing/temp';
import type { Workspace } from '../workspace';
import { joinFromServer, syncWithServer, type ServerSyncOptions } from './server-sync';
import { syncStatus } from './sync-status';

/**
 * A push cut short, two ways: the server process killed in the middle of it
 * (and started again with its data), and the connection dropped mid-transfer
 * while the server lives on. Either way the next exchange sends the rest, and
 * every change ends up in the database once.
 */
let server: CouchServer;
let serverDir: string;
beforeAll(async () => {
  serverDir = mkdtempSync(join(tmpdir(), 'cw-couch-kill-'));
  server = await startCouchServer(serverDir);
}, 60_000);
afterAll(async () => {
  await server.kill();
  rmSync(serverDir, { recursive: true, force: true });
});

const as = (displayName: string, extra: Partial<ServerSyncOptions> = {}): ServerSyncOptions => ({
  displayName,
  appVersion: '0.1.0-test',
  user: server.user,
  password: server.password,
  ...extra,
});

async function changeDocIds(url: string): Promise<string[]> {
  const all = await server.admin('GET', `${new URL(url).pathname}/_all_docs`);
  return (all.body as { rows: { id: string }[] }).rows.map((r) => r.id).filter((id) => !id.startsWith('channelwise-'));
}

/** Many small edits made offline: one change each. */
function editMany(ws: Workspace, count: number): void {
  const channels = ws.catalogRepo.list('channel');
  for (let i = 0; i < count; i++) {
    const channel = channels[i % channels.length]!;
    ws.catalog.update(channel.id, { kind: 'channel', name: `${channel.name.split(' #')[0]} #${i}` });
  }
}

describe('a push cut short', () => {
  const tmp = useTempDir();
  const open: Workspace[] = [];
  afterEach(() => {
    for (const ws of open.splice(0)) ws.close();
  });
  const home = (name: string) => {
    const dir = join(tmp.dir(), name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  it('survives the server being killed mid-push: after a restart everything arrives, once', async () => {
    const url = server.db('killed');
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    await syncWithServer(ann, url, as('Ann'));
    editMany(ann, 600);
    const waiting = syncStatus(ann).pending;
    expect(waiting).toBe(600);

    // The third _bulk_docs request kills the server while it is on its way.
    let bulk = 0;
    const killing: typeof fetch = async (input, init) => {
      if (String(input).includes('_bulk_docs') && ++bulk === 3) {
        const sent = fetch(input, init);
        // It fails while the kill is awaited; the caller still gets the rejection through the returned promise.
        sent.catch(() => undefined);
        await server.kill();
        return sent;
      }
      return fetch(input, init);
    };
    await expect(syncWithServer(ann, url, as('Ann', { batchSize: 100, fetch: killing }))).rejects.toMatchObject({ code: 'SYNC_SERVER_UNREACHABLE' });
    expect(syncStatus(ann).pending).toBe(waiting);

    await server.restart();
    const stored = (await changeDocIds(url)).length;
    expect(stored).toBeGreaterThanOrEqual(200);
    expect(stored).toBeLessThan(601);
    const again = await syncWithServer(ann, url, as('Ann', { batchSize: 100 }));
    expect(again.sent).toBe(600);
    expect(syncStatus(ann).pending).toBe(0);

    const ids = await changeDocIds(url);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([...changeIds(ann)].sort());
    const { ws: bob, result } = await joinFromServer(url, join(home('bob'), 'plan.channelwise'), 'en', { dataDir: home('bob-data') }, as('Bob', { batchSize: 250 }));
    open.push(bob);
    expect(result).toMatchObject({ received: 601, alreadyHere: 0 });
    expect(changeIds(bob)).toEqual(changeIds(ann));
  });

  it('survives the connection dropping mid-transfer while the server lives on', async () => {
    const proxy = await startCuttingProxy(server.port);
    try {
      const url = `http://127.0.0.1:${proxy.port}/dropped`;
      const ann = tmp.create('ann.channelwise');
      open.push(ann);
      await syncWithServer(ann, url, as('Ann'));
      editMany(ann, 400);
      // Part of the way into the second request's body, the line goes dead.
      proxy.cutAfter(150_000);
      await expect(syncWithServer(ann, url, as('Ann', { batchSize: 200 }))).rejects.toMatchObject({ code: 'SYNC_SERVER_UNREACHABLE' });
      expect(proxy.cut()).toBe(true);
      expect(syncStatus(ann).pending).toBe(400);

      const again = await syncWithServer(ann, url, as('Ann', { batchSize: 200 }));
      expect(again.sent).toBe(400);
      const ids = await changeDocIds(server.db('dropped'));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual([...changeIds(ann)].sort());
    } finally {
      await proxy.close();
    }
  });
});
