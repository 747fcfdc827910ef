/**
 * The key figures on the report's first page: per visible scenario, what one
 * customer journey costs to serve (all customers) and how that changes from
 * the first scenario, how many channels take a role and how many lead
 * somewhere; and the most important findings, most severe first.
 */
import { visibleChannels, visiblePhases } from '../analysis/charts/cells';
import { journeyCost } from '../analysis/economics/journey-cost';
import type { EconomicsData } from '../analysis/economics/types';
import { sortFindings } from '../analysis/findings';
import type { Finding } from '../analysis/findings/types';
import { effectiveMatrix } from '../analysis/matrix';
import type { Catalog, ScenarioCell } from '../domain/types';

const ALL = { kind: 'all' } as const;
const LEAD = 3;

export interface ScenarioInput {
  scenarioId: string;
  name: string;
  /** matrix.scenarioCells: the scenario's cells in every lens. */
  cells: readonly ScenarioCell[];
  economics: Pick<EconomicsData, 'roleContacts' | 'overrides'>;
}

export interface ScenarioFigures {
  scenarioId: string;
  name: string;
  /** Cost to serve one customer journey, all customers. */
  cost: number;
  /** Expected contacts in that journey. */
  contacts: number;
  /** Against the first scenario; null for the first itself. */
  costChange: number | null;
  /** The same change in percent of the first scenario's cost; null for the first, or when that cost is 0. */
  costChangePercent: number | null;
  /** Names of channels with contacts but no cost per contact (left out of the cost). */
  missingCost: string[];
  /** Channels with a role in at least one phase. */
  activeChannels: number;
  /** Channels that lead in at least one phase. */
  leadChannels: number;
}

export function scenarioFigures(catalog: Pick<Catalog, 'phases' | 'channels'>, scenarios: readonly ScenarioInput[]): ScenarioFigures[] {
  const phases = visiblePhases(catalog);
  const channels = visibleChannels(catalog);
  let base: number | null = null;
  return scenarios.map((s, i) => {
    const cost = journeyCost({ phases, channels, cells: s.cells, customerTypeId: null, roleContacts: s.economics.roleContacts, overrides: s.economics.overrides });
    if (i === 0) base = cost.total;
    const roles = effectiveMatrix(s.cells, ALL);
    const active = new Set<string>();
    const lead = new Set<string>();
    const shownPhases = new Set(phases.map((p) => p.id));
    for (const cell of roles.values()) {
      if (!shownPhases.has(cell.phaseId) || cell.role === null || cell.role === 0) continue;
      active.add(cell.channelId);
      if (cell.role === LEAD) lead.add(cell.channelId);
    }
    const change = i === 0 || base === null ? null : cost.total - base;
    return {
      scenarioId: s.scenarioId,
      name: s.name,
      cost: cost.total,
      contacts: cost.contacts,
      costChange: change,
      costChangePercent: change === null || base === null || base === 0 ? null : (change / base) * 100,
      missingCost: channels.filter((c) => cost.missingCost.includes(c.id)).map((c) => c.name),
      activeChannels: channels.filter((c) => active.has(c.id)).length,
      leadChannels: channels.filter((c) => lead.has(c.id)).length,
    };
  });
}

/** How many findings the first page shows per scenario: five for one or two scenarios, three for more (it stays one page). */
export const topFindingsCount = (scenarios: number): number => (scenarios <= 2 ? 5 : 3);

/** The most important findings of a scenario: warnings first, then what needs attention, then the rest, in rule order. */
export function topFindings(findings: readonly Finding[], max: number): Finding[] {
  return sortFindings(findings).slice(0, Math.max(0, max));
}
