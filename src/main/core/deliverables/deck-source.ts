import type { TFunction } from 'i18next';
import { computeFindings, sortFindings, type Finding } from '@shared/analysis/findings';
import type { Catalog, Lang } from '@shared/domain/types';
import { buildDefaultDeck, visibleSlides, type Deck } from '@shared/present/deck';
import type { Workspace } from '../workspace';

/**
 * The deck a deliverable exports: only visible slides, in deck order. Until
 * the core stores the facilitator's deck, that is the deck the workspace
 * suggests (the same one present mode starts from).
 */
export function exportDeck(ws: Workspace): Deck {
  return visibleSlides(buildDefaultDeck({ catalog: ws.catalogRepo.catalog(), journeys: ws.journeys.list() }));
}

/** The findings of the first visible scenario, most important first. */
export function firstScenarioFindings(ws: Workspace, catalog: Catalog): { scenarioId: string; findings: Finding[] } | null {
  const scenario = catalog.scenarios.find((s) => !s.hidden);
  if (!scenario) return null;
  const findings = computeFindings({
    catalog,
    scenarioId: scenario.id,
    cells: ws.matrix.scenarioCells(scenario.id),
    thresholds: ws.findings.getThresholds().values,
  });
  return { scenarioId: scenario.id, findings: sortFindings(findings) };
}

/** A finding as a sentence, lists joined the way the language joins them. */
export function findingSentence(t: TFunction, lang: Lang, finding: Finding): string {
  const params: Record<string, string | number> = {};
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  for (const [key, value] of Object.entries(finding.message.params)) params[key] = Array.isArray(value) ? list.format(value) : value;
  return t(`ui.findings.messages.${finding.message.key}`, params);
}
