import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startCouchServer, type CouchServer } from '../testing/couch-server';
import { useTempDir } from '../testing/temp';
import type { Workspace } from '../workspace';
import { credentialStore } from './credentials';
import { joinFromServer, syncWithServer } from './server-sync';
import { setSyncTarget } from './sync-state';
import { startSyncRunner, type SyncRunner, type SyncRunState } from './sync-runner';
import { until } from '../testing/until';

let server: CouchServer;
let serverDir: string;
beforeAll(async () => {
  serverDir = mkdtempSync(join(tmpdir(), 'cw-couch-run-'));
  server = await startCouchServer(serverDir);
}, 60_000);
afterAll(async () => {
  await server.kill();
  rmSync(serverDir, { recursive: true, force: true });
});

const who = (displayName: string) => ({ displayName, appVersion: '0.1.0-test' });

describe('background sync through a server', () => {
  const tmp = useTempDir();
  const open: Workspace[] = [];
  const runners: SyncRunner[] = [];
  afterEach(async () => {
    for (const runner of runners.splice(0)) await runner.stop();
    for (const ws of open.splice(0)) ws.close();
  });

  async function shared(name: string) {
    const url = server.db(name);
    const ann = tmp.create('ann.channelwise');
    open.push(ann);
    await syncWithServer(ann, url, { ...who('Ann'), user: server.user, password: server.password });
    const bobHome = join(tmp.dir(), 'bob');
    mkdirSync(bobHome);
    const { ws: bob } = await joinFromServer(url, join(bobHome, 'plan.channelwise'), 'en', { dataDir: join(bobHome, 'data') }, {
      ...who('Bob'),
      user: server.user,
      password: server.password,
    });
    open.push(bob);
    return { url, ann, bob, bobData: join(bobHome, 'data') };
  }

  it("takes in a teammate's change as soon as it is on the server (longpoll), and sends a local edit shortly after it is made", async () => {
    const { url, ann, bob, bobData } = await shared('live');
    const annRunner = startSyncRunner(ann, { ...who('Ann'), password: server.password, debounceMs: 20, longpollMs: 10_000 })!;
    // Bob's password comes from his credentials file, as in the app.
    credentialStore(bobData).set(url, { user: server.user, password: server.password });
    const bobRunner = startSyncRunner(bob, { ...who('Bob'), credentials: credentialStore(bobData), debounceMs: 20, longpollMs: 10_000 })!;
    runners.push(annRunner, bobRunner);
    expect(annRunner.target).toEqual({ mode: 'server', url, user: server.user });
    expect(annRunner.folder).toBeNull();
    await until(() => annRunner.state().last !== null && bobRunner.state().last !== null);

    const id = ann.catalogRepo.list('channel')[0]!.id;
    ann.catalog.update(id, { kind: 'channel', name: 'Flagship store' });
    await until(() => bob.catalogRepo.item('channel', id)?.name === 'Flagship store');
    bob.catalog.update(id, { kind: 'channel', name: 'Flagship store (Bob)' });
    await until(() => ann.catalogRepo.item('channel', id)?.name === 'Flagship store (Bob)');
    await annRunner.now();
    expect(annRunner.state()).toMatchObject({ phase: 'idle', error: null });
  });

  it('is offline while the server cannot be reached and tries again by itself; a wrong password is an error', async () => {
    const ann = tmp.create('alone.channelwise');
    open.push(ann);
    const nowhere = `http://127.0.0.1:${await freePort()}/plan`;
    setSyncTarget(ann.db, { mode: 'server', url: nowhere, user: 'ann' });
    const phases: SyncRunState['phase'][] = [];
    const runner = startSyncRunner(ann, { ...who('Ann'), password: 'x', retryMs: 20, maxRetryMs: 50, timeoutMs: 2_000, onState: (s) => phases.push(s.phase) })!;
    runners.push(runner);
    await until(() => phases.filter((p) => p === 'offline').length >= 3);
    expect(runner.state()).toMatchObject({ phase: 'offline', error: { code: 'SYNC_SERVER_UNREACHABLE' } });
    await runner.stop();

    const { url, bob } = await shared('wrong-password');
    const refused = startSyncRunner(bob, { ...who('Bob'), password: 'wrong', maxRetryMs: 60_000 })!;
    runners.push(refused);
    await until(() => refused.state().phase === 'error');
    expect(refused.state().error).toMatchObject({ code: 'SYNC_SERVER_AUTH', params: { url } });

    const noPassword = startSyncRunner(ann, { ...who('Ann'), credentials: credentialStore(join(tmp.dir(), 'empty-data')) });
    runners.push(noPassword!);
    await until(() => noPassword!.state().phase === 'error');
    expect(noPassword!.state().error).toMatchObject({ code: 'SYNC_SERVER_NO_PASSWORD' });
  });

  it('stops cleanly: the longpoll in flight is aborted and nothing runs after', async () => {
    const { ann } = await shared('stop');
    const runner = startSyncRunner(ann, { ...who('Ann'), password: server.password, debounceMs: 20, longpollMs: 60_000 })!;
    await until(() => runner.state().last !== null);
    await runner.stop();
    ann.catalog.update(ann.catalogRepo.list('channel')[0]!.id, { kind: 'channel', name: 'After stop' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runner.state().phase).toBe('idle');
    expect(runner.state().last?.sent ?? 0).toBe(0);
  });
});
