import type { frameworkTables } from '@shared/contract/framework';
import { queryKeys, type TableKeys } from '../../api/queryKeys';

const catalog = [queryKeys.ws.catalog(), queryKeys.ws.counts()];
/** Catalog rows the matrix shows as its rows, columns, scenarios or lenses stale the matrix too. */
const shapesMatrix = [...catalog, queryKeys.ws.matrixAll()];

/** What a change to the framework's tables makes stale. */
export const frameworkTableKeys: TableKeys<(typeof frameworkTables)[number]> = {
  phases: shapesMatrix,
  channels: shapesMatrix,
  typologies: shapesMatrix,
  // Contact preferences and dimension scores change the catalog but not the matrix.
  dimensions: catalog,
  customer_types: shapesMatrix,
  customer_type_dimensions: catalog,
  customer_type_channels: catalog,
  product_domains: shapesMatrix,
  scenarios: shapesMatrix,
};
