import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createAppCore } from '../app-core';
import { useTempDir } from '../testing/temp';

describe('the workspace settings methods', () => {
  const tmp = useTempDir();

  it('set and read the currency through the contract, refusing an unknown code with its own error', async () => {
    const core = createAppCore({ dataDir: join(tmp.dir(), 'home'), host: 'browser', version: '0.0.0-test', osLanguage: 'en', defaultFolder: tmp.dir(), backupIntervalMinutes: 0 });
    try {
      expect((await core.dispatch('workspaceSettings.get', {})).ok).toBe(false);
      await core.dispatch('workspace.create', { path: tmp.file('a'), lang: 'en', template: 'default' });
      expect(await core.dispatch('workspaceSettings.get', {})).toEqual({ ok: true, value: { currency: 'EUR' } });
      expect(await core.dispatch('workspaceSettings.setCurrency', { currency: 'USD' })).toEqual({ ok: true, value: { currency: 'USD' } });
      const refused = await core.dispatch('workspaceSettings.setCurrency', { currency: 'DOLLAR' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'CURRENCY_UNKNOWN', params: { code: 'DOLLAR' } } });
      const malformed = await core.dispatch('workspaceSettings.setCurrency', { currency: 12 });
      expect(malformed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await core.dispatch('workspaceSettings.get', {})).toEqual({ ok: true, value: { currency: 'USD' } });
    } finally {
      core.shutdown();
    }
  });
});
