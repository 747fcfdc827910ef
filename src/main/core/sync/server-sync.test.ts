import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { changeIds, content } from '../testing/laptops';
import { freePort, startCouchServer, type CouchServer } from '../testing/couch-server';
import { useTempDir } from '../testing/temp';
import type { Workspace } from '../workspace';
import { joinFromServer, syncWithServer, type ServerSyncOptions } from './server-sync';
import { syncStatus } from './sync-status';
import { syncWithFolder } from './folder-sync';
import { localChangesSince } from './export';
import { openServerDatabase } from './server';

/**
 * The CouchDB transport against a real CouchDB-compatible server
 * (pouchdb-server, on 127.0.0.1, started here); each test has a database of its own.
 */
let server: CouchServer;
let serverDir: string;
beforeAll(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  serverDir = mkdtempSync(join(tmpdir(), 'cw-couch-'));
  server = await startCouchServer(serverDir);
}, 60_000);
afterAll(async () => {
  await server.kill();
  const { rmSync } = await import('node:fs');
  rmSync(serverDir, { recursive: true, force: true });
});

let dbCount = 0;
const newDb = () => server.db(`plan-${process.pid}-${++dbCount}`);
const as = (displayName: string, extra: Partial<ServerSyncOptions> = {}): ServerSyncOptions => ({
  displayName,
  appVersion: '0.1.0-test',
  user: server.user,
  password: server.password,
  ...extra,
});

/** The change documents in a database (not the marker nor the device cards). */
async function changeDocs(url: string): Promise<string[]> {
  const path = new URL(url).pathname;
  const all = await server.admin('GET', `${path}/_all_docs`);
  const rows = (all.body as { rows: { id: string }[] }).rows;
  return rows.map((r) => r.id).filter((id) => !id.startsWith('channelwise-'));
}

