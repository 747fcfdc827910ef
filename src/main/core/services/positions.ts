import { generateKeyBetween } from 'fractional-indexing';

/** Fractional index for a place after `after` and before `before` (either may be open). */
export function positionBetween(after: string | null, before: string | null): string {
  return generateKeyBetween(after, before);
}

/** `count` ascending positions, for seeding lists in order. */
export function positionsFor(count: number): string[] {
  const out: string[] = [];
  let last: string | null = null;
  for (let i = 0; i < count; i++) {
    last = generateKeyBetween(last, null);
    out.push(last);
  }
  return out;
}
