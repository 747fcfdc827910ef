import type { ReactNode } from 'react';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import type { Slide } from '@shared/present/deck';
import { cx } from '../../components/classNames';
import { ChartSurfaceContext } from '../charts';
import { ChangeSlide } from './slides/ChangeSlide';
import { ChartSlide } from './slides/ChartSlide';
import { EconomicsSlide } from './slides/EconomicsSlide';
import { FindingsSlide } from './slides/FindingsSlide';
import { JoinSlide } from './slides/JoinSlide';
import { JourneySlide } from './slides/JourneySlide';
import { MatrixSlide } from './slides/MatrixSlide';
import { SummarySlide, TextSlide, TitleSlide } from './slides/SimpleSlides';
import { VotesSlide } from './slides/VotesSlide';
import { firstScenarioId } from './titles';

export interface SlideViewProps {
  slide: Slide;
  title: string;
  catalog: Catalog;
  journeys: readonly Journey[];
  readOnly: boolean;
  /** A small copy (the presenter view's current and next, a thumbnail): nothing in it takes focus or edits. */
  preview?: boolean;
  /** Id for the slide's heading, so the region around it can be named by it. */
  headingId?: string;
}

/**
 * One slide: its title and what it shows, by kind, laid out on the page of a
 * SlideCanvas. Each kind draws its body through SlideBody, which fits it to the
 * page and says what it had to leave out.
 */
export function SlideView({ slide, title, catalog, journeys, readOnly, preview = false, headingId }: SlideViewProps) {
  const p = slide.params;
  const editable = !readOnly && !preview;
  let body: ReactNode = null;
  switch (p.kind) {
    case 'title':
      body = <TitleSlide catalog={catalog} journeys={journeys} />;
      break;
    case 'matrix':
      body = <MatrixSlide catalog={catalog} scenarioId={p.scenarioId} lens={p.lens} readOnly={!editable} />;
      break;
    case 'chart':
      body = <ChartSlide catalog={catalog} params={p} />;
      break;
    case 'change':
      body = <ChangeSlide catalog={catalog} params={p} />;
      break;
    case 'findings':
      body = <FindingsSlide catalog={catalog} scenarioId={p.scenarioId} lens={p.lens} />;
      break;
    case 'journey':
      body = <JourneySlide catalog={catalog} journeyId={p.journeyId} readOnly={!editable} />;
      break;
    case 'economics':
      body = <EconomicsSlide catalog={catalog} scenarioId={p.scenarioId} lens={p.lens} />;
      break;
    case 'summary':
      body = <SummarySlide catalog={catalog} scenarioId={firstScenarioId(catalog)} />;
      break;
    case 'text':
      body = <TextSlide body={p.body} />;
      break;
    case 'votes':
      body = <VotesSlide voteId={p.voteId} />;
      break;
    case 'join':
      body = <JoinSlide />;
      break;
  }
  return (
    <article className={cx('present-slide', `present-slide--${slide.kind}`, preview && 'present-slide--preview')} inert={preview}>
      {p.kind === 'title' ? (
        <h1 id={headingId} className="present-slide__title present-slide__title--big">{title}</h1>
      ) : (
        <h2 id={headingId} className="present-slide__title">{title}</h2>
      )}
      <ChartSurfaceContext.Provider value="slide">{body}</ChartSurfaceContext.Provider>
    </article>
  );
}
