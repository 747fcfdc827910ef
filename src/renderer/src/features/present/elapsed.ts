/**
 * The presenter's elapsed time: it counts while the presentation runs, stands
 * still while it does not, and goes on from there when it runs again. Pure, so
 * it is tested without timers.
 */
export interface Elapsed {
  /** Time counted before the current run. */
  beforeMs: number;
  /** When the current run started; null while not presenting. */
  since: number | null;
}

export const NOT_STARTED: Elapsed = { beforeMs: 0, since: null };

export function elapsedMs(e: Elapsed, now: number): number {
  return e.beforeMs + (e.since === null ? 0 : Math.max(0, now - e.since));
}

/** The clock after the presentation started or stopped at `now`. */
export function withPresenting(e: Elapsed, presenting: boolean, now: number): Elapsed {
  if (presenting) return e.since === null ? { ...e, since: now } : e;
  return e.since === null ? e : { beforeMs: elapsedMs(e, now), since: null };
}
