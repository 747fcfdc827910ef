import type { ReactNode } from 'react';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import type { Slide } from '@shared/present/deck';
import { cx } from '../../components/classNames';
import { ChartSlide } from './slides/ChartSlide';
import { EconomicsSlide } from './slides/EconomicsSlide';
import { FindingsSlide } from './slides/FindingsSlide';
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
  /** A small copy (the presenter view's current and next): nothing in it takes focus or edits. */
  preview?: boolean;
  /** Id for the slide's heading, so the region around it can be named by it. */
  headingId?: string;
}

/** One slide: its title and what it shows, by kind. */
export function SlideView({ slide, title, catalog, journeys, readOnly, preview = false, headingId }: SlideViewProps) {
  const p = slide.params;
  const first = firstScenarioId(catalog);
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
    case 'findings':
      body = first && <FindingsSlide catalog={catalog} scenarioId={first} />;
      break;
    case 'journey':
      body = <JourneySlide catalog={catalog} journeyId={p.journeyId} readOnly={!editable} />;
      break;
    case 'economics':
      body = first && <EconomicsSlide catalog={catalog} scenarioId={first} />;
      break;
    case 'summary':
      body = <SummarySlide catalog={catalog} scenarioId={first} />;
      break;
    case 'text':
      body = <TextSlide body={p.body} />;
      break;
    case 'votes':
      body = <VotesSlide voteId={p.voteId} />;
      break;
  }
  return (
    <article className={cx('present-slide', `present-slide--${slide.kind}`, preview && 'present-slide--preview')} inert={preview}>
      {p.kind === 'title' ? (
        <h1 id={headingId} className="present-slide__title present-slide__title--big">{title}</h1>
      ) : (
        <h2 id={headingId} className="present-slide__title">{title}</h2>
      )}
      <div className="present-slide__body">{body}</div>
    </article>
  );
}
