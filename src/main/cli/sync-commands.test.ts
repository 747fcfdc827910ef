import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../core/testing/temp';
import { Workspace } from '../core';
import { createContext } from './context';
import { cliRunner } from './cli-runner.test-helper';
import { syncCommand } from './sync-commands';
import { until } from '../core/testing/until';

const cli = (home: string, lang = 'en_GB.UTF-8') => cliRunner(home, { LANG: lang });

describe('channelwise sync, join and sync-status', () => {
  const tmp = useTempDir();

  it('shares a workspace through a folder, joins it on a second laptop, and says where each stands', async () => {
    const ann = cli(join(tmp.dir(), 'ann-home'));
    const bob = cli(join(tmp.dir(), 'bob-home'), 'nl_NL.UTF-8');
    const folder = join(tmp.dir(), 'Dropbox', 'plan');
    mkdirSync(folder, { recursive: true });
    const annFile = tmp.file('ann.channelwise');
    const bobFile = join(tmp.dir(), 'bob', 'plan.channelwise');
    mkdirSync(join(tmp.dir(), 'bob'));
    await ann('new', annFile);

    expect(await ann('sync-status', annFile)).toMatchObject({ code: 0, out: expect.stringContaining('Not shared with a team yet.') });
    expect(await ann('sync', annFile, '--folder', folder, '--name', 'Ann')).toMatchObject({ code: 0, out: expect.stringContaining('Received 0 changes, sent 1') });

    const joined = await bob('join', '--folder', folder, '--out', bobFile, '--name', 'Bob');
    expect(joined.code).toBe(0);
    expect(joined.out).toContain('1 wijzigingen ontvangen, 0 verstuurd');
    expect(joined.out).toContain('Teamgenoot: Ann');
    expect(JSON.parse((await bob('info', bobFile, '--json')).out)).toMatchObject({ phases: 6, channels: 13, scenarios: 2 });

    const status = JSON.parse((await bob('sync-status', bobFile, '--json')).out);
    expect(status).toMatchObject({ mode: 'folder', target: folder, pending: 0, openConflicts: 0 });
    expect(status.peers).toHaveLength(1);
    expect((await ann('sync-status', annFile)).out).toContain(`Synced through the folder ${folder}`);
  });

  it('says clearly when the folder is missing, or holds no shared workspace, and creates nothing', async () => {
    const run = cli(join(tmp.dir(), 'home'));
    const file = tmp.file('a.channelwise');
    await run('new', file);
    const missing = await run('sync', file, '--folder', join(tmp.dir(), 'nowhere'));
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('There is no folder at');
    expect(missing.err).not.toMatch(/at .*\.ts|Error:/);

    const empty = join(tmp.dir(), 'empty');
    mkdirSync(empty);
    const out = join(tmp.dir(), 'joined.channelwise');
    const refused = await run('join', '--folder', empty, '--out', out);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('This folder holds no shared Channelwise workspace yet');
    expect(existsSync(out)).toBe(false);
    expect((await run('sync', file)).code).not.toBe(0);
  });
});

describe('channelwise sync --watch', () => {
  const tmp = useTempDir();

  it("takes in a teammate's changes as they land in the folder, until stopped", async () => {
    const folder = join(tmp.dir(), 'share');
    mkdirSync(folder);
    const annFile = tmp.file('ann.channelwise');
    const ann = cli(join(tmp.dir(), 'ann-home'));
    await ann('new', annFile);
    await ann('sync', annFile, '--folder', folder, '--name', 'Ann');
    const bobFile = join(tmp.dir(), 'bob.channelwise');
    const bob = cli(join(tmp.dir(), 'bob-home'));
    await bob('join', '--folder', folder, '--out', bobFile, '--name', 'Bob');

    const out: string[] = [];
    const ctx = createContext({ out: (l) => out.push(l), err: (l) => out.push(l), env: { CHANNELWISE_HOME: join(tmp.dir(), 'ann-home'), LANG: 'en_GB.UTF-8' } });
    const stop = new AbortController();
    const watching = syncCommand(ctx, annFile, { folder, name: 'Ann', watch: true }, stop.signal);
    await until(() => out.some((l) => l.startsWith('Watching')));
    // Bob writes a change into the folder: a new workspace-wide setting, through a sync of his own.
    const ws = Workspace.open(bobFile, { dataDir: join(tmp.dir(), 'bob-home') });
    ws.settings.setCurrency('USD');
    ws.close();
    await bob('sync', bobFile, '--folder', folder, '--name', 'Bob');
    await until(() => out.some((l) => l.startsWith('Received 1 changes')));
    stop.abort();
    expect(await watching).toBe(0);
    const check = Workspace.open(annFile, { dataDir: join(tmp.dir(), 'ann-home'), readOnly: true });
    expect(check.settings.get().currency).toBe('USD');
    check.close();
  });
});
