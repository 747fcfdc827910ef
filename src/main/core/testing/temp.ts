import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { Workspace } from '../workspace';

/** A fresh temporary folder per test, removed afterwards, and workspaces opened in it. */
export function useTempDir(): { dir: () => string; file: (name?: string) => string; create: (name?: string, template?: 'default' | 'empty') => Workspace } {
  let current: string | null = null;
  const open: Workspace[] = [];
  afterEach(() => {
    for (const ws of open.splice(0)) ws.close();
    if (current) rmSync(current, { recursive: true, force: true });
    current = null;
  });
  const dir = () => (current ??= mkdtempSync(join(tmpdir(), 'cw-test-')));
  const file = (name = 'test.channelwise') => join(dir(), name);
  return {
    dir,
    file,
    create: (name = 'test.channelwise', template = 'default') => {
      const ws = Workspace.create(file(name), 'en', template, { dataDir: join(dir(), 'data'), deviceId: '0123456789abcdef' });
      open.push(ws);
      return ws;
    },
  };
}
