import { randomInt } from 'node:crypto';

/**
 * The short code a participant types from the back of the room, instead of
 * the long token in the QR code. Letters and digits that are hard to mix up
 * when read off a projector (no 0/O, 1/I/L, 2/Z, 5/S, 8/B).
 */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(pick: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += ALPHABET[pick(ALPHABET.length)];
  return code;
}

/** What a person typed, as a code: case, spaces and dashes do not matter. */
export const normalizeJoinCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

export type JoinVerdict = 'ok' | 'wrong' | 'locked';

interface Attempts {
  failures: number;
  since: number;
}

/**
 * Lets a device in with the right code, and stops one that guesses: after
 * `maxFailures` wrong codes within `windowMs` an address must wait out the
 * window. With 25^6 codes that makes guessing hopeless during a workshop.
 */
export class JoinGate {
  private readonly attempts = new Map<string, Attempts>();

  constructor(
    private readonly code: string,
    private readonly maxFailures = 8,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  check(address: string, typed: string): JoinVerdict {
    const at = this.now();
    let entry = this.attempts.get(address);
    if (entry && at - entry.since >= this.windowMs) {
      this.attempts.delete(address);
      entry = undefined;
    }
    if (entry && entry.failures >= this.maxFailures) return 'locked';
    if (normalizeJoinCode(typed) === this.code) return 'ok';
    if (this.attempts.size > 10_000) this.attempts.clear(); // a flood of addresses cannot grow this without bound
    this.attempts.set(address, { failures: (entry?.failures ?? 0) + 1, since: entry?.since ?? at });
    return 'wrong';
  }
}
