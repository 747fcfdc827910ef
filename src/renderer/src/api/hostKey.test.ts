import { describe, expect, it } from 'vitest';
import { takeHostKey, type KeyPlace } from './hostKey';

const KEY = 'k3y_For-This-Launch_0123456789abcdefghijk';

function place(hash: string, stored: string | null = null) {
  const store = new Map<string, string>();
  if (stored !== null) store.set('channelwise.hostKey', stored);
  const urls: string[] = [];
  const p: KeyPlace = {
    location: { hash, pathname: '/', search: '' },
    history: { replaceState: (_state, _unused, url) => void urls.push(String(url)) },
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
  };
  return { p, store, urls };
}

describe('takeHostKey', () => {
  it('takes the key out of the address into session storage', () => {
    const { p, store, urls } = place(`#k=${KEY}`);
    expect(takeHostKey(p)).toBe(KEY);
    expect(store.get('channelwise.hostKey')).toBe(KEY);
    expect(urls).toEqual(['/']);
  });

  it('keeps the route that follows the key', () => {
    const { p, urls } = place(`#k=${KEY}#/report?print=1`);
    expect(takeHostKey(p)).toBe(KEY);
    expect(urls).toEqual(['/#/report?print=1']);
  });

  it('prefers a new key in the address over the stored one, and otherwise reads the stored one', () => {
    expect(takeHostKey(place(`#k=${KEY}`, 'old-key-of-last-launch').p)).toBe(KEY);
    const { p, urls } = place('#/matrix', KEY);
    expect(takeHostKey(p)).toBe(KEY);
    expect(urls).toEqual([]);
  });

  it('answers null without a key, also when storage is refused', () => {
    expect(takeHostKey(place('#/matrix').p)).toBeNull();
    const { p } = place('');
    expect(takeHostKey({ ...p, storage: null })).toBeNull();
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(takeHostKey({ ...p, storage: throwing })).toBeNull();
    expect(takeHostKey({ ...place(`#k=${KEY}`).p, storage: throwing })).toBe(KEY);
  });
});
