import { journeyLens, liveLensIds } from '@shared/analysis/journeys';
import type { Journey } from '@shared/domain/journeys';
import type { Catalog, Lens } from '@shared/domain/types';
import { lensName } from '../matrix';

/** The lens a journey reads the matrix through, in this catalog (a deleted lens item falls back). */
export function lensOf(catalog: Catalog, journey: Journey): Lens {
  return journeyLens(journey, liveLensIds(catalog));
}

/** "Scenario · lens" facts of a journey for lists and headings. */
export function journeyFacts(catalog: Catalog, journey: Journey, allName: string): { scenario: string; lens: string } {
  return {
    scenario: catalog.scenarios.find((s) => s.id === journey.scenarioId)?.name ?? '',
    lens: lensName(catalog, lensOf(catalog, journey), allName),
  };
}
