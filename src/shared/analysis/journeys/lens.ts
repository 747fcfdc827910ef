/**
 * The lens a journey reads the matrix through: its customer type if it has a
 * live one, else its typology, else its product domain, else all customers.
 * The most specific choice wins because effectiveMatrix already lets a
 * specific lens inherit from "all customers" where it sets nothing itself. A
 * lens item that was deleted is skipped, so the journey falls back to the next
 * (and back again when the deletion is undone).
 */
import type { Journey } from '../../domain/journeys';
import type { Lens } from '../../domain/types';

export interface LiveLensIds {
  customerTypes: ReadonlySet<string>;
  typologies: ReadonlySet<string>;
  productDomains: ReadonlySet<string>;
}

export function journeyLens(
  journey: Pick<Journey, 'customerTypeId' | 'typologyId' | 'productDomainId'>,
  live: LiveLensIds,
): Lens {
  if (journey.customerTypeId && live.customerTypes.has(journey.customerTypeId)) return { kind: 'customerType', id: journey.customerTypeId };
  if (journey.typologyId && live.typologies.has(journey.typologyId)) return { kind: 'typology', id: journey.typologyId };
  if (journey.productDomainId && live.productDomains.has(journey.productDomainId)) return { kind: 'productDomain', id: journey.productDomainId };
  return { kind: 'all' };
}

/** The live ids of a catalog's lens lists, for journeyLens. */
export function liveLensIds(catalog: {
  customerTypes: readonly { id: string }[];
  typologies: readonly { id: string }[];
  productDomains: readonly { id: string }[];
}): LiveLensIds {
  const ids = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id));
  return { customerTypes: ids(catalog.customerTypes), typologies: ids(catalog.typologies), productDomains: ids(catalog.productDomains) };
}
