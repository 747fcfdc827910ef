/** The workspace's catalog (phases, channels, customer types, ...) and the order of its items. */
export { useCatalog } from './queries';
export { CATALOG_FIELDS, comparePositions, itemsOf, sortByPosition } from './catalog';
