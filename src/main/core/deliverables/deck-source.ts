import type { TFunction } from 'i18next';
import { sortFindings, type Finding } from '@shared/analysis/findings';
import { visibleSorted } from '@shared/analysis/charts/cells';
import type { Catalog, Lang, Lens } from '@shared/domain/types';
import { visibleSlides, type Deck, type SlideParams } from '@shared/present/deck';
import { isTargeted } from '@shared/present/slide-keys';
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

/** Names shown before "and N more" in a sentence, as the Findings page does. */
const LIST_MAX = 5;

/** A finding as a sentence: long lists cut short, lists and numbers written the way the language writes them. */
export function findingSentence(t: TFunction, lang: Lang, finding: Finding): string {
  const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(finding.message.params)) {
    if (Array.isArray(value)) {
      const shown = value.length > LIST_MAX + 1 ? [...value.slice(0, LIST_MAX), t('ui.findings.more', { count: value.length - LIST_MAX })] : value;
      params[key] = list.format(shown);
    } else if (typeof value === 'number' && !(Number.isInteger(value) && value >= 0)) {
      // Counts stay numbers (they pick the plural); a fraction or a negative gets a decimal mark and a real minus.
      params[key] = number.format(value).replace('-', '\u2212');
    } else params[key] = value;
  }
  return t(`ui.findings.messages.${finding.message.key}`, params);
}

const LENS_LISTS = { customerType: 'customerTypes', typology: 'typologies', productDomain: 'productDomains' } as const;

/** "All customers", "Customer type Young families", or for a journey finding the journey and its lens. */
export function findingScope(t: TFunction, catalog: Pick<Catalog, 'customerTypes' | 'typologies' | 'productDomains'>, finding: Finding): string {
  const { lens } = finding;
  const scope = lens.kind === 'all' ? t('ui.findings.scope.all') : t(`ui.findings.scope.${lens.kind}`, { name: catalog[LENS_LISTS[lens.kind]].find((i) => i.id === lens.id)?.name ?? '' });
  return finding.journey ? t('ui.findings.scope.journey', { name: finding.journey.name, lens: scope }) : scope;
}
