/**
 * The Charts page's view in the URL hash
 * (#/charts?scenario=..&lens=..&from=..&to=..&types=a,b), so leaving the page
 * and coming back, a reload or a bookmark shows the same charts.
 */
import type { Lens } from '@shared/domain/types';
import { lensFromKey, lensKey } from '@shared/domain/lens';

export interface ChartsRoute {
  /** null: the first scenario. */
  scenario: string | null;
  lens: Lens;
  /** The scenario delta's pair; null: the default pair. */
  pair: { from: string; to: string } | null;
  /** The customer types laid over each other in the radar; null: the default choice. */
  types: string[] | null;
}

export function parseChartsHash(hash: string): ChartsRoute {
  const params = new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
  const from = params.get('from');
  const to = params.get('to');
  const types = params.get('types');
  return {
    scenario: params.get('scenario') || null,
    lens: lensFromKey(params.get('lens')),
    pair: from && to && from !== to ? { from, to } : null,
    types: types === null ? null : types.split(',').filter(Boolean),
  };
}

export function formatChartsHash(route: ChartsRoute): string {
  const params = new URLSearchParams();
  if (route.scenario) params.set('scenario', route.scenario);
  if (route.lens.kind !== 'all') params.set('lens', lensKey(route.lens));
  if (route.pair) {
    params.set('from', route.pair.from);
    params.set('to', route.pair.to);
  }
  if (route.types) params.set('types', route.types.join(','));
  const query = params.toString();
  return query ? `#/charts?${query}` : '#/charts';
}
