/** Small catalogs and cells for the chart functions' tests. */
import type { Catalog, Channel, CustomerType, Lens, MatrixCell, Phase, Role, Typology } from '../../domain/types';

const base = (id: string, position: string) => ({ id, key: null, name: id.toUpperCase(), description: '', position, hidden: false });

export const phase = (id: string, position: string, extra: Partial<Phase> = {}): Phase => ({ ...base(id, position), kind: 'phase', digitalRole: '', ...extra });

export const channel = (id: string, position: string, extra: Partial<Channel> = {}): Channel => ({
  ...base(id, position),
  kind: 'channel',
  online: false,
  personal: false,
  dialogue: false,
  costPerContact: null,
  reach: null,
  costGroup: null,
  color: null,
  icon: null,
  ...extra,
});

export const customerType = (id: string, position: string, extra: Partial<CustomerType> = {}): CustomerType => ({
  ...base(id, position),
  kind: 'customerType',
  share: null,
  value: null,
  color: null,
  picture: null,
  typologyId: null,
  dimensions: {},
  preferredChannelIds: [],
  refusedChannelIds: [],
  ...extra,
});

export const typology = (id: string, position: string, extra: Partial<Typology> = {}): Typology => ({
  ...base(id, position),
  kind: 'typology',
  searchBehaviour: null,
  certainty: null,
  searchIntensity: null,
  preferredSources: '',
  ...extra,
});

export type ChartCatalog = Pick<Catalog, 'phases' | 'channels' | 'customerTypes' | 'typologies'>;

export const catalogOf = (parts: Partial<ChartCatalog>): ChartCatalog => ({ phases: [], channels: [], customerTypes: [], typologies: [], ...parts });

export const cell = (phaseId: string, channelId: string, role: Role | null, lens: Lens = { kind: 'all' }): MatrixCell => ({
  id: `${phaseId}|${channelId}|${lens.kind === 'all' ? 'all' : lens.id}`,
  scenarioId: 's1',
  phaseId,
  channelId,
  lens,
  role,
  note: '',
  evidence: null,
});

/** Cells from rows of roles: grid[p][c] for phases p1.. and channels c1..; undefined leaves the cell unset. */
export function cellsFromGrid(grid: readonly (readonly (Role | null | undefined)[])[], lens: Lens = { kind: 'all' }): MatrixCell[] {
  return grid.flatMap((row, p) => row.flatMap((role, c) => (role === undefined ? [] : [cell(`p${p + 1}`, `c${c + 1}`, role, lens)])));
}

/** Phases p1..pN and channels c1..cM in order (positions a0, a1, ...). */
export function axes(phaseCount: number, channelCount: number, channelExtra: (i: number) => Partial<Channel> = () => ({})) {
  return {
    phases: Array.from({ length: phaseCount }, (_, i) => phase(`p${i + 1}`, `a${String(i).padStart(2, '0')}`)),
    channels: Array.from({ length: channelCount }, (_, i) => channel(`c${i + 1}`, `a${String(i).padStart(2, '0')}`, channelExtra(i))),
  };
}
