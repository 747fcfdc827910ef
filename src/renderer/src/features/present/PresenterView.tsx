import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import type { Slide } from '@shared/present/deck';
import { Button } from '../../components/Button';
import { NOT_STARTED, elapsedMs, withPresenting, type Elapsed } from './elapsed';
import { SlideCanvas } from './fit/SlideCanvas';
import { keyForControl, showAction, stepIndex } from './keys';
import { PresenterClocks } from './PresenterClocks';
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

/**
 * The facilitator's second window, readable at arm's length: the slide on
 * screen and the next one as true previews, the speaker notes in large type,
 * the clocks with their state, and the buttons to turn slides.
 */
export function PresenterView({ slides, titles, catalog, journeys, sync }: PresenterViewProps) {
  const { t } = useTranslation();
  const found = slides.findIndex((s) => s.id === sync.slideId);
  const index = found < 0 ? 0 : found;
  const current = slides[index];
  const next = slides[index + 1];
  const now = useNow(true);
  const [elapsed, setElapsed] = useState<Elapsed>(NOT_STARTED);
  const [seenPresenting, setSeenPresenting] = useState(false);
  // The clock starts and stops with the presentation, whichever window started it (to the second of `now`).
  if (seenPresenting !== sync.presenting) {
    setSeenPresenting(sync.presenting);
    setElapsed(withPresenting(elapsed, sync.presenting, now));
  }

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

  const preview = (slide: Slide | undefined, label: string, area: 'current' | 'next') => (
    <section className={`presenter__pane presenter__pane--${area}`} aria-label={label}>
      <h2 className="presenter__label">{label}</h2>
      {slide ? (
        <SlideCanvas className="presenter__preview">
          <SlideView slide={slide} title={titles.get(slide.id) ?? ''} catalog={catalog} journeys={journeys} readOnly preview />
        </SlideCanvas>
      ) : (
        <p className="presenter__end">{t('ui.present.presenter.end')}</p>
      )}
    </section>
  );

  return (
    <div className="presenter" role="region" aria-label={t('ui.present.presenter.title')}>
      <header className="presenter__head">
        <h1 className="presenter__title">{t('ui.present.presenter.title')}</h1>
        <p className="presenter__counter" aria-live="polite">
          {current && t('ui.present.presenter.place', { index: index + 1, count: slides.length })}
        </p>
        <p className={sync.presenting ? 'presenter__status presenter__status--live' : 'presenter__status'}>
          {sync.presenting ? t('ui.present.presenter.live') : t('ui.present.presenter.waiting')}
        </p>
      </header>
      {preview(current, t('ui.present.presenter.current'), 'current')}
      {preview(next, t('ui.present.presenter.next'), 'next')}
      <section className="presenter__notes" aria-label={t('ui.present.presenter.notes')}>
        <h2 className="presenter__label">{t('ui.present.presenter.notes')}</h2>
        <p className="presenter__notes-text">{current?.notes.trim() ? current.notes : t('ui.present.presenter.noNotes')}</p>
      </section>
      <div className="presenter__side">
        <div className="presenter__nav">
          <Button icon="up" label={t('ui.present.show.previous')} disabled={index === 0} onClick={() => go(index - 1)} />
          <Button variant="primary" icon="down" label={t('ui.present.show.next')} disabled={index >= slides.length - 1} onClick={() => go(index + 1)} />
        </div>
        <PresenterClocks elapsedMs={elapsedMs(elapsed, now)} presenting={sync.presenting} now={now} />
      </div>
    </div>
  );
}
