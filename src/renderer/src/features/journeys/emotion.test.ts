import { describe, expect, it } from 'vitest';
import { formatEmotion } from './EmotionFace';
import { parseEmotion } from './emotion';

describe('parseEmotion', () => {
  it('accepts -2..+2 in the ways people type them, and empty as not set', () => {
    expect(parseEmotion('2')).toEqual({ ok: true, value: 2 });
    expect(parseEmotion('+1')).toEqual({ ok: true, value: 1 });
    expect(parseEmotion(' -2 ')).toEqual({ ok: true, value: -2 });
    expect(parseEmotion('\u22121')).toEqual({ ok: true, value: -1 });
    expect(parseEmotion('0')).toEqual({ ok: true, value: 0 });
    expect(parseEmotion('')).toEqual({ ok: true, value: null });
  });

  it('refuses values outside the scale and non-numbers', () => {
    for (const text of ['3', '-3', '1.5', 'happy', '++1', '10']) expect(parseEmotion(text)).toEqual({ ok: false });
  });

  it('round-trips what formatEmotion writes', () => {
    for (const value of [-2, -1, 0, 1, 2] as const) expect(parseEmotion(formatEmotion(value))).toEqual({ ok: true, value });
  });
});
