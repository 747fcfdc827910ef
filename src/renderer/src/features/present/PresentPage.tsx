import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import { visibleSlides, type Deck, type Slide } from '@shared/present/deck';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { useJourneys } from '../journeys';
import type { PageProps } from '../workspace';
import { AddSlideDialog } from './AddSlideDialog';
import { useAddSlide, useAddTextSlide } from './mutations';
import { PresenterView } from './PresenterView';
import { useCatalog, useDeck } from './queries';
import { PRESENTER_HASH, showHash, SORTER_HASH, startSlide } from './route';
import { Show } from './Show';
import { SlideSorter } from './SlideSorter';
import { TextSlideDialog } from './TextSlideDialog';
import { slideTitle } from './titles';
import { usePresentRoute } from './usePresentRoute';
import { useShowSync } from './useShowSync';
import './present.css';

interface Loaded {
  deck: Deck;
  catalog: Catalog;
  journeys: Journey[];
  titles: ReadonlyMap<string, string>;
  readOnly: boolean;
}

/** Present: the slide sorter, the show (#/present/show) and the presenter view (#/present/presenter). */
export function PresentPage({ workspace }: PageProps) {
  const { t } = useTranslation();
  const route = usePresentRoute();
  const deck = useDeck();
  const catalog = useCatalog();
  const journeys = useJourneys();
  const titles = useMemo(() => {
    if (!deck.data || !catalog.data || !journeys.data) return null;
    const ctx = { t, catalog: catalog.data, journeys: journeys.data, workspaceName: workspace.name };
    return new Map(deck.data.map((slide) => [slide.id, slideTitle(ctx, slide)]));
  }, [t, deck.data, catalog.data, journeys.data, workspace.name]);
  const error = deck.error ?? catalog.error ?? journeys.error;
  if (error) return <div className="page"><Alert tone="error">{describeError(t, error)}</Alert></div>;
  if (!deck.data || !catalog.data || !journeys.data || !titles) {
    return <div className="page"><p className="muted">{t('ui.present.loading')}</p></div>;
  }
  const loaded: Loaded = { deck: deck.data, catalog: catalog.data, journeys: journeys.data, titles, readOnly: workspace.readOnly };
  if (route.view === 'show') return <ShowHost loaded={loaded} start={route.start} />;
  if (route.view === 'presenter') return <PresenterHost loaded={loaded} />;
  return <SorterPage loaded={loaded} />;
}

function ShowHost({ loaded, start }: { loaded: Loaded; start: string | null }) {
  const sync = useShowSync();
  const slides = useMemo(() => visibleSlides(loaded.deck), [loaded.deck]);
  const resumed = useRef(false);
  useEffect(() => {
    const ids = slides.map((s) => s.id);
    if (start === null) {
      // A reload mid-show stays where it was; otherwise the show begins at the first slide. Once.
      if (resumed.current || !sync.loaded) return;
      resumed.current = true;
      if (!sync.presenting) sync.go(startSlide(null, ids, sync.slideId), true);
      return;
    }
    // An explicit start (F5, Shift+F5, "Start from here") is obeyed even while the show is up:
    // F5 pressed right after Esc can reach this show before it has unmounted.
    if (start === 'current' && !sync.loaded) return;
    resumed.current = true;
    sync.go(startSlide(start, ids, sync.slideId), true);
    // The start is taken: a reload now continues the show instead of starting it over.
    window.history.replaceState(null, '', '#/present/show');
  }, [start, sync, slides]);
  const exit = () => {
    sync.go(sync.slideId, false);
    window.location.hash = SORTER_HASH;
  };
  return <Show slides={slides} titles={loaded.titles} catalog={loaded.catalog} journeys={loaded.journeys} readOnly={loaded.readOnly} sync={sync} onExit={exit} />;
}

function PresenterHost({ loaded }: { loaded: Loaded }) {
  const sync = useShowSync();
  const slides = useMemo(() => visibleSlides(loaded.deck), [loaded.deck]);
  return <PresenterView slides={slides} titles={loaded.titles} catalog={loaded.catalog} journeys={loaded.journeys} sync={sync} />;
}

/** Opens the presenter view in a second window; the browser (or the desktop shell) decides which screen. */
export function openPresenterView(): Window | null {
  const url = `${window.location.pathname}${window.location.search}${PRESENTER_HASH}`;
  return window.open(url, 'channelwise-presenter', 'popup=yes,width=1280,height=800');
}

function SorterPage({ loaded }: { loaded: Loaded }) {
  const { t } = useTranslation();
  const notices = useNotices();
  const add = useAddTextSlide();
  const addSlide = useAddSlide();
  const [adding, setAdding] = useState<'text' | 'slide' | null>(null);
  const start = (slide: Slide | 'first') => {
    window.location.hash = showHash(slide === 'first' ? 'first' : slide.id);
  };
  const presenter = () => {
    if (!openPresenterView()) notices.showError(t('ui.present.presenter.blocked'));
  };
  return (
    <div className="page present-page">
      <div className="present-page__head">
        <h1 className="page__title">{t('ui.present.title')}</h1>
        <div className="present-page__actions">
          <Button variant="primary" onClick={() => start('first')} disabled={visibleSlides(loaded.deck).length === 0}>
            {t('ui.present.start')}
          </Button>
          <Button onClick={presenter}>{t('ui.present.presenterView')}</Button>
          {!loaded.readOnly && (
            <>
              <Button icon="plus" onClick={() => setAdding('text')}>
                {t('ui.present.addText')}
              </Button>
              <Button icon="plus" onClick={() => setAdding('slide')}>
                {t('ui.present.addSlide')}
              </Button>
            </>
          )}
        </div>
      </div>
      <p className="page__intro">{t('ui.present.intro')}</p>
      <p className="muted">{t('ui.present.startHint')}</p>
      <SlideSorter deck={loaded.deck} titles={loaded.titles} catalog={loaded.catalog} journeys={loaded.journeys} readOnly={loaded.readOnly} onStartAt={start} />
      {adding === 'text' && (
        <TextSlideDialog
          mode="add"
          initial={{ title: '', body: '', notes: '' }}
          onSave={(values) => add.mutateAsync({ ...values, afterId: null })}
          onClose={() => setAdding(null)}
        />
      )}
      {adding === 'slide' && (
        <AddSlideDialog
          catalog={loaded.catalog}
          // A matrix goes right after the same scenario's matrix for all customers, where it is looked for; the rest at the end.
          onSave={(params) => addSlide.mutateAsync({ params, afterId: params.kind === 'matrix' ? `matrix:${params.scenarioId}:all` : null })}
          onClose={() => setAdding(null)}
        />
      )}
    </div>
  );
}
