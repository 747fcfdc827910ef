import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, MethodResult } from '@shared/api';
import type { Catalog } from '@shared/domain/types';
import type { SyncConflictView, SyncOverview } from '@shared/sync/overview';
import { createAppCore } from '../app-core';
import type { AppCore } from '../app-core-types';
import { startCouchServer, type CouchServer } from '../testing/couch-server';
import { useTempDir } from '../testing/temp';

describe('the sync area of the contract', () => {
  const tmp = useTempDir();
  const cores: AppCore[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.shutdown();
  });

  const makeCore = (name: string) => {
    const dataDir = join(tmp.dir(), `${name}-data`);
    const core = createAppCore({ dataDir, host: 'browser', version: '0.0.0-test', osLanguage: 'en', defaultFolder: tmp.dir(), backupIntervalMinutes: 0 });
    cores.push(core);
    const call = async <M extends MethodName>(method: M, input: unknown): Promise<MethodResult<M>> => {
      const result = await core.dispatch(method, input);
      if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
      return result.value as MethodResult<M>;
    };
    const fails = async (method: MethodName, input: unknown) => {
      const result = await core.dispatch(method, input);
      return result.ok ? null : result.error.code;
    };
    return { core, call, fails };
  };
  const folderAt = (name: string) => {
    const dir = join(tmp.dir(), name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  it('shares a workspace, joins it on a second laptop, reports the status, and lists and settles a conflict', async () => {
    const folder = folderAt('OneDrive/plan');
    const ann = makeCore('ann');
    await ann.call('app.setSettings', { displayName: '  Ann  de Vries ' });
    await ann.call('workspace.create', { path: join(folderAt('ann'), 'plan'), lang: 'en', template: 'default' });
    expect(await ann.call('sync.status', {})).toMatchObject({ mode: null, phase: 'notShared', pending: 0 });
    expect(await ann.fails('sync.now', {})).toBe('SYNC_NOT_SHARED');

    const shared: SyncOverview = await ann.call('sync.shareFolder', { folder });
    expect(shared).toMatchObject({ mode: 'folder', target: folder, pending: 0, displayName: 'Ann de Vries', error: null });
    expect(shared.lastSyncAt).not.toBeNull();

    const bob = makeCore('bob');
    await bob.call('app.setSettings', { displayName: 'Bob' });
    const bobPath = join(folderAt('bob'), 'plan.channelwise');
    expect(await bob.fails('sync.join', { via: 'folder', folder: folderAt('empty'), path: bobPath, lang: 'en' })).toBe('SYNC_FOLDER_NOT_SHARED');
    expect(existsSync(bobPath)).toBe(false);
    const joined = await bob.call('sync.join', { via: 'folder', folder, path: bobPath, lang: 'en' });
    expect(joined.path).toBe(bobPath);
    expect(await bob.fails('sync.join', { via: 'folder', folder, path: bobPath, lang: 'en' })).toBe('FILE_EXISTS');
    const bobStatus = await bob.call('sync.status', {});
    expect(bobStatus).toMatchObject({ mode: 'folder', teammates: [expect.objectContaining({ displayName: 'Ann de Vries' })] });

    // Both rename one channel while apart; Bob's is later.
    const channel = ((await ann.call('catalog.get', {})) as Catalog).channels[0]!;
    await ann.call('catalog.update', { id: channel.id, patch: { kind: 'channel', name: 'Ann’s shop' } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await bob.call('catalog.update', { id: channel.id, patch: { kind: 'channel', name: 'Bob’s shop' } });
    expect((await bob.call('sync.status', {})).pending).toBe(1);
    await bob.call('sync.now', {});
    const after = await ann.call('sync.now', {});
    expect(after.openConflicts).toBe(1);
    const conflicts: SyncConflictView[] = await ann.call('sync.conflicts', {});
    expect(conflicts).toEqual([
      expect.objectContaining({ table: 'channels', subject: 'Bob’s shop', column: 'name', kind: 'text', value: 'Ann’s shop', current: 'Bob’s shop', mine: true, author: null }),
    ]);
    expect(await ann.fails('sync.useConflictValue', { id: 'no-such-conflict' })).toBe('NOT_FOUND');
    // Bob sees the same conflict; setting the field back by hand leaves nothing to take back.
    await bob.call('sync.now', {});
    expect(await bob.call('sync.conflicts', {})).toEqual([expect.objectContaining({ id: conflicts[0]!.id, author: 'Ann de Vries', mine: false })]);
    await bob.call('catalog.update', { id: channel.id, patch: { kind: 'channel', name: 'Ann’s shop' } });
    expect(await bob.call('sync.conflicts', {})).toEqual([]);
    expect((await bob.call('sync.status', {})).openConflicts).toBe(0);
    await bob.call('catalog.update', { id: channel.id, patch: { kind: 'channel', name: 'Bob’s shop' } });

    // "Use this value instead" is an undoable edit of Ann's, which reaches Bob.
    await ann.call('sync.useConflictValue', { id: conflicts[0]!.id });
    expect(((await ann.call('catalog.get', {})) as Catalog).channels[0]!.name).toBe('Ann’s shop');
    expect(await ann.call('sync.conflicts', {})).toEqual([]);
    expect((await ann.call('history.state', {})).undoLabel).toEqual({ key: 'history.useConflictValue', params: { column: 'name', subject: 'Bob’s shop' } });
    await ann.call('sync.now', {});
    await bob.call('sync.now', {});
    expect(((await bob.call('catalog.get', {})) as Catalog).channels[0]!.name).toBe('Ann’s shop');
    expect((await bob.call('history.list', { limit: 1 }))[0]).toMatchObject({ author: 'Ann de Vries' });
  });

  it('keeps Undo personal: it says so when a teammate has changed the same field since, and undoes only when told to', async () => {
    const folder = folderAt('share');
    const ann = makeCore('ann');
    await ann.call('app.setSettings', { displayName: 'Ann' });
    await ann.call('workspace.create', { path: join(folderAt('ann'), 'plan'), lang: 'en', template: 'default' });
    await ann.call('sync.shareFolder', { folder });
    const bob = makeCore('bob');
    await bob.call('app.setSettings', { displayName: 'Bob' });
    await bob.call('sync.join', { via: 'folder', folder, path: join(folderAt('bob'), 'plan'), lang: 'en' });

    const [first, second] = ((await ann.call('catalog.get', {})) as Catalog).channels;
    await ann.call('catalog.update', { id: first!.id, patch: { kind: 'channel', name: 'Shop by Ann' } });
    await ann.call('catalog.update', { id: second!.id, patch: { kind: 'channel', name: 'Web by Ann' } });
    await ann.call('sync.now', {});
    await bob.call('sync.now', {});
    await new Promise((resolve) => setTimeout(resolve, 5));
    await bob.call('catalog.update', { id: second!.id, patch: { kind: 'channel', name: 'Web by Bob' } });
    await bob.call('sync.now', {});
    await ann.call('sync.now', {});

    const refused = await ann.core.dispatch('history.undo', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNDO_TEAMMATE_CHANGED', params: { name: 'Bob' } } });
    expect(((await ann.call('catalog.get', {})) as Catalog).channels[1]!.name).toBe('Web by Bob');
    await ann.call('history.undo', { force: true });
    expect(((await ann.call('catalog.get', {})) as Catalog).channels[1]!.name).toBe(second!.name);
    // The action before it touched nothing Bob changed: it undoes at once.
    await ann.call('history.undo', {});
    expect(((await ann.call('catalog.get', {})) as Catalog).channels[0]!.name).toBe(first!.name);
  });

  it('refuses a name that is too long, a folder that is missing, and stops sharing on request', async () => {
    const ann = makeCore('ann');
    expect(await ann.fails('app.setSettings', { displayName: 'x'.repeat(61) })).toBe('NAME_TOO_LONG');
    expect((await ann.call('app.getSettings', {})).displayName).toBe('');
    await ann.call('workspace.create', { path: join(folderAt('ann'), 'plan'), lang: 'en', template: 'default' });
    expect(await ann.fails('sync.shareFolder', { folder: join(tmp.dir(), 'nowhere') })).toBe('SYNC_FOLDER_NOT_FOUND');
    expect(await ann.call('sync.status', {})).toMatchObject({ mode: null, phase: 'notShared' });
    await ann.call('sync.shareFolder', { folder: folderAt('share') });
    expect(await ann.call('sync.stopSharing', {})).toMatchObject({ mode: null, phase: 'notShared', target: null });
    expect(await ann.fails('sync.now', {})).toBe('SYNC_NOT_SHARED');
  });

  describe('through a CouchDB server', () => {
    let server: CouchServer;
    const serverDir = join(tmpdir(), `cw-sync-handlers-${process.pid}`);
    beforeAll(async () => {
      server = await startCouchServer(serverDir);
    });
    afterAll(async () => {
      await server.kill();
      rmSync(serverDir, { recursive: true, force: true });
    });

    it('shares through a database, keeps the password outside the workspace, and lets a teammate join', async () => {
      const url = server.db('retail-plan');
      const ann = makeCore('ann');
      await ann.call('app.setSettings', { displayName: 'Ann' });
      const annFile = join(folderAt('ann'), 'plan.channelwise');
      await ann.call('workspace.create', { path: annFile, lang: 'en', template: 'default' });
      expect(await ann.fails('sync.shareServer', { url: 'not a url', user: server.user, password: server.password })).toBe('SYNC_SERVER_BAD_URL');
      expect(await ann.fails('sync.shareServer', { url, user: ' ', password: server.password })).toBe('SYNC_SERVER_NO_USER');
      expect(await ann.fails('sync.shareServer', { url, user: server.user, password: 'wrong' })).toBe('SYNC_SERVER_AUTH');
      expect(await ann.call('sync.status', {})).toMatchObject({ mode: null });
      expect(existsSync(join(tmp.dir(), 'ann-data', 'sync-credentials.json'))).toBe(false);

      expect(await ann.call('sync.shareServer', { url: `${url}/`, user: server.user, password: server.password })).toMatchObject({
        mode: 'server',
        target: url,
        user: server.user,
        pending: 0,
      });
      const kept = readFileSync(join(tmp.dir(), 'ann-data', 'sync-credentials.json'), 'utf8');
      expect(kept).toContain(url);
      expect(readFileSync(annFile).includes(Buffer.from(server.password))).toBe(false);

      const bob = makeCore('bob');
      await bob.call('app.setSettings', { displayName: 'Bob' });
      await bob.call('sync.join', { via: 'server', url, user: server.user, password: server.password, path: join(folderAt('bob'), 'plan'), lang: 'en' });
      const channel = ((await bob.call('catalog.get', {})) as Catalog).channels[0]!;
      await bob.call('catalog.update', { id: channel.id, patch: { kind: 'channel', name: 'Renamed by Bob' } });
      await bob.call('sync.now', {});
      // Ann's background sync (the server's longpoll) brings it in without asking.
      for (let waited = 0; ((await ann.call('catalog.get', {})) as Catalog).channels[0]!.name !== 'Renamed by Bob'; waited += 50) {
        if (waited > 15_000) throw new Error('Bob’s change did not arrive');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await ann.call('sync.status', {})).teammates).toEqual([expect.objectContaining({ displayName: 'Bob' })]);
    });
  });
});
