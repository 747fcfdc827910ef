/**
 * The report's sections: one per visible slide of the presentation deck
 * (src/shared/present/deck.ts), in deck order, each with the scenario and
 * lens its slide shows and the slide's title. The title and summary slides
 * are the report's first page; the workshop's join slide is for the room only.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTS } from '@shared/analysis/charts/registry';
import { sameLens } from '@shared/domain/lens';
import type { Catalog } from '@shared/domain/types';
import { visibleSlides, type Slide, type SlideKind } from '@shared/present/deck';
import type { BlockBreak } from '@shared/report/paginate';
import { useJourneys } from '../journeys';
import { useDeck, slideTitle } from '../present';
import { ChangeSection } from './ReportChange';
import { ChartSection } from './ReportCharts';
import { EconomicsSection } from './ReportEconomics';
import { JourneySection } from './ReportJourney';
import { FindingsSection, MatrixSection, TextSection } from './ReportSections';
import { VoteSection } from './ReportVotes';

export interface ReportSection {
  id: string;
  kind: SlideKind;
  title: string;
  /** The first section opens a page; a new kind of section is a chapter; the same kind flows on. */
  breakBefore: BlockBreak;
  body: ReactNode;
}

const NOT_SECTIONS: ReadonlySet<SlideKind> = new Set(['title', 'summary', 'join']);

/** Whether the report already has the delta chart of this change (same scenarios, same lens): then the change section leaves it out. */
function hasDeltaChart(slides: readonly Slide[], change: Slide): boolean {
  const c = change.params;
  if (c.kind !== 'change') return false;
  return slides.some(
    ({ params: p }) => p.kind === 'chart' && CHARTS[p.chartId].compares && p.scenarioId === c.scenarioId && p.compareScenarioId === c.compareScenarioId && sameLens(p.lens, c.lens),
  );
}

function body(slide: Slide, catalog: Catalog, firstEconomics: boolean, deltaShown: boolean): ReactNode {
  const p = slide.params;
  switch (p.kind) {
    case 'matrix':
      return <MatrixSection catalog={catalog} scenarioId={p.scenarioId} lens={p.lens} />;
    case 'chart':
      return <ChartSection catalog={catalog} params={p} />;
    case 'change':
      return <ChangeSection catalog={catalog} params={p} chart={!deltaShown} />;
    case 'findings':
      return <FindingsSection catalog={catalog} scenarioId={p.scenarioId} lens={p.lens} />;
    case 'economics':
      return <EconomicsSection catalog={catalog} scenarioId={p.scenarioId} lens={p.lens} formulas={firstEconomics} />;
    case 'journey':
      return <JourneySection catalog={catalog} journeyId={p.journeyId} />;
    case 'votes':
      return <VoteSection voteId={p.voteId} />;
    case 'text':
      return <TextSection body={p.body} />;
    default:
      return null;
  }
}

export function useReportSections(catalog: Catalog, workspaceName: string): { sections: ReportSection[]; loading: boolean; error: unknown } {
  const { t } = useTranslation();
  const deck = useDeck();
  const journeys = useJourneys();
  if (!deck.data || !journeys.data) return { sections: [], loading: true, error: deck.error ?? journeys.error };
  const ctx = { t, catalog, journeys: journeys.data, workspaceName };
  // Without customer types the radar has nothing to draw: no section for it then.
  const noTypes = catalog.customerTypes.every((c) => c.hidden);
  const slides = visibleSlides(deck.data).filter((s) => !NOT_SECTIONS.has(s.kind) && !(noTypes && s.params.kind === 'chart' && CHARTS[s.params.chartId].needsCustomerTypes));
  const firstEconomics = slides.find((s) => s.kind === 'economics')?.id;
  const sections = slides.map(
    (slide, i): ReportSection => ({
      id: `report-section-${i + 1}`,
      kind: slide.kind,
      title: slideTitle(ctx, slide),
      breakBefore: i === 0 ? 'page' : slides[i - 1]!.kind !== slide.kind ? 'chapter' : 'auto',
      body: body(slide, catalog, slide.id === firstEconomics, hasDeltaChart(slides, slide)),
    }),
  );
  return { sections, loading: false, error: null };
}
