import { describe, expect, it } from 'vitest';
import { resources } from '@shared/i18n/resources';

/**
 * Every literal key the renderer passes to t() exists in the English catalog
 * (the Dutch one is typed against it, so it cannot miss one). Keys built at run
 * time (`ui.framework.kinds.${kind}.title`) are covered by the catalog's shape.
 */
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Whether the path names a text, or with `subtree`, a text or a group of texts (a prefix such as KeysUnder<'ui.nav'>). */
function has(tree: unknown, path: string, subtree = false): boolean {
  let node: unknown = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    const record = node as Record<string, unknown>;
    node = part in record ? record[part] : (record[`${part}_one`] ?? undefined);
  }
  return typeof node === 'string' || (subtree && typeof node === 'object' && node !== null);
}

describe('translation keys used by the renderer', () => {
  const used = new Set<string>();
  // Quoted strings that are not passed to t() may name a group of keys (a prefix), not only a text.
  const mentioned = new Set<string>();
  for (const text of Object.values(sources)) {
    for (const match of text.matchAll(/\bt\(\s*'((?:ui|errors|history)\.[A-Za-z0-9_.-]+)'/g)) used.add(match[1]!);
    for (const match of text.matchAll(/'((?:ui)\.[a-zA-Z]+\.[A-Za-z0-9_.-]+)'/g)) if (!used.has(match[1]!)) mentioned.add(match[1]!);
  }

  it('finds the keys it checks', () => {
    expect(used.size).toBeGreaterThan(50);
  });

  it('has every one of them in English', () => {
    const missing = [...used].filter((key) => !has(resources.en.translation, key)).concat([...mentioned].filter((key) => !has(resources.en.translation, key, true)));
    expect(missing).toEqual([]);
  });
});
