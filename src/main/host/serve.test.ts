import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '@shared/errors';
import { browserCommand } from './open-browser';
import { defaultRendererDir, serveWorkspace } from './serve';
import { createFakeCore } from './testing/fake-core';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cw-serve-'));
  await mkdir(join(root, 'repo', 'out', 'renderer'), { recursive: true });
  await mkdir(join(root, 'repo', 'out', 'main', 'chunks'), { recursive: true });
  await mkdir(join(root, 'repo', 'src', 'renderer'), { recursive: true });
  await mkdir(join(root, 'repo', 'src', 'main', 'host'), { recursive: true });
  await writeFile(join(root, 'repo', 'out', 'renderer', 'index.html'), '<h1>built</h1>');
  await writeFile(join(root, 'repo', 'src', 'renderer', 'index.html'), '<h1>source</h1>');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('defaultRendererDir', () => {
  const url = (...p: string[]) => pathToFileURL(join(root, 'repo', ...p)).href;
  const built = () => join(root, 'repo', 'out', 'renderer');

  it('finds out/renderer from the built CLI, from a chunk, and from the sources, never src/renderer', () => {
    expect(defaultRendererDir(url('out', 'main', 'cli.js'))).toBe(built());
    expect(defaultRendererDir(url('out', 'main', 'chunks', 'serve-abc.js'))).toBe(built());
    expect(defaultRendererDir(url('src', 'main', 'host', 'serve.ts'))).toBe(built());
  });
});

describe('serveWorkspace', () => {
  it('opens the workspace, then serves it', async () => {
    const core = createFakeCore();
    core.answers.set('workspace.open', (input) => ({ ok: true, value: { path: (input as { path: string }).path, name: 'Plan' } }));
    const handle = await serveWorkspace({ core, rendererDir: join(root, 'repo', 'out', 'renderer'), open: '/w/Plan.channelwise' });
    try {
      expect(handle.workspace).toMatchObject({ name: 'Plan' });
      expect(core.calls).toEqual([{ method: 'workspace.open', input: { path: '/w/Plan.channelwise' } }]);
      expect(handle.url).toBe(`${handle.origin}/#k=${handle.key}`);
      const page = await fetch(handle.url);
      expect(await page.text()).toBe('<h1>built</h1>');
      expect((await fetch(`${handle.origin}/api/app.info`, { method: 'POST', body: '{}' })).status).toBe(401);
    } finally {
      await handle.close();
    }
  });

  it('fails with the core error code before listening when the file cannot be opened', async () => {
    const core = createFakeCore();
    core.answers.set('workspace.open', () => ({ ok: false, error: { code: 'NOT_SQLITE', message: 'not a db', params: { path: '/x' } } }));
    const err: unknown = await serveWorkspace({ core, rendererDir: root, open: '/x' }).catch((e: unknown) => e);
    expect(isAppError(err) && err.code).toBe('NOT_SQLITE');
  });

  it('closes the workspace again when the server cannot start', async () => {
    const core = createFakeCore();
    core.answers.set('workspace.open', () => ({ ok: true, value: { path: '/w', name: 'w' } }));
    core.answers.set('workspace.close', () => ({ ok: true, value: null }));
    await expect(serveWorkspace({ core, rendererDir: root, open: '/w', token: 'short' })).rejects.toThrow(/access token/);
    expect(core.calls.map((c) => c.method)).toEqual(['workspace.open', 'workspace.close']);
  });
});

describe('browserCommand', () => {
  it('uses the desktop opener of each platform, keeping the URL one argument', () => {
    const url = 'http://127.0.0.1:5000/?token=a&b=c';
    expect(browserCommand(url, 'linux')).toEqual(['xdg-open', [url]]);
    expect(browserCommand(url, 'darwin')).toEqual(['open', [url]]);
    expect(browserCommand(url, 'win32')).toEqual(['rundll32', ['url.dll,FileProtocolHandler', url]]);
  });
});
