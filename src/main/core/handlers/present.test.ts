import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createAppCore } from '../app-core';
import { useTempDir } from '../testing/temp';

describe('the present state', () => {
  const tmp = useTempDir();

  it('keeps the slide on screen per workspace, with versions that only grow, also across workspaces', async () => {
    const core = createAppCore({ dataDir: join(tmp.dir(), 'home'), host: 'browser', version: '0.0.0-test', osLanguage: 'en', defaultFolder: tmp.dir(), backupIntervalMinutes: 0 });
    const value = async (method: string, input: unknown) => {
      const result = await core.dispatch(method, input);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as { presenting: boolean; slideId: string | null; version: number };
    };
    await core.dispatch('workspace.create', { path: tmp.file('a'), lang: 'en', template: 'default' });
    const first = await value('present.setState', { presenting: true, slideId: 'title' });
    const second = await value('present.setState', { presenting: false, slideId: 'findings' });
    expect(second.version).toBeGreaterThan(first.version);
    expect(await value('present.state', {})).toEqual(second);

    // Another workspace starts with nothing on screen, but its versions go on from the last one:
    // a window that saw the first workspace's states does not take the new ones for old news.
    await core.dispatch('workspace.create', { path: tmp.file('b'), lang: 'en', template: 'default' });
    expect(await value('present.state', {})).toMatchObject({ presenting: false, slideId: null });
    const other = await value('present.setState', { presenting: true, slideId: 'title' });
    expect(other.version).toBeGreaterThan(second.version);
    core.shutdown();
  });
});
