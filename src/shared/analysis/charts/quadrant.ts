import type { Catalog, Certainty, SearchBehaviour } from '../../domain/types';
import { argMax, percent, pick, roleGrid, sum, visibleChannels, visiblePhases, visibleSorted, type AxisItem, type CellIndex } from './cells';
import { reading, type Reading } from './reading';

export interface LeadChannel extends AxisItem {
  /** Names of the phases this channel leads (role 3) in the typology's lens. */
  phases: string[];
}

export interface QuadrantPoint extends AxisItem {
  behaviour: SearchBehaviour;
  certainty: Certainty;
  /** Share of the customer base (percent) of the customer types linked to this typology. */
  share: number;
  typeCount: number;
  /** Channels that lead at least one phase, most phases first. */
  leads: LeadChannel[];
}

export interface QuadrantData {
  points: QuadrantPoint[];
  /** Typologies without search behaviour or certainty: they cannot be placed. */
  unplaced: AxisItem[];
  /** How the share was measured: the types' share of the customer base, or (none set) their number. */
  basis: 'share' | 'count';
  reading: Reading;
}

/** The search typologies on structured/unstructured x certain/uncertain, sized by the customer types linked to them. */
export function quadrantData(catalog: Pick<Catalog, 'phases' | 'channels' | 'customerTypes' | 'typologies'>, index: CellIndex): QuadrantData {
  const phases = visiblePhases(catalog).map(pick);
  const channels = visibleChannels(catalog).map(pick);
  const types = visibleSorted(catalog.customerTypes);
  const basis = types.some((type) => (type.share ?? 0) > 0) ? 'share' : 'count';
  const weightOf = (type: (typeof types)[number]) => (basis === 'share' ? (type.share ?? 0) : 1);
  const whole = sum(types.map(weightOf));
  const points: QuadrantPoint[] = [];
  const unplaced: AxisItem[] = [];
  for (const typology of visibleSorted(catalog.typologies)) {
    if (!typology.searchBehaviour || !typology.certainty) {
      unplaced.push(pick(typology));
      continue;
    }
    const linked = types.filter((type) => type.typologyId === typology.id);
    points.push({
      ...pick(typology),
      behaviour: typology.searchBehaviour,
      certainty: typology.certainty,
      share: percent(sum(linked.map(weightOf)), whole),
      typeCount: linked.length,
      leads: leadChannels(roleGrid(index, { kind: 'typology', id: typology.id }, phases, channels), phases, channels),
    });
  }
  return { points, unplaced, basis, reading: readQuadrant(points, unplaced) };
}

function leadChannels(roles: (number | null)[][], phases: AxisItem[], channels: AxisItem[]): LeadChannel[] {
  return channels
    .map((channel, c) => ({ ...channel, phases: phases.filter((_, p) => roles[p]![c] === 3).map((phase) => phase.name), c }))
    .filter((lead) => lead.phases.length > 0)
    .sort((a, b) => b.phases.length - a.phases.length || a.c - b.c)
    .map(({ id, name, phases: led }) => ({ id, name, phases: led }));
}

function readQuadrant(points: QuadrantPoint[], unplaced: AxisItem[]): Reading {
  if (points.length === 0) return unplaced.length > 0 ? reading('quadrant.unplaced', { count: unplaced.length }) : reading('quadrant.none');
  if (points.every((point) => point.typeCount === 0)) return reading('quadrant.noTypes');
  const top = points[argMax(points.map((point) => point.share))]!;
  if (top.leads.length === 0) return reading('quadrant.summaryNoLeads', { typology: top.name, percent: top.share });
  return reading('quadrant.summary', { typology: top.name, percent: top.share, channels: top.leads.slice(0, 2).map((lead) => lead.name).join(', ') });
}
