/** The presenter's countdown: pure, so it is tested without timers. */
export interface Countdown {
  minutes: number;
  /** Left when paused or not started; while running, counted from `endsAt`. */
  leftMs: number;
  endsAt: number | null;
}

export const idleCountdown = (minutes: number): Countdown => ({ minutes, leftMs: minutes * 60_000, endsAt: null });

export function countdownLeft(c: Countdown, now: number): number {
  return c.endsAt === null ? c.leftMs : Math.max(0, c.endsAt - now);
}

export function startCountdown(c: Countdown, now: number): Countdown {
  return c.endsAt !== null ? c : { ...c, endsAt: now + c.leftMs };
}

export function pauseCountdown(c: Countdown, now: number): Countdown {
  return c.endsAt === null ? c : { ...c, leftMs: countdownLeft(c, now), endsAt: null };
}
