import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SyncOverview } from '@shared/sync/overview';
import { resources } from '@shared/i18n/resources';
import { conflictFieldText, conflictValueText, statusLine } from './syncText';

const base: SyncOverview = {
  mode: 'folder',
  target: '/share',
  user: null,
  phase: 'idle',
  error: null,
  pending: 0,
  lastSyncAt: '2026-12-02T14:02:00.000Z',
  last: null,
  teammates: [],
  openConflicts: 0,
  clockSkew: null,
  displayName: 'Ann',
};

describe('what the sync status says', () => {
  const t = i18next.createInstance();
  beforeAll(async () => {
    await t.init({ lng: 'en', resources, interpolation: { escapeValue: false } });
  });
  const now = new Date('2026-12-02T15:00:00.000Z');

  it('says synced only when the last exchange succeeded and nothing waits', () => {
    expect(statusLine(t.t, 'en', base, now)).toMatchObject({ tone: 'ok', label: expect.stringMatching(/^Synced \d/) });
    expect(statusLine(t.t, 'en', { ...base, pending: 3 }, now)).toEqual({ tone: 'neutral', label: '3 changes waiting' });
    expect(statusLine(t.t, 'en', { ...base, pending: 1 }, now).label).toBe('1 change waiting');
    expect(statusLine(t.t, 'en', { ...base, phase: 'offline', pending: 3 }, now)).toEqual({ tone: 'warning', label: 'Offline' });
    expect(statusLine(t.t, 'en', { ...base, phase: 'error' }, now)).toEqual({ tone: 'error', label: 'Sync error' });
    expect(statusLine(t.t, 'en', { ...base, phase: 'notShared', mode: null }, now).label).toBe('Not shared');
    // Another day: the date is said too.
    expect(statusLine(t.t, 'en', base, new Date('2026-12-05T10:00:00.000Z')).label).toMatch(/Dec/);
  });

  it('shows a conflicting value as the user knows it', () => {
    expect(conflictValueText(t.t, 'role', 3)).toBe('Lead');
    expect(conflictValueText(t.t, 'role', null)).toBe('not set');
    expect(conflictValueText(t.t, 'deleted', 1)).toBe('deleted');
    expect(conflictValueText(t.t, 'flag', 0)).toBe('no');
    expect(conflictValueText(t.t, 'text', '')).toBe('(empty)');
    expect(conflictFieldText(t.t, { table: 'channels', subject: 'Web shop', column: 'name' })).toBe('Channel “Web shop”: name');
    expect(conflictFieldText(t.t, { table: 'future_table', subject: '', column: 'new_field' })).toBe('Item: new field');
  });
});
