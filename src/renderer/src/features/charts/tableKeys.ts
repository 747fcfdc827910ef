import type { MethodInput } from '@shared/api';
import type { ReadsTables } from '../../api/queryKeys';

/** Under ['ws', ...], so closing or switching the workspace drops them. */
export const chartsKeys = {
  all: () => ['ws', 'charts'] as const,
  data: (request: MethodInput<'charts.data'>) => ['ws', 'charts', request] as const,
};

/**
 * The charts area owns no tables: its data (charts.data) is computed from the
 * matrix's cells and the framework's phases, channels, customer types (their
 * shares, typologies and refused channels), typologies, product domains (the
 * lenses) and scenarios (the delta's names). A change to any of them stales
 * every chart.
 */
const charts = [chartsKeys.all()];
export const chartsReadsTables: ReadsTables = {
  matrix_cells: charts,
  phases: charts,
  channels: charts,
  typologies: charts,
  customer_types: charts,
  customer_type_channels: charts,
  product_domains: charts,
  scenarios: charts,
};
