import { sortFindings, type Finding } from '@shared/analysis/findings';
import { visibleSorted } from '@shared/analysis/charts/cells';
import type { Catalog, Lens } from '@shared/domain/types';
import { visibleSlides, type Deck, type SlideParams } from '@shared/present/deck';
import { isTargeted } from '@shared/present/slide-keys';
import { scenarioFindings } from '../services/scenario-findings';
import type { Workspace } from '../workspace';

/**
 * The deck a deliverable exports: the facilitator's saved deck merged with
 * what the workspace suggests (present mode shows the same), visible slides
 * only, in deck order, with their notes and text slides.
 */
export function exportDeck(ws: Workspace): Deck {
  return visibleSlides(ws.deck.deck());
}

export interface SlideSubject {
  scenarioId: string;
  lens: Lens;
  compareScenarioId: string | null;
}

/**
 * The scenario and lens a slide shows: its own when it is about a scenario,
 * else the first visible scenario for all customers (the summary). Null when
 * the workspace has no visible scenario.
 */
export function slideSubject(params: SlideParams, catalog: Pick<Catalog, 'scenarios'>): SlideSubject | null {
  if (isTargeted(params)) {
    return { scenarioId: params.scenarioId, lens: params.lens, compareScenarioId: 'compareScenarioId' in params ? params.compareScenarioId : null };
  }
  const first = visibleSorted(catalog.scenarios)[0];
  return first ? { scenarioId: first.id, lens: { kind: 'all' }, compareScenarioId: null } : null;
}

/** The findings of the first visible scenario, most important first (as present mode shows them). */
export function firstScenarioFindings(ws: Workspace, catalog: Catalog): { scenarioId: string; findings: Finding[] } | null {
  const scenario = visibleSorted(catalog.scenarios)[0];
  if (!scenario) return null;
  return { scenarioId: scenario.id, findings: sortFindings(scenarioFindings(ws, catalog, scenario.id)) };
}

export { lensFindings } from '@shared/analysis/findings/lens-findings';

