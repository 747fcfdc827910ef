import type { TFunction } from 'i18next';

const caches = new WeakMap<TFunction, Map<string, string>>();

/**
 * A text that depends only on the language and a few values (a label, an
 * evidence level, an emotion): worked out once per translate function, since a
 * 200-step map would otherwise ask i18next for the same strings a thousand times.
 * A language change brings a new `t`, so a new cache.
 */
export function cachedText(t: TFunction, key: string, make: () => string): string {
  let cache = caches.get(t);
  if (!cache) {
    cache = new Map();
    caches.set(t, cache);
  }
  let text = cache.get(key);
  if (text === undefined) {
    text = make();
    cache.set(key, text);
  }
  return text;
}
