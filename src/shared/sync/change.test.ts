import { describe, expect, it } from 'vitest';
import { byHlc, CHANGE_FORMAT, decodeChange, encodeChange, fromSyncValue, toSyncValue, type SyncChange } from './change';

const change = (over: Partial<SyncChange> = {}): SyncChange => ({
  v: CHANGE_FORMAT,
  id: '019a0000-0000-7000-8000-000000000001',
  hlc: '2026-12-02T10:00:00.000Z-0000-aaaaaaaaaaaaaaaa',
  device: 'aaaaaaaaaaaaaaaa',
  kind: 'edit',
  label: { key: 'history.renameItem', params: { name: 'Store' } },
  ops: [{ tbl: 'channels', row: 'c1', col: 'name', value: 'Flagship\nstore', base: '2026-12-01T08:00:00.000Z-0003-bbbbbbbbbbbbbbbb' }],
  ...over,
});

describe('sync change format', () => {
  it('travels as one line and comes back equal', () => {
    const line = encodeChange(change());
    expect(line).not.toContain('\n');
    expect(decodeChange(line)).toEqual(change());
  });

  it('keeps fields a newer version added, on the change and on its ops', () => {
    const newer = { ...change(), v: 2, origin: 'tablet', ops: [{ tbl: 'channels', row: 'c1', col: 'name', value: 'x', weight: 3 }] };
    const decoded = decodeChange(JSON.stringify(newer));
    expect(decoded).toEqual(newer);
    expect(JSON.parse(encodeChange(decoded!))).toEqual(newer);
  });

  it('refuses what is not a change: a torn line, another shape, a bad value', () => {
    const line = encodeChange(change());
    expect(decodeChange(line.slice(0, line.length - 5))).toBeNull();
    expect(decodeChange('{"hello":"world"}')).toBeNull();
    expect(decodeChange(JSON.stringify({ ...change(), kind: 'merge' }))).toBeNull();
    expect(decodeChange(JSON.stringify({ ...change(), ops: [{ tbl: 'channels', row: 'c1', col: 'name', value: [1] }] }))).toBeNull();
  });

  it('carries bytes (a picture) as base64 and numbers as numbers', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    const value = toSyncValue(bytes);
    expect(value).toEqual({ b64: expect.any(String) });
    expect(fromSyncValue(value)).toEqual(bytes);
    expect(toSyncValue(12n)).toBe(12);
    expect(fromSyncValue(toSyncValue(0.5))).toBe(0.5);
    expect(fromSyncValue(toSyncValue(null))).toBeNull();
  });

  it('orders by clock, the device id breaking a tie', () => {
    const a = change({ hlc: '2026-12-02T10:00:00.000Z-0001-bbbbbbbbbbbbbbbb' });
    const b = change({ hlc: '2026-12-02T10:00:00.000Z-0001-aaaaaaaaaaaaaaaa' });
    const c = change({ hlc: '2026-12-02T09:59:59.999Z-00ff-ffffffffffffffff' });
    expect([a, b, c].sort(byHlc).map((x) => x.hlc)).toEqual([c.hlc, b.hlc, a.hlc]);
  });
});
