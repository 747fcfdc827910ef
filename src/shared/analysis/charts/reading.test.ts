import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources';
import { READING_KEYS, signed } from './reading';

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe('readings', () => {
  it.each(['en', 'nl'] as const)('has every reading in %s (with plural forms where a count is given)', (lang) => {
    const readings = resources[lang].translation.ui.charts.readings;
    const missing = READING_KEYS.filter((key) => typeof lookup(readings, key) !== 'string' && typeof lookup(readings, `${key}_other`) !== 'string');
    expect(missing).toEqual([]);
  });

  it('writes a change with its sign', () => {
    expect([signed(3), signed(-2), signed(0)]).toEqual(['+3', '\u22122', '0']);
  });
});