describe('syncing through a CouchDB server', () => {
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

  it('shares a workspace, lets a teammate join it, carries edits both ways and names the teammates', async () => {
    const url = newDb();
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    const first = await syncWithServer(ann, url, as('Ann'));
    expect(first).toMatchObject({ target: { mode: 'server', url, user: server.user }, received: 0, sent: 1 });
    expect(syncStatus(ann)).toMatchObject({ mode: 'server', target: url, user: server.user, pending: 0 });

    const { ws: bob, result } = await joinFromServer(url, join(home('bob'), 'plan.channelwise'), 'en', { dataDir: home('bob-data') }, as('Bob'));
    open.push(bob);
    expect(result).toMatchObject({ received: 1, sent: 0 });
    expect(result.peers.map((p) => p.displayName)).toEqual(['Ann']);
    expect(bob.workspaceId).toBe(ann.workspaceId);
    expect(content(bob)).toEqual(content(ann));

    const id = bob.catalogRepo.list('channel')[0]!.id;
    bob.catalog.update(id, { kind: 'channel', name: 'Flagship store' });
    expect(await syncWithServer(bob, url, as('Bob'))).toMatchObject({ received: 0, sent: 1 });
    expect(await syncWithServer(ann, url, as('Ann'))).toMatchObject({ received: 1, sent: 0 });
    expect(ann.catalogRepo.item('channel', id)?.name).toBe('Flagship store');
    expect(changeIds(ann)).toEqual(changeIds(bob));
    expect(syncStatus(ann).peers).toEqual([expect.objectContaining({ deviceId: bob.deviceId, displayName: 'Bob' })]);
    // Nothing new: a round moves nothing either way, and one change is one document.
    expect(await syncWithServer(ann, url, as('Ann'))).toMatchObject({ received: 0, sent: 0 });
    expect((await changeDocs(url)).sort()).toEqual([...changeIds(ann)].sort());
  });

  it('takes a repeated push as done: every change stays one document', async () => {
    const url = newDb();
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    ann.catalog.update(ann.catalogRepo.list('channel')[0]!.id, { kind: 'channel', name: 'Edited' });
    await syncWithServer(ann, url, as('Ann'));
    const before = await changeDocs(url);
    expect(before).toHaveLength(2);
    // The push of a laptop killed before it recorded its cursor: the same changes again.
    const db = await openServerDatabase({ url, user: server.user, password: server.password }, { workspaceId: ann.workspaceId!, deviceId: ann.deviceId, displayName: 'Ann', appVersion: 't' });
    const again = localChangesSince(ann, 0).changes;
    expect(await db.pushChanges(again)).toEqual({ written: 0, alreadyThere: 2 });
    expect(await changeDocs(url)).toEqual(before);
  });

  it('refuses a wrong password, changing nothing here or there', async () => {
    const url = newDb();
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    const refused = await syncWithServer(ann, url, as('Ann', { password: 'wrong' })).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'SYNC_SERVER_AUTH', params: { url, user: server.user } });
    expect(syncStatus(ann)).toMatchObject({ mode: null, pending: 1 });
    expect((await server.admin('GET', new URL(url).pathname)).status).toBe(404);
  });

  it('says the server cannot be reached when nothing listens, and keeps the changes waiting', async () => {
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    const url = `http://127.0.0.1:${await freePort()}/plan`;
    await expect(syncWithServer(ann, url, as('Ann', { timeoutMs: 5_000 }))).rejects.toMatchObject({ code: 'SYNC_SERVER_UNREACHABLE', params: { url } });
    expect(syncStatus(ann)).toMatchObject({ mode: null, pending: 1 });
  });

  it('refuses a bad address before anything is sent', async () => {
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    for (const bad of ['not a url', 'ftp://127.0.0.1/plan', `${server.root}/`, `${server.root}/Plan`]) {
      await expect(syncWithServer(ann, bad, as('Ann'))).rejects.toMatchObject({ code: 'SYNC_SERVER_BAD_URL' });
    }
  });

  it("refuses another workspace's database, naming both, and a database nobody shared into, creating nothing", async () => {
    const url = newDb();
    const ann = tmp.create('ann.channelwise');
    const other = tmp.create('other.channelwise');
    open.push(ann, other);
    await syncWithServer(ann, url, as('Ann'));
    const refused = await syncWithServer(other, url, as('Ann')).catch((err: unknown) => err);
    expect(refused).toMatchObject({ code: 'SYNC_SERVER_OTHER_WORKSPACE', params: { serverWorkspace: ann.workspaceId, workspace: other.workspaceId } });
    expect(syncStatus(other)).toMatchObject({ mode: null, pending: 1 });
    expect(await changeDocs(url)).toHaveLength(1);

    const out = join(home('carl'), 'plan.channelwise');
    const missing = newDb();
    await expect(joinFromServer(missing, out, 'en', { dataDir: home('carl-data') }, as('Carl'))).rejects.toMatchObject({ code: 'SYNC_SERVER_NOT_SHARED' });
    expect((await server.admin('GET', new URL(missing).pathname)).status).toBe(404);
    const empty = newDb();
    expect((await server.admin('PUT', new URL(empty).pathname)).status).toBe(201);
    await expect(joinFromServer(empty, out, 'en', { dataDir: home('carl-data') }, as('Carl'))).rejects.toMatchObject({ code: 'SYNC_SERVER_NOT_SHARED' });
    expect(existsSync(out)).toBe(false);
  });

  it('takes an empty database as "nothing yet", never as "delete everything"', async () => {
    const url = newDb();
    expect((await server.admin('PUT', new URL(url).pathname)).status).toBe(201);
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    const before = content(ann);
    expect(await syncWithServer(ann, url, as('Ann'))).toMatchObject({ received: 0, sent: 1 });
    expect(content(ann)).toEqual(before);
  });

  it('sends everything again when a workspace moves from a folder to a server', async () => {
    const folder = home('share');
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    await syncWithFolder(ann, folder, as('Ann'));
    expect(syncStatus(ann)).toMatchObject({ mode: 'folder', pending: 0 });
    const url = newDb();
    expect(await syncWithServer(ann, url, as('Ann'))).toMatchObject({ sent: 1 });
    expect(syncStatus(ann)).toMatchObject({ mode: 'server', pending: 0 });
  });
});
