import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { cachedText } from './textCache';

// The fake answers any key: its own call signature comes first, so the test's made-up keys need no catalog.
const fakeT = (prefix: string) => vi.fn((key: string) => `${prefix}:${key}`) as unknown as ((key: string) => string) & TFunction & ReturnType<typeof vi.fn>;

describe('cachedText', () => {
  it('asks once per translate function and key', () => {
    const t = fakeT('en');
    expect(cachedText(t, 'a', () => t('a'))).toBe('en:a');
    expect(cachedText(t, 'a', () => t('a'))).toBe('en:a');
    expect(cachedText(t, 'b', () => t('b'))).toBe('en:b');
    expect(t).toHaveBeenCalledTimes(2);
  });

  it('starts afresh for a new translate function (a language change)', () => {
    const en = fakeT('en');
    const nl = fakeT('nl');
    expect(cachedText(en, 'a', () => en('a'))).toBe('en:a');
    expect(cachedText(nl, 'a', () => nl('a'))).toBe('nl:a');
  });
});
