import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { content, changeIds } from '../testing/laptops';
import { useTempDir } from '../testing/temp';
import { Workspace } from '../workspace';
import { listConflicts } from './conflicts';
import { joinFromFolder, syncWithFolder } from './folder-sync';
import { syncStatus } from './sync-status';

const who = (displayName: string) => ({ displayName, appVersion: '0.1.0-test' });

describe('syncing through a shared folder', () => {
  const tmp = useTempDir();
  const open: Workspace[] = [];
  afterEach(() => {
    for (const ws of open.splice(0)) ws.close();
  });
  const shared = () => {
    const dir = join(tmp.dir(), 'OneDrive', 'Retail plan');
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const home = (name: string) => {
    const dir = join(tmp.dir(), name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  it('shares a workspace, lets a teammate join it, and carries edits both ways', async () => {
    const folder = shared();
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    const first = await syncWithFolder(ann, folder, who('Ann'));
    expect(first).toMatchObject({ received: 0, sent: 1, conflicts: 0, skipped: [] });
    expect(syncStatus(ann)).toMatchObject({ mode: 'folder', target: folder, pending: 0, openConflicts: 0 });

    const { ws: bob, result } = await joinFromFolder(folder, join(home('bob'), 'plan.channelwise'), 'en', { dataDir: home('bob-data') }, who('Bob'));
    open.push(bob);
    expect(result).toMatchObject({ received: 1, sent: 0 });
    expect(result.peers.map((p) => p.displayName)).toEqual(['Ann']);
    expect(bob.workspaceId).toBe(ann.workspaceId);
    expect(bob.deviceId).not.toBe(ann.deviceId);
    expect(content(bob)).toEqual(content(ann));

    const store = bob.catalogRepo.list('channel')[0]!;
    bob.catalog.update(store.id, { kind: 'channel', name: 'Flagship store' });
    expect(syncStatus(bob).pending).toBe(1);
    expect(await syncWithFolder(bob, folder, who('Bob'))).toMatchObject({ received: 0, sent: 1 });
    expect(await syncWithFolder(ann, folder, who('Ann'))).toMatchObject({ received: 1, sent: 0 });
    expect(ann.catalogRepo.item('channel', store.id)?.name).toBe('Flagship store');
    expect(changeIds(ann)).toEqual(changeIds(bob));
    expect(syncStatus(ann).peers).toEqual([expect.objectContaining({ deviceId: bob.deviceId, displayName: 'Bob' })]);
    // Bob's change says it was his: the history on Ann's laptop can name him.
    expect(ann.db.prepare('SELECT count(*) FROM sync_peers WHERE display_name IS NULL').pluck().get()).toBe(0);
    // Nothing new: a second round moves nothing either way.
    expect(await syncWithFolder(ann, folder, who('Ann'))).toMatchObject({ received: 0, sent: 0 });
  });

  it('shares everything made in this file before, under an earlier device id (a moved file, a workspace older than sync)', async () => {
    const folder = shared();
    const dataDir = home('ann-data');
    const before = join(home('desktop'), 'plan.channelwise');
    const made = Workspace.create(before, 'en', 'default', { dataDir });
    made.catalog.create('channel', 'Pop-up store');
    const earlierDevice = made.deviceId;
    made.close();
    const after = join(home('documents'), 'plan.channelwise');
    renameSync(before, after);
    const ann = Workspace.open(after, { dataDir });
    open.push(ann);
    expect(ann.deviceId).not.toBe(earlierDevice);
    expect(syncStatus(ann).pending).toBeGreaterThan(0);
    expect((await syncWithFolder(ann, folder, who('Ann'))).sent).toBeGreaterThan(0);

    const { ws: bob } = await joinFromFolder(folder, join(home('bob'), 'plan.channelwise'), 'en', { dataDir: home('bob-data') }, who('Bob'));
    open.push(bob);
    expect(content(bob)).toEqual(content(ann));
    expect(bob.catalogRepo.list('channel').map((c) => c.name)).toContain('Pop-up store');
  });

  it('keeps both laptops on the later of two edits made apart, and lists the other value', async () => {
    const folder = shared();
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    await syncWithFolder(ann, folder, who('Ann'));
    const { ws: bob } = await joinFromFolder(folder, join(home('bob'), 'plan.channelwise'), 'en', { dataDir: home('bob-data') }, who('Bob'));
    open.push(bob);
    const id = ann.catalogRepo.list('channel')[0]!.id;
    ann.catalog.update(id, { kind: 'channel', name: 'Shop of Ann' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    bob.catalog.update(id, { kind: 'channel', name: 'Shop of Bob' });
    await syncWithFolder(ann, folder, who('Ann'));
    await syncWithFolder(bob, folder, who('Bob'));
    await syncWithFolder(ann, folder, who('Ann'));
    expect(ann.catalogRepo.item('channel', id)?.name).toBe('Shop of Bob');
    expect(bob.catalogRepo.item('channel', id)?.name).toBe('Shop of Bob');
    expect(listConflicts(ann).map((c) => c.value)).toEqual(['Shop of Ann']);
    expect(listConflicts(bob).map((c) => c.value)).toEqual(['Shop of Ann']);
    expect(syncStatus(bob).openConflicts).toBe(1);
  });

  it("refuses another workspace's folder and a folder nobody shared into, and creates nothing", async () => {
    const folder = shared();
    const ann = tmp.create('ann.channelwise');
    const other = tmp.create('other.channelwise');
    open.push(ann, other);
    await syncWithFolder(ann, folder, who('Ann'));
    const refused = await syncWithFolder(other, folder, who('Ann')).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'SYNC_FOLDER_OTHER_WORKSPACE', params: { folderWorkspace: ann.workspaceId, workspace: other.workspaceId } });
    expect(syncStatus(other)).toMatchObject({ mode: null, pending: 1 });

    const empty = home('empty');
    writeFileSync(join(empty, 'notes.txt'), 'not a workspace');
    const out = join(home('carl'), 'plan.channelwise');
    await expect(joinFromFolder(empty, out, 'en', { dataDir: home('carl-data') }, who('Carl'))).rejects.toMatchObject({ code: 'SYNC_FOLDER_NOT_SHARED' });
    await expect(joinFromFolder(join(empty, 'missing'), out, 'en', { dataDir: home('carl-data') }, who('Carl'))).rejects.toMatchObject({ code: 'SYNC_FOLDER_NOT_FOUND' });
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a shared folder that holds the workspace file itself, and changes nothing', async () => {
    const ws = tmp.create('plan.channelwise');
    open.push(ws);
    for (const dir of [tmp.dir(), join(tmp.dir(), '..')]) {
      await expect(syncWithFolder(ws, dir, who('Ann'))).rejects.toMatchObject({ code: 'SYNC_FOLDER_HOLDS_WORKSPACE', params: { file: ws.path } });
    }
    expect(existsSync(join(tmp.dir(), 'channelwise-sync.json'))).toBe(false);
    expect(syncStatus(ws)).toMatchObject({ mode: null, pending: 1 });
    // Joining into the shared folder itself is refused before any file is made.
    const folder = shared();
    await syncWithFolder(ws, folder, who('Ann'));
    const inside = join(folder, 'mine.channelwise');
    await expect(joinFromFolder(folder, inside, 'en', { dataDir: home('carl-data') }, who('Carl'))).rejects.toMatchObject({ code: 'SYNC_FOLDER_HOLDS_WORKSPACE' });
    expect(existsSync(inside)).toBe(false);
  });
});

