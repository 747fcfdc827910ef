import type { TFunction } from 'i18next';
import { sortFindings, type Finding } from '@shared/analysis/findings';
import type { Catalog, Lang } from '@shared/domain/types';
import { visibleSlides, type Deck } from '@shared/present/deck';
import { deckServiceOf } from '../services/deck-service';
import { scenarioFindings } from '../services/scenario-findings';
import type { Workspace } from '../workspace';

/**
 * The deck a deliverable exports: the facilitator's saved deck merged with
 * what the workspace suggests (present mode shows the same), visible slides
 * only, in deck order, with their notes and text slides.
 */
export function exportDeck(ws: Workspace): Deck {
  return visibleSlides(deckServiceOf(ws).deck());
}

/** The findings of the first visible scenario, most important first (as present mode shows them). */
export function firstScenarioFindings(ws: Workspace, catalog: Catalog): { scenarioId: string; findings: Finding[] } | null {
  const scenario = catalog.scenarios.find((s) => !s.hidden);
  if (!scenario) return null;
  return { scenarioId: scenario.id, findings: sortFindings(scenarioFindings(ws, catalog, scenario.id)) };
}

/** A finding as a sentence, lists joined the way the language joins them. */
export function findingSentence(t: TFunction, lang: Lang, finding: Finding): string {
  const params: Record<string, string | number> = {};
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  for (const [key, value] of Object.entries(finding.message.params)) params[key] = Array.isArray(value) ? list.format(value) : value;
  return t(`ui.findings.messages.${finding.message.key}`, params);
}
