import { formatCountdown, type TimerView } from '@shared/domain/workshop';
import { useCountdown } from '../features/workshop/participant';
import type { T } from './text';

/** The shared countdown, large enough to read across a table. */
export function CountdownView({ timer, t }: { timer: TimerView; t: T }) {
  const left = useCountdown(timer);
  if (timer.status === 'idle') return null;
  return (
    <section className="pp__timer" aria-label={t('timer')}>
      <span className="pp__timer-value" role="timer">
        {formatCountdown(left)}
      </span>
      {timer.status === 'paused' && <span className="pp__muted">{t('timerPaused')}</span>}
      {timer.status === 'running' && left === 0 && <strong>{t('timeUp')}</strong>}
    </section>
  );
}
