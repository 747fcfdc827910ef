import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import type { Slide } from '@shared/present/deck';
import { Button } from '../../components/Button';
import { countdownLeft, idleCountdown, pauseCountdown, startCountdown, type Countdown } from './countdown';
import { clock, keyForControl, showAction, stepIndex } from './keys';
import { SlideView } from './SlideView';
import type { ShowSync } from './useShowSync';
import { useNow } from './useTimers';

interface PresenterViewProps {
  slides: readonly Slide[];
  titles: ReadonlyMap<string, string>;
  catalog: Catalog;
  journeys: readonly Journey[];
  sync: ShowSync;
}

const DEFAULT_MINUTES = 20;

/** The facilitator's second window: current and next slide, notes, the clocks, and the buttons to turn slides. */
export function PresenterView({ slides, titles, catalog, journeys, sync }: PresenterViewProps) {
  const { t } = useTranslation();
  const found = slides.findIndex((s) => s.id === sync.slideId);
  const index = found < 0 ? 0 : found;
  const current = slides[index];
  const next = slides[index + 1];
  const [openedAt] = useState(() => Date.now());
  const [countdown, setCountdown] = useState<Countdown>(() => idleCountdown(DEFAULT_MINUTES));
  const now = useNow(true);
  const left = countdownLeft(countdown, now);

  const go = (target: number) => {
    const slide = slides[Math.max(0, Math.min(slides.length - 1, target))];
    if (slide) sync.go(slide.id, sync.presenting);
  };
  const latest = useRef({ index, count: slides.length, go });
  useLayoutEffect(() => {
    latest.current = { index, count: slides.length, go };
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const control = keyForControl(event.key, event.target instanceof Element ? event.target : null);
      const action = showAction(event, control);
      if (!action || action === 'exit') return;
      event.preventDefault();
      const { index: at, count, go: goTo } = latest.current;
      const target = stepIndex(action, at, count);
      if (target !== null) goTo(target);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const preview = (slide: Slide | undefined, label: string) => (
    <section className="presenter__pane" aria-label={label}>
      <h2 className="presenter__label">{label}</h2>
      {slide ? (
        <div className="presenter__preview">
          <SlideView slide={slide} title={titles.get(slide.id) ?? ''} catalog={catalog} journeys={journeys} readOnly preview />
        </div>
      ) : (
        <p className="presenter__end">{t('ui.present.presenter.end')}</p>
      )}
    </section>
  );

  return (
    <div className="presenter" role="region" aria-label={t('ui.present.presenter.title')}>
      <h1 className="presenter__title">{t('ui.present.presenter.title')}</h1>
      {!sync.presenting && <p className="presenter__waiting">{t('ui.present.presenter.waiting')}</p>}
      <div className="presenter__slides">
        {preview(current, t('ui.present.presenter.current'))}
        {preview(next, t('ui.present.presenter.next'))}
      </div>
      <div className="presenter__bottom">
        <section className="presenter__notes" aria-label={t('ui.present.presenter.notes')}>
          <h2 className="presenter__label">{t('ui.present.presenter.notes')}</h2>
          <p className="presenter__notes-text">{current?.notes.trim() ? current.notes : t('ui.present.presenter.noNotes')}</p>
        </section>
        <section className="presenter__clocks" aria-label={t('ui.present.presenter.elapsed')}>
          <p className="presenter__counter" aria-live="polite">
            {current && t('ui.present.show.counter', { index: index + 1, count: slides.length, title: titles.get(current.id) ?? '' })}
          </p>
          <div className="presenter__nav">
            <Button icon="up" label={t('ui.present.show.previous')} disabled={index === 0} onClick={() => go(index - 1)} />
            <Button variant="primary" icon="down" label={t('ui.present.show.next')} disabled={index >= slides.length - 1} onClick={() => go(index + 1)} />
          </div>
          <p className="presenter__clock">
            <span className="presenter__clock-label">{t('ui.present.presenter.elapsed')}</span>
            <time role="timer" aria-label={t('ui.present.presenter.elapsed')}>{clock(now - openedAt)}</time>
          </p>
          <div className="presenter__clock">
            <span className="presenter__clock-label">{t('ui.present.presenter.countdown')}</span>
            <time role="timer" aria-label={t('ui.present.presenter.countdown')} className={left === 0 ? 'presenter__time-up' : undefined}>
              {clock(left)}
            </time>
            {left === 0 && <span role="status">{t('ui.present.presenter.timeUp')}</span>}
          </div>
          <div className="presenter__timer-controls">
            <label className="presenter__minutes">
              {t('ui.present.presenter.minutes')}
              <input
                type="number"
                min={1}
                max={240}
                value={countdown.minutes}
                disabled={countdown.endsAt !== null}
                onChange={(e) => {
                  const minutes = Math.max(1, Math.min(240, Math.round(Number(e.target.value) || 1)));
                  setCountdown(idleCountdown(minutes));
                }}
              />
            </label>
            {countdown.endsAt === null ? (
              <Button onClick={() => setCountdown(startCountdown(countdown, Date.now()))}>
                {left < countdown.minutes * 60_000 ? t('ui.present.presenter.resume') : t('ui.present.presenter.start')}
              </Button>
            ) : (
              <Button onClick={() => setCountdown(pauseCountdown(countdown, Date.now()))}>{t('ui.present.presenter.pause')}</Button>
            )}
            <Button variant="ghost" onClick={() => setCountdown(idleCountdown(countdown.minutes))}>{t('ui.present.presenter.reset')}</Button>
          </div>
        </section>
      </div>
    </div>
  );
}
