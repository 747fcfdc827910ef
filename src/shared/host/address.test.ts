import { describe, expect, it } from 'vitest';
import { hostAddress, keyFromFragment } from './address';

describe('the host address with its key', () => {
  const key = 'Ab3_-xYz0123456789abcdefghijklmnopqrstuvwx';

  it('puts the key in the fragment and reads it back', () => {
    const url = hostAddress('http://127.0.0.1:4780/', key);
    expect(url).toBe(`http://127.0.0.1:4780/#k=${key}`);
    expect(keyFromFragment(new URL(url).hash)).toEqual({ key, rest: '' });
  });

  it('keeps a route appended after the key', () => {
    const url = `${hostAddress('http://127.0.0.1:4780', key)}#/report?print=1`;
    expect(new URL(url).hash).toBe(`#k=${key}#/report?print=1`);
    expect(keyFromFragment(new URL(url).hash)).toEqual({ key, rest: '#/report?print=1' });
  });

  it('ignores fragments without a well-formed key', () => {
    for (const hash of ['', '#', '#/matrix', '#k=', '#k=short', '#k=has space in it', `#x=${key}`, `#k=${key}/x`]) {
      expect(keyFromFragment(hash), hash).toBeNull();
    }
  });
});
