import { useEffect, useState } from 'react';
import type { TimerView } from '@shared/domain/workshop';

/**
 * Milliseconds left on a shared timer, counted locally from the moment this
 * view of it arrived: a phone whose clock differs from the facilitator's
 * laptop still shows the right time.
 */
export function useCountdown(timer: TimerView): number {
  const [tick, setTick] = useState<{ of: TimerView; elapsed: number } | null>(null);
  useEffect(() => {
    if (timer.status !== 'running') return;
    const at = Date.now();
    const id = setInterval(() => setTick({ of: timer, elapsed: Date.now() - at }), 250);
    return () => clearInterval(id);
  }, [timer]);
  if (timer.status !== 'running') return timer.remainingMs;
  const elapsed = tick?.of === timer ? tick.elapsed : 0;
  return Math.max(0, timer.remainingMs - elapsed);
}
