import { describe, expect, it, vi } from 'vitest';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiEvent } from '@shared/api';
import type { Catalog, MatrixCell } from '@shared/domain/types';
import { unpackCells, type PackedCells } from '@shared/domain/packed-cells';
import { createAppCore } from './app-core';
import { useTempDir } from './testing/temp';

describe('the app core through the contract', () => {
  const tmp = useTempDir();
  const makeCore = () =>
    createAppCore({ dataDir: join(tmp.dir(), 'home'), host: 'browser', version: '0.0.0-test', osLanguage: 'en', defaultFolder: tmp.dir(), backupIntervalMinutes: 0 });

  it('rejects malformed payloads with VALIDATION before any service runs', async () => {
    const core = makeCore();
    await core.dispatch('workspace.create', { path: tmp.file('a'), lang: 'en', template: 'default' });
    const before = await core.dispatch('history.list', { limit: 100 });
    const bad: [string, unknown][] = [
      ['catalog.create', { kind: 'planet', name: 'x' }],
      ['catalog.create', { kind: 'channel' }],
      ['catalog.update', { id: 'x', patch: { kind: 'channel', online: 'yes' } }],
      ['catalog.update', { id: 'x', patch: { kind: 'phase', bogus: 1 } }],
      ['matrix.setCells', { scenarioId: 's', lens: { kind: 'all' }, cells: [{ phaseId: 'p', channelId: 'c', role: 4 }] }],
      ['matrix.setCells', { scenarioId: 's', lens: { kind: 'all' }, cells: [{ phaseId: 'p', channelId: 'c', role: 'two' }] }],
      ['history.list', { limit: -1 }],
      ['history.list', { limit: 10, area: 'planet' }],
      ['workspace.open', {}],
      ['workspace.open', null],
      ['app.setSettings', { scale: 3 }],
    ];
    for (const [method, input] of bad) {
      const result = await core.dispatch(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
    expect(await core.dispatch('history.list', { limit: 100 })).toEqual(before);
    expect(await core.dispatch('no.such.method', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    core.shutdown();
  });

  it('answers every failure as a Result, never a throw, and without stack traces', async () => {
    const core = makeCore();
    const result = await core.dispatch('catalog.get', {});
    expect(result).toEqual({ ok: false, error: { code: 'NO_WORKSPACE', message: 'No workspace is open' } });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const missing = await core.dispatch('workspace.open', { path: tmp.file('missing.channelwise') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    spy.mockRestore();
    core.shutdown();
  });

  it('tells every listener what changed', async () => {
    const core = makeCore();
    const events: ApiEvent[] = [];
    core.onEvent((e) => events.push(e));
    const created = await core.dispatch('workspace.create', { path: tmp.file('b'), lang: 'nl', template: 'default' });
    expect(created).toMatchObject({ ok: true, value: { name: 'b', contentLanguage: 'nl', readOnly: false } });
    expect(events.at(-1)).toMatchObject({ type: 'session.changed', workspace: { name: 'b' } });
    const catalog = (await core.dispatch('catalog.get', {})) as { ok: true; value: Catalog };
    await core.dispatch('catalog.update', { id: catalog.value.channels[0]!.id, patch: { kind: 'channel', name: 'Verkoper' } });
    expect(events.at(-1)).toEqual({ type: 'workspace.changed', tables: ['channels'] });
    const { value: phases } = catalog;
    await core.dispatch('matrix.setCells', {
      scenarioId: phases.scenarios[0]!.id,
      lens: { kind: 'all' },
      cells: [{ phaseId: phases.phases[0]!.id, channelId: phases.channels[1]!.id, role: 3, note: 'Shop window', evidence: 'observed' }],
    });
    expect(events.at(-1)).toEqual({ type: 'workspace.changed', tables: ['matrix_cells'] });
    const cells = await core.dispatch('matrix.get', { scenarioId: phases.scenarios[0]!.id, lens: { kind: 'all' } });
    expect(cells).toMatchObject({ ok: true, value: [{ role: 3, note: 'Shop window', evidence: 'observed' }] });
    // Across lenses the cells travel packed; unpacked, they are what matrix.get gave, but for their ids.
    const packed = (await core.dispatch('matrix.scenarioCells', { scenarioId: phases.scenarios[0]!.id })) as { ok: true; value: PackedCells };
    expect(unpackCells(packed.value)).toEqual((cells as { value: MatrixCell[] }).value.map(({ id: _id, ...cell }) => cell));
    await core.dispatch('workspace.close', {});
    expect(events.at(-1)).toEqual({ type: 'session.changed', workspace: null });
    expect(await core.dispatch('recent.list', {})).toMatchObject({ ok: true, value: [{ name: 'b', exists: true }] });
    core.shutdown();
  });

  it('refuses writes to a read-only workspace and leaves it alone', async () => {
    const core = makeCore();
    await core.dispatch('workspace.create', { path: tmp.file('ro'), lang: 'en', template: 'default' });
    await core.dispatch('workspace.close', {});
    chmodSync(tmp.file('ro.channelwise'), 0o444);
    const opened = await core.dispatch('workspace.open', { path: tmp.file('ro.channelwise') });
    expect(opened).toMatchObject({ ok: true, value: { readOnly: true, readOnlyReason: 'file-read-only' } });
    const result = await core.dispatch('catalog.create', { kind: 'channel', name: 'Kiosk' });
    expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    core.shutdown();
  });

  it('keeps settings and the recent list across restarts', async () => {
    const first = makeCore();
    await first.dispatch('app.setSettings', { uiLanguage: 'nl', scale: 1.5, displayName: ' Ann\n de Vries ' });
    await first.dispatch('workspace.create', { path: tmp.file('c'), lang: 'en', template: 'empty' });
    first.shutdown();
    const second = makeCore();
    expect(await second.dispatch('app.getSettings', {})).toEqual({ ok: true, value: { uiLanguage: 'nl', theme: 'system', scale: 1.5, displayName: 'Ann de Vries' } });
    const recent = await second.dispatch('recent.remove', { path: tmp.file('c.channelwise') });
    expect(recent).toEqual({ ok: true, value: [] });
    second.shutdown();
  });

  it('offers recovery from the newest good backup of a damaged file', async () => {
    const core = makeCore();
    const path = tmp.file('d.channelwise');
    await core.dispatch('workspace.create', { path, lang: 'en', template: 'default' });
    await core.dispatch('catalog.create', { kind: 'channel', name: 'Kiosk' });
    await core.dispatch('workspace.close', {});
    const { truncateSync, statSync } = await import('node:fs');
    truncateSync(path, Math.floor(statSync(path).size / 3));
    const failed = await core.dispatch('workspace.open', { path });
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error.code).toBe('WORKSPACE_CORRUPT');
    const backups = failed.error.params?.backups as { path: string }[];
    const recovered = await core.dispatch('workspace.recover', { path, backupPath: backups[0]!.path });
    expect(recovered).toMatchObject({ ok: true, value: { name: expect.stringContaining('d (recovered') } });
    const catalog = (await core.dispatch('catalog.get', {})) as { ok: true; value: Catalog };
    expect(catalog.value.channels.map((c) => c.name)).toContain('Kiosk');
    expect(statSync(path).size).toBeGreaterThan(0); // the damaged original is left as it was
    core.shutdown();
  });
});
