/** Pure helpers over the catalog: which list a kind lives in, order, and where a move lands. */
import type { Catalog, CatalogItem, CatalogItemOf, CatalogKind } from '@shared/domain/types';

export const CATALOG_FIELDS = {
  phase: 'phases',
  channel: 'channels',
  customerType: 'customerTypes',
  typology: 'typologies',
  productDomain: 'productDomains',
  scenario: 'scenarios',
} as const satisfies Record<CatalogKind, keyof Catalog>;

/** The order the framework page shows the lists in. */
export const FRAMEWORK_KINDS = ['phase', 'channel', 'customerType', 'typology', 'productDomain', 'scenario'] as const satisfies readonly CatalogKind[];

export function itemsOf<K extends CatalogKind>(catalog: Catalog, kind: K): CatalogItemOf<K>[] {
  return catalog[CATALOG_FIELDS[kind]] as CatalogItemOf<K>[];
}

/**
 * Fractional-index positions sort as plain strings (code-unit order), never
 * with localeCompare, which would reorder "a0" and "Zz" by locale rules. The
 * id breaks ties so the order is stable.
 */
export function comparePositions(a: Pick<CatalogItem, 'position' | 'id'>, b: Pick<CatalogItem, 'position' | 'id'>): number {
  if (a.position !== b.position) return a.position < b.position ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export function sortByPosition<T extends Pick<CatalogItem, 'position' | 'id'>>(items: readonly T[]): T[] {
  return [...items].sort(comparePositions);
}

export type MoveDirection = 'up' | 'down';

/**
 * The `afterId` for `catalog.move` that puts the item one place up or down in
 * the sorted list: the id of the item that will precede it, or null for the
 * first place. `undefined` when it cannot move that way.
 */
export function moveTarget(
  sorted: readonly Pick<CatalogItem, 'id'>[],
  id: string,
  direction: MoveDirection,
): string | null | undefined {
  const index = sorted.findIndex((item) => item.id === id);
  if (index < 0) return undefined;
  if (direction === 'up') {
    if (index === 0) return undefined;
    return index === 1 ? null : sorted[index - 2]!.id;
  }
  if (index === sorted.length - 1) return undefined;
  return sorted[index + 1]!.id;
}

/** Where focus goes after deleting the item at `index`: the next item, else the previous, else nothing. */
export function neighbourAfterDelete(sorted: readonly Pick<CatalogItem, 'id'>[], id: string): string | null {
  const index = sorted.findIndex((item) => item.id === id);
  if (index < 0) return null;
  return sorted[index + 1]?.id ?? sorted[index - 1]?.id ?? null;
}
