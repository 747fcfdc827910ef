import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog, Lens } from '@shared/domain/types';
import type { Slide } from '@shared/present/deck';
import { Button } from '../../components/Button';
import { useMatrix } from '../matrix';
import { useSetSlide, useVoteResults, useWorkshopState } from '../workshop';
import { keyForControl, showAction, stepIndex } from './keys';
import { sharedSlide } from './share';
import { SlideCanvas } from './fit/SlideCanvas';
import { SlideView } from './SlideView';
import { useFullscreen, useShowHighContrast, useThemeOverride } from './useShowChrome';
import type { ShowSync } from './useShowSync';

interface ShowProps {
  slides: readonly Slide[];
  titles: ReadonlyMap<string, string>;
  catalog: Catalog;
  journeys: readonly Journey[];
  readOnly: boolean;
  sync: ShowSync;
  onExit: () => void;
}

const ALL: Lens = { kind: 'all' };

/** The presentation: one slide at a time, full screen, turned by keyboard or clicker. */
export function Show({ slides, titles, catalog, journeys, readOnly, sync, onExit }: ShowProps) {
  const { t } = useTranslation();
  const stageRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [highContrast, setHighContrast] = useShowHighContrast();
  useThemeOverride(highContrast);
  const { refused } = useFullscreen(onExit);
  const found = slides.findIndex((s) => s.id === sync.slideId);
  const index = found < 0 ? 0 : found;
  const slide = slides[index];
  const title = slide ? (titles.get(slide.id) ?? '') : '';

  const latest = useRef({ index, count: slides.length, slides, sync, onExit });
  useLayoutEffect(() => {
    latest.current = { index, count: slides.length, slides, sync, onExit };
  });

  useEffect(() => {
    stageRef.current?.focus({ preventScroll: true });
    function onKeyDown(event: KeyboardEvent) {
      const control = keyForControl(event.key, event.target instanceof Element ? event.target : null);
      if (event.key === 'Escape' && control) {
        // The first Esc leaves the grid (which may use it to drop its selection); the next leaves the show.
        stageRef.current?.focus({ preventScroll: true });
        return;
      }
      if (event.defaultPrevented) return;
      const action = showAction(event, control);
      if (!action) return;
      event.preventDefault();
      const { index: at, count, slides: list, sync: s, onExit: exit } = latest.current;
      const next = stepIndex(action, at, count);
      if (next === null) exit();
      else if (list[next]) s.go(list[next].id, true);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  usePublishToRoom(slide ?? null, title, catalog);

  const go = (delta: -1 | 1) => {
    const target = slides[Math.max(0, Math.min(slides.length - 1, index + delta))];
    if (target) sync.go(target.id, true);
  };
  return (
    <div className="present-show" role="region" aria-label={t('ui.present.show.region')}>
      <div ref={stageRef} className="present-show__stage" tabIndex={-1}>
        {slide ? (
          <SlideCanvas className="present-show__canvas">
            <SlideView key={slide.id} slide={slide} title={title} catalog={catalog} journeys={journeys} readOnly={readOnly} headingId={headingId} />
          </SlideCanvas>
        ) : (
          <p className="present-slide__lead">{t('ui.present.show.empty')}</p>
        )}
      </div>
      <div className="present-show__bar">
        <p className="present-show__counter" aria-live="polite" aria-atomic="true">
          {slide && t('ui.present.show.counter', { index: index + 1, count: slides.length, title })}
        </p>
        {refused && <p className="present-show__note">{t('ui.present.show.noFullscreen')}</p>}
        <label className="present-show__hc">
          <input type="checkbox" checked={highContrast} onChange={(e) => setHighContrast(e.target.checked)} />
          {t('ui.present.highContrast')}
        </label>
        <Button size="small" variant="ghost" icon="up" iconOnly label={t('ui.present.show.previous')} disabled={index === 0} onClick={() => go(-1)} />
        <Button size="small" variant="ghost" icon="down" iconOnly label={t('ui.present.show.next')} disabled={index >= slides.length - 1} onClick={() => go(1)} />
        <Button size="small" variant="ghost" icon="close" iconOnly label={t('ui.present.show.exit')} onClick={onExit} />
      </div>
    </div>
  );
}

/** While the workshop share is on, the room sees the slide on screen (as a table or text). */
function usePublishToRoom(slide: Slide | null, title: string, catalog: Catalog): void {
  const { t } = useTranslation();
  const workshop = useWorkshopState();
  const sharing = workshop.data?.sharing === true;
  const matrixParams = slide?.params.kind === 'matrix' ? slide.params : null;
  const cells = useMatrix(sharing && matrixParams ? matrixParams.scenarioId : null, matrixParams?.lens ?? ALL);
  const votes = useVoteResults(sharing && slide?.params.kind === 'votes' ? slide.params.voteId : null);
  const setSlide = useSetSlide();
  const publish = useRef(setSlide.mutate);
  useLayoutEffect(() => {
    publish.current = setSlide.mutate;
  });
  const shared = sharing && slide ? sharedSlide(t, slide, title, catalog, matrixParams ? (cells.data ?? null) : null, votes.data ?? null) : null;
  const payload = shared ? JSON.stringify(shared) : null;
  useEffect(() => {
    if (payload === null) return;
    publish.current({ slide: JSON.parse(payload) as ReturnType<typeof sharedSlide> });
  }, [payload]);
}
