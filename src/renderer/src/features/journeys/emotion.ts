import type { Emotion } from '@shared/domain/journeys';
import { isEmotion } from './layout';

/**
 * An emotion as typed: empty is "not set", "+1", "-2" and "−2" (a real minus
 * sign, as the app writes it) are accepted; anything else is not an emotion.
 */
export function parseEmotion(text: string): { ok: true; value: Emotion | null } | { ok: false } {
  const trimmed = text.trim().replace('\u2212', '-');
  if (trimmed === '') return { ok: true, value: null };
  if (!/^[+-]?\d+$/.test(trimmed)) return { ok: false };
  const value = Number(trimmed);
  return isEmotion(value) ? { ok: true, value } : { ok: false };
}
