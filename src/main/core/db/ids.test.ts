import { describe, expect, it } from 'vitest';
import { v5 } from 'uuid';
import { derivedId, ID_NAMESPACE } from './ids';

describe('derived ids', () => {
  it('are exactly the UUIDv5 of the joined key', () => {
    for (const parts of [['cell', 'a', 'b', 'c', 'all', ''], ['pref', 'x', 'ü€'], ['']]) {
      expect(derivedId(...parts)).toBe(v5(parts.join('|'), ID_NAMESPACE));
    }
  });

  it('are stable and differ per key', () => {
    expect(derivedId('cell', 's', 'p', 'c', 'all', '')).toBe(derivedId('cell', 's', 'p', 'c', 'all', ''));
    expect(derivedId('cell', 's', 'p', 'c', 'all', '')).not.toBe(derivedId('cell', 's', 'p', 'c', 'typology', 't'));
  });
});
