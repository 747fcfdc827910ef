import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../core/testing/couch-server';
import { useTempDir } from '../core/testing/temp';
import { cliRunner } from './cli-runner.test-helper';

let server: CouchServer;
let serverDir: string;
beforeAll(async () => {
  serverDir = mkdtempSync(join(tmpdir(), 'cw-couch-cli-'));
  server = await startCouchServer(serverDir);
}, 60_000);
afterAll(async () => {
  await server.kill();
  rmSync(serverDir, { recursive: true, force: true });
});

describe('channelwise sync and join with a CouchDB server', () => {
  const tmp = useTempDir();

  it('shares a workspace on a server, joins it on a second laptop, and says where each stands', async () => {
    const env = { CHANNELWISE_SYNC_PASSWORD: server.password };
    const ann = cliRunner(join(tmp.dir(), 'ann-home'), env);
    const bob = cliRunner(join(tmp.dir(), 'bob-home'), { ...env, LANG: 'nl_NL.UTF-8' });
    const url = server.db('cli-plan');
    const annFile = tmp.file('ann.channelwise');
    const bobFile = join(tmp.dir(), 'bob', 'plan.channelwise');
    mkdirSync(join(tmp.dir(), 'bob'));
    await ann('new', annFile);

    expect(await ann('sync', annFile, '--server', url, '--user', server.user, '--name', 'Ann')).toMatchObject({
      code: 0,
      out: expect.stringContaining(`Received 0 changes, sent 1 (${url})`),
    });
    const joined = await bob('join', '--server', url, '--user', server.user, '--out', bobFile, '--name', 'Bob');
    expect(joined.code).toBe(0);
    expect(joined.out).toContain('1 wijzigingen ontvangen, 0 verstuurd');
    expect(joined.out).toContain('Teamgenoot: Ann');
    expect(joined.out).toContain(`--server ${url} --user ${server.user}`);
    expect(JSON.parse((await bob('sync-status', bobFile, '--json')).out)).toMatchObject({ mode: 'server', target: url, user: server.user, pending: 0 });
    expect((await ann('sync-status', annFile)).out).toContain(`Synced through the server ${url} as ${server.user}`);
  });

  it('takes the password only from the environment, and refuses --folder with --server, with a clear message', async () => {
    const run = cliRunner(join(tmp.dir(), 'home'));
    const file = tmp.file('a.channelwise');
    await run('new', file);
    const url = server.db('cli-refused');
    const noPassword = await run('sync', file, '--server', url, '--user', server.user);
    expect(noPassword.code).not.toBe(0);
    expect(noPassword.err).toContain('CHANNELWISE_SYNC_PASSWORD');
    expect(noPassword.err).not.toMatch(/at .*\.ts|Error:/);
    expect((await run('sync', file, '--server', url, '--user', server.user, '--password', 'x')).code).not.toBe(0);

    const both = await run('sync', file, '--folder', tmp.dir(), '--server', url, '--user', server.user);
    expect(both.code).not.toBe(0);
    expect(both.err).toContain('not both');

    const wrong = await cliRunner(join(tmp.dir(), 'home'), { CHANNELWISE_SYNC_PASSWORD: 'wrong' })('sync', file, '--server', url, '--user', server.user);
    expect(wrong.code).not.toBe(0);
    expect(wrong.err).toContain('did not accept the user name');

    const out = join(tmp.dir(), 'joined.channelwise');
    const nothing = await cliRunner(join(tmp.dir(), 'home'), { CHANNELWISE_SYNC_PASSWORD: server.password })('join', '--server', url, '--user', server.user, '--out', out);
    expect(nothing.code).not.toBe(0);
    expect(nothing.err).toContain('holds no shared Channelwise workspace');
    expect(existsSync(out)).toBe(false);
  });
});
