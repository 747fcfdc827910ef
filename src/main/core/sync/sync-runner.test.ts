import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Catalog } from '@shared/domain/types';
import { createAppCore } from '../app-core';
import { useTempDir } from '../testing/temp';
import type { Workspace } from '../workspace';
import { joinFromFolder, syncWithFolder } from './folder-sync';
import { syncStatus } from './sync-status';
import { startSyncRunner, type SyncRunner, type SyncRunState } from './sync-runner';
import { until } from '../testing/until';

const who = (displayName: string) => ({ displayName, appVersion: '0.1.0-test' });

describe('background sync of an open workspace', () => {
  const tmp = useTempDir();
  const open: Workspace[] = [];
  const runners: SyncRunner[] = [];
  afterEach(async () => {
    for (const runner of runners.splice(0)) await runner.stop();
    for (const ws of open.splice(0)) ws.close();
  });

  async function shared() {
    const folder = join(tmp.dir(), 'share');
    mkdirSync(folder);
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    await syncWithFolder(ann, folder, who('Ann'));
    const bobHome = join(tmp.dir(), 'bob');
    mkdirSync(bobHome);
    const { ws: bob } = await joinFromFolder(folder, join(bobHome, 'plan.channelwise'), 'en', { dataDir: join(bobHome, 'data') }, who('Bob'));
    open.push(bob);
    return { folder, ann, bob };
  }

  it('does nothing for a workspace that is not shared, not even make the sync index', () => {
    const ws = tmp.create('alone.channelwise');
    open.push(ws);
    expect(startSyncRunner(ws, who('Ann'))).toBeNull();
    expect(ws.db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'journal_ops_by_row'`).pluck().get()).toBe(0);
  });

  it("sends a local edit shortly after it is made, and takes in a teammate's as it lands", async () => {
    const { ann, bob } = await shared();
    const states: SyncRunState['phase'][] = [];
    const annRunner = startSyncRunner(ann, { ...who('Ann'), debounceMs: 20, pollMs: 100, onState: (s) => states.push(s.phase) })!;
    const bobRunner = startSyncRunner(bob, { ...who('Bob'), debounceMs: 20, pollMs: 100 })!;
    runners.push(annRunner, bobRunner);
    const id = ann.catalogRepo.list('channel')[0]!.id;
    ann.catalog.update(id, { kind: 'channel', name: 'Flagship store' });
    await until(() => bob.catalogRepo.item('channel', id)?.name === 'Flagship store');
    bob.catalog.update(id, { kind: 'channel', name: 'Flagship store (Bob)' });
    await until(() => ann.catalogRepo.item('channel', id)?.name === 'Flagship store (Bob)');
    await annRunner.now();
    expect(annRunner.state()).toMatchObject({ phase: 'idle', error: null });
    expect(states).toContain('syncing');
  });

  it('says offline while the folder is gone, and carries on when it is back', async () => {
    const { folder, ann } = await shared();
    const runner = startSyncRunner(ann, { ...who('Ann'), debounceMs: 20, pollMs: 100 })!;
    runners.push(runner);
    await runner.now();
    const away = `${folder}-unmounted`;
    renameSync(folder, away);
    ann.catalog.update(ann.catalogRepo.list('channel')[0]!.id, { kind: 'channel', name: 'Edited offline' });
    await runner.now();
    expect(runner.state()).toMatchObject({ phase: 'offline', error: { code: 'SYNC_FOLDER_NOT_FOUND' } });
    renameSync(away, folder);
    await runner.now();
    expect(runner.state()).toMatchObject({ phase: 'idle', error: null });
    // The edit made offline went out (by this exchange, or by one the folder's return set off just before).
    expect(syncStatus(ann).pending).toBe(0);
  });

  it('stops watching and lets an exchange in progress finish before the workspace closes', async () => {
    const { ann } = await shared();
    const runner = startSyncRunner(ann, { ...who('Ann'), debounceMs: 20, pollMs: 100 })!;
    const pending = runner.now();
    await runner.stop();
    await pending;
    ann.catalog.update(ann.catalogRepo.list('channel')[0]!.id, { kind: 'channel', name: 'After stop' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runner.state().phase).toBe('idle');
    expect(runner.state().last?.sent ?? 0).toBe(0);
  });
});

describe('background sync in the app', () => {
  const tmp = useTempDir();

  it('starts with a shared workspace the app opens: an edit in the window reaches the teammate, theirs reaches the window', async () => {
    const folder = join(tmp.dir(), 'share');
    mkdirSync(folder);
    const first = tmp.create('ann.channelwise');
    await syncWithFolder(first, folder, who('Ann'));
    const annPath = first.path;
    first.close();
    const bobHome = join(tmp.dir(), 'bob');
    mkdirSync(bobHome);
    const { ws: bob } = await joinFromFolder(folder, join(bobHome, 'plan.channelwise'), 'en', { dataDir: join(bobHome, 'data') }, who('Bob'));
    const bobRunner = startSyncRunner(bob, { ...who('Bob'), debounceMs: 20, pollMs: 100 })!;
    const core = createAppCore({ dataDir: join(tmp.dir(), 'data'), host: 'browser', version: '0.0.0-test', osLanguage: 'en', defaultFolder: tmp.dir(), backupIntervalMinutes: 0 });
    const changed: string[][] = [];
    core.onEvent((event) => {
      if (event.type === 'workspace.changed') changed.push(event.tables);
    });
    try {
      expect(await core.dispatch('workspace.open', { path: annPath })).toMatchObject({ ok: true });
      const catalog = async (): Promise<Catalog> => {
        const result = await core.dispatch('catalog.get', {});
        if (!result.ok) throw new Error(result.error.message);
        return result.value as Catalog;
      };
      const id = (await catalog()).channels[0]!.id;
      await core.dispatch('catalog.update', { id, patch: { kind: 'channel', name: 'Renamed in the window' } });
      await until(() => bob.catalogRepo.item('channel', id)?.name === 'Renamed in the window');
      changed.length = 0;
      bob.catalog.update(id, { kind: 'channel', name: 'Renamed by Bob' });
      await until(() => changed.some((tables) => tables.includes('channels')));
      expect((await catalog()).channels.find((c) => c.id === id)?.name).toBe('Renamed by Bob');
    } finally {
      core.shutdown();
      await bobRunner.stop();
      bob.close();
    }
  });
});
