/**
 * The matrix's view in the URL hash (#/matrix?scenario=..&lens=typology:ID..),
 * so a reload, a bookmark or Back shows the same scenario, lens and layout.
 */
import { lensFromKey, lensKey } from '@shared/domain/lens';
import type { Catalog, Lens } from '@shared/domain/types';
import { isGroupBy, type GroupBy, type MatrixLayout } from './layout';
import type { Pos } from './selection';

export type CompareMode = 'side' | 'diff';

export interface MatrixRoute {
  scenario: string | null;
  lens: Lens;
  /** The scenario compared with; null: no comparison. */
  compare: string | null;
  mode: CompareMode;
  transposed: boolean;
  groupBy: GroupBy;
  /** A cell to select and focus once the grid shows (a link from a finding); the page then drops it. */
  cell?: CellRef | null;
}

export interface CellRef {
  phaseId: string;
  channelId: string;
}

/** `cell=<phaseId>:<channelId>`; anything else is no cell. */
export function cellFromParam(value: string | null): CellRef | null {
  const at = value?.indexOf(':') ?? -1;
  if (!value || at <= 0 || at === value.length - 1) return null;
  return { phaseId: value.slice(0, at), channelId: value.slice(at + 1) };
}

/** Where a cell sits in the grid as laid out (either way round); null when it is not shown. */
export function cellPos(layout: MatrixLayout, cell: CellRef): Pos | null {
  const idOn = (kind: 'phase' | 'channel') => (kind === 'phase' ? cell.phaseId : cell.channelId);
  const r = layout.rows.items.findIndex((item) => item.id === idOn(layout.rows.kind));
  const c = layout.cols.items.findIndex((item) => item.id === idOn(layout.cols.kind));
  return r >= 0 && c >= 0 ? { r, c } : null;
}

export function parseMatrixHash(hash: string): MatrixRoute {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const groupBy = params.get('group');
  const cell = cellFromParam(params.get('cell'));
  return {
    ...(cell ? { cell } : {}),
    scenario: params.get('scenario') || null,
    lens: lensFromKey(params.get('lens')),
    compare: params.get('compare') || null,
    mode: params.get('mode') === 'side' ? 'side' : 'diff',
    transposed: params.get('transposed') === '1',
    groupBy: isGroupBy(groupBy) ? groupBy : 'none',
  };
}

export function formatMatrixHash(route: MatrixRoute): string {
  const params = new URLSearchParams();
  if (route.scenario) params.set('scenario', route.scenario);
  if (route.lens.kind !== 'all') params.set('lens', lensKey(route.lens));
  if (route.compare) {
    params.set('compare', route.compare);
    params.set('mode', route.mode);
  }
  if (route.transposed) params.set('transposed', '1');
  if (route.groupBy !== 'none') params.set('group', route.groupBy);
  if (route.cell) params.set('cell', `${route.cell.phaseId}:${route.cell.channelId}`);
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
