import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown, type TimerView } from '@shared/domain/workshop';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { describeError } from '../../i18n/errorText';
import { useTimer } from './mutations';
import { useCountdown } from './useCountdown';

/** The shared countdown: start with minutes, pause, resume, stop. */
export function TimerPanel({ timer }: { timer: TimerView }) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState('5');
  const action = useTimer();
  const left = useCountdown(timer);
  const seconds = Math.round(Number(minutes.replace(',', '.')) * 60);
  const valid = Number.isFinite(seconds) && seconds >= 1 && seconds <= 4 * 60 * 60;

  return (
    <section className="card workshop-timer" aria-labelledby="workshop-timer-title">
      <h2 id="workshop-timer-title" className="card__title">
        {t('ui.workshop.timer.heading')}
      </h2>
      {action.error && <Alert tone="error">{describeError(t, action.error)}</Alert>}
      {timer.status === 'idle' ? (
        <p className="muted">{t('ui.workshop.timer.idle')}</p>
      ) : (
        <p className="workshop-timer__value" role="timer" aria-label={t('ui.workshop.timer.remaining')}>
          {formatCountdown(left)} {timer.status === 'paused' && <span className="muted">{t('ui.workshop.timer.paused')}</span>}
        </p>
      )}
      <div className="workshop-row">
        <TextField label={t('ui.workshop.timer.minutes')} inputMode="decimal" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        <Button variant="primary" disabled={!valid || action.isPending} onClick={() => action.mutate({ action: 'start', seconds })}>
          {t('ui.workshop.timer.start')}
        </Button>
        {timer.status === 'running' && <Button onClick={() => action.mutate({ action: 'pause' })}>{t('ui.workshop.timer.pause')}</Button>}
        {timer.status === 'paused' && <Button onClick={() => action.mutate({ action: 'resume' })}>{t('ui.workshop.timer.resume')}</Button>}
        {timer.status !== 'idle' && <Button onClick={() => action.mutate({ action: 'stop' })}>{t('ui.workshop.timer.stop')}</Button>}
      </div>
    </section>
  );
}
