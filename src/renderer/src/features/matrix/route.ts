/**
 * The matrix's view in the URL hash (#/matrix?scenario=..&lens=typology:ID..),
 * so a reload, a bookmark or Back shows the same scenario, lens and layout.
 */
import type { Catalog, Lens } from '@shared/domain/types';
import { isGroupBy, type GroupBy } from './layout';

export type CompareMode = 'side' | 'diff';

export interface MatrixRoute {
  scenario: string | null;
  lens: Lens;
  /** The scenario compared with; null: no comparison. */
  compare: string | null;
  mode: CompareMode;
  transposed: boolean;
  groupBy: GroupBy;
}

const LENS_KINDS = ['customerType', 'typology', 'productDomain'] as const;

export function lensToParam(lens: Lens): string {
  return lens.kind === 'all' ? 'all' : `${lens.kind}:${lens.id}`;
}

export function lensFromParam(value: string | null): Lens {
  if (!value) return { kind: 'all' };
  const at = value.indexOf(':');
  const kind = value.slice(0, at);
  const id = value.slice(at + 1);
  const lensKind = LENS_KINDS.find((k) => k === kind);
  return at > 0 && lensKind && id !== '' ? { kind: lensKind, id } : { kind: 'all' };
}

export function parseMatrixHash(hash: string): MatrixRoute {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const groupBy = params.get('group');
  return {
    scenario: params.get('scenario') || null,
    lens: lensFromParam(params.get('lens')),
    compare: params.get('compare') || null,
    mode: params.get('mode') === 'side' ? 'side' : 'diff',
    transposed: params.get('transposed') === '1',
    groupBy: isGroupBy(groupBy) ? groupBy : 'none',
  };
}

export function formatMatrixHash(route: MatrixRoute): string {
  const params = new URLSearchParams();
  if (route.scenario) params.set('scenario', route.scenario);
  if (route.lens.kind !== 'all') params.set('lens', lensToParam(route.lens));
  if (route.compare) {
    params.set('compare', route.compare);
    params.set('mode', route.mode);
  }
  if (route.transposed) params.set('transposed', '1');
  if (route.groupBy !== 'none') params.set('group', route.groupBy);
  const query = params.toString();
  return query ? `#/matrix?${query}` : '#/matrix';
}

const LENS_FIELDS = { customerType: 'customerTypes', typology: 'typologies', productDomain: 'productDomains' } as const;

/** The route with ids that no longer exist replaced: the first scenario, "all customers", no comparison. */
export function resolveRoute(route: MatrixRoute, catalog: Pick<Catalog, 'scenarios' | 'customerTypes' | 'typologies' | 'productDomains'>, sortedScenarioIds: readonly string[]): MatrixRoute {
  const scenario = route.scenario && sortedScenarioIds.includes(route.scenario) ? route.scenario : (sortedScenarioIds[0] ?? null);
  const lens: Lens =
    route.lens.kind === 'all'
      ? route.lens
      : catalog[LENS_FIELDS[route.lens.kind]].some((item) => item.id === (route.lens as { id: string }).id)
        ? route.lens
        : { kind: 'all' };
  const compare = route.compare && route.compare !== scenario && sortedScenarioIds.includes(route.compare) ? route.compare : null;
  return { ...route, scenario, lens, compare };
}
