import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { exportJson, importJsonToNew, serializeJson } from '../interchange/json';
import { useTempDir } from '../testing/temp';
import { failure } from '../testing/failure';
import { settingId } from './workspace-settings';

describe('workspace settings (the currency)', () => {
  const tmp = useTempDir();

  it('starts in euros', () => {
    expect(tmp.create().settings.get()).toEqual({ currency: 'EUR' });
  });

  it('stores a currency as one undoable step with a readable label', () => {
    const ws = tmp.create();
    expect(ws.settings.setCurrency('usd')).toEqual({ currency: 'USD' });
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.currency', params: { from: 'EUR', to: 'USD' } });
    ws.history.undo();
    expect(ws.settings.get().currency).toBe('EUR');
    ws.history.redo();
    expect(ws.settings.get().currency).toBe('USD');
    ws.settings.setCurrency('GBP');
    expect(ws.settings.get().currency).toBe('GBP');
  });

  it('refuses a code that is not ISO 4217 with a translatable error, and changes nothing', () => {
    const ws = tmp.create();
    ws.settings.setCurrency('JPY');
    const before = ws.history.list(100).length;
    for (const bad of ['EURO', 'XX1', '€', '']) {
      const err = failure(() => ws.settings.setCurrency(bad));
      expect(err.code).toBe('CURRENCY_UNKNOWN');
      expect(err.params).toEqual({ code: bad });
    }
    expect(ws.settings.get().currency).toBe('JPY');
    expect(ws.history.list(100)).toHaveLength(before);
  });

  it('writes no step when the currency does not change', () => {
    const ws = tmp.create();
    const before = ws.history.list(100).length;
    ws.settings.setCurrency('EUR');
    expect(ws.history.list(100)).toHaveLength(before);
  });

  it('shows the default for a stored value this version cannot format', () => {
    const ws = tmp.create();
    ws.db.prepare('INSERT INTO workspace_settings (id, key, value) VALUES (?, ?, ?)').run(settingId('currency'), 'currency', 'ZZZ9');
    expect(ws.settings.get().currency).toBe('EUR');
  });

  it('travels with the file: snapshots and the JSON interchange', () => {
    const ws = tmp.create();
    const snapshot = ws.snapshots.create('before');
    ws.settings.setCurrency('CHF');
    const json = serializeJson(exportJson(ws));
    const copy = importJsonToNew(tmp.file('copy.channelwise'), JSON.parse(json), { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
    try {
      expect(copy.settings.get().currency).toBe('CHF');
    } finally {
      copy.close();
    }
    ws.snapshots.restore(snapshot.id);
    expect(ws.settings.get().currency).toBe('EUR');
  });
});
