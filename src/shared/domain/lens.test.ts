import { describe, expect, it } from 'vitest';
import { lensFromKey, lensKey, sameLens } from './lens';

describe('lens keys', () => {
  it('turns lenses into keys and back', () => {
    for (const lens of [{ kind: 'all' }, { kind: 'typology', id: 'a:b' }] as const) expect(lensFromKey(lensKey(lens))).toEqual(lens);
  });

  it('reads a malformed or missing key as all customers', () => {
    expect(lensFromKey('planet:x')).toEqual({ kind: 'all' });
    expect(lensFromKey('typology:')).toEqual({ kind: 'all' });
    expect(lensFromKey(null)).toEqual({ kind: 'all' });
  });

  it('compares lenses by kind and id', () => {
    expect(sameLens({ kind: 'all' }, { kind: 'all' })).toBe(true);
    expect(sameLens({ kind: 'typology', id: 'a' }, { kind: 'typology', id: 'a' })).toBe(true);
    expect(sameLens({ kind: 'typology', id: 'a' }, { kind: 'customerType', id: 'a' })).toBe(false);
    expect(sameLens({ kind: 'typology', id: 'a' }, { kind: 'all' })).toBe(false);
  });
});
