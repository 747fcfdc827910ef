/**
 * Hybrid logical clock (as in Actual Budget's CRDT messages): a timestamp that
 * sorts as text, never goes backwards on one device even when the wall clock
 * does, and is unique per device thanks to a counter and the device id.
 * Format: `2026-11-23T09:00:00.000Z-0000-<deviceId>`.
 */
export interface HlcState {
  millis: number;
  counter: number;
}

const MAX_COUNTER = 0xffff;

export function formatHlc(state: HlcState, deviceId: string): string {
  return `${new Date(state.millis).toISOString()}-${state.counter.toString(16).padStart(4, '0')}-${deviceId}`;
}

export function parseHlc(text: string): HlcState & { deviceId: string } {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-(.+)$/.exec(text);
  if (!match) throw new Error(`Not a hybrid logical clock timestamp: ${text}`);
  return { millis: Date.parse(match[1]!), counter: parseInt(match[2]!, 16), deviceId: match[3]! };
}

/** The next local timestamp after `last`, given the wall clock `now`. */
export function nextHlc(last: HlcState, now: number): HlcState {
  if (now > last.millis) return { millis: now, counter: 0 };
  if (last.counter >= MAX_COUNTER) return { millis: last.millis + 1, counter: 0 };
  return { millis: last.millis, counter: last.counter + 1 };
}

/** Merge a remote timestamp so local ones sort after everything seen. */
export function receiveHlc(last: HlcState, remote: HlcState, now: number): HlcState {
  const millis = Math.max(last.millis, remote.millis, now);
  if (millis === last.millis && millis === remote.millis) {
    return nextHlc({ millis, counter: Math.max(last.counter, remote.counter) }, now);
  }
  if (millis === last.millis) return nextHlc(last, now);
  if (millis === remote.millis) return nextHlc(remote, now);
  return { millis, counter: 0 };
}

/**
 * How far ahead of our wall clock a received timestamp may pull our clock. A
 * laptop whose clock is hours off must not drag every other laptop's clock
 * along; its changes are still taken in (sync is never blocked by skew).
 */
export const MAX_CLOCK_LEAD_MS = 60 * 60 * 1000;

/**
 * receiveHlc with the remote clock bounded at `now + MAX_CLOCK_LEAD_MS`.
 * `aheadMs`: how far the remote clock was ahead of `now` when it went past that
 * bound (0 when it did not), for a warning.
 */
export function receiveBounded(last: HlcState, remote: HlcState, now: number): { state: HlcState; aheadMs: number } {
  const limit = now + MAX_CLOCK_LEAD_MS;
  if (remote.millis <= limit) return { state: receiveHlc(last, remote, now), aheadMs: 0 };
  return { state: receiveHlc(last, { millis: limit, counter: 0 }, now), aheadMs: remote.millis - now };
}
