import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { countdownLeft, idleCountdown, pauseCountdown, startCountdown, type Countdown } from './countdown';
import { clock } from './keys';

const DEFAULT_MINUTES = 20;

/** The elapsed time of the presentation and the talk's countdown, each saying whether it runs. */
export function PresenterClocks({ elapsedMs, presenting, now }: { elapsedMs: number; presenting: boolean; now: number }) {
  const { t } = useTranslation();
  const [countdown, setCountdown] = useState<Countdown>(() => idleCountdown(DEFAULT_MINUTES));
  const left = countdownLeft(countdown, now);
  const running = countdown.endsAt !== null;
  const started = left < countdown.minutes * 60_000;
  const countdownState = left === 0 ? 'timeUp' : running ? 'running' : started ? 'paused' : 'ready';
  return (
    <section className="presenter__clocks" aria-label={t('ui.present.presenter.clocks')}>
      <div className="presenter__clock">
        <span className="presenter__clock-label">{t('ui.present.presenter.elapsed')}</span>
        <time role="timer" aria-label={t('ui.present.presenter.elapsed')}>{clock(elapsedMs)}</time>
        <span className="presenter__state">{t(presenting ? 'ui.present.presenter.state.running' : elapsedMs > 0 ? 'ui.present.presenter.state.paused' : 'ui.present.presenter.state.notStarted')}</span>
      </div>
      <div className="presenter__clock">
        <span className="presenter__clock-label">{t('ui.present.presenter.countdown')}</span>
        <time role="timer" aria-label={t('ui.present.presenter.countdown')} className={left === 0 ? 'presenter__time-up' : undefined}>
          {clock(left)}
        </time>
        <span className="presenter__state" role={left === 0 ? 'status' : undefined}>
          {t(`ui.present.presenter.state.${countdownState}`)}
        </span>
      </div>
      <div className="presenter__timer-controls">
        <label className="presenter__minutes">
          {t('ui.present.presenter.minutes')}
          <input
            type="number"
            min={1}
            max={240}
            value={countdown.minutes}
            disabled={running}
            onChange={(e) => {
              const minutes = Math.max(1, Math.min(240, Math.round(Number(e.target.value) || 1)));
              setCountdown(idleCountdown(minutes));
            }}
          />
        </label>
        {running ? (
          <Button onClick={() => setCountdown(pauseCountdown(countdown, Date.now()))}>{t('ui.present.presenter.pause')}</Button>
        ) : (
          <Button onClick={() => setCountdown(startCountdown(countdown, Date.now()))}>
            {started ? t('ui.present.presenter.resume') : t('ui.present.presenter.start')}
          </Button>
        )}
        <Button variant="ghost" onClick={() => setCountdown(idleCountdown(countdown.minutes))}>
          {t('ui.present.presenter.reset')}
        </Button>
      </div>
    </section>
  );
}
