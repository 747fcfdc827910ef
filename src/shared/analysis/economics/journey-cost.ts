/**
 * Cost to serve: what one customer journey costs, per scenario and customer
 * type, from the expected contacts per phase and channel and each channel's
 * cost per contact.
 *
 * Expected contacts of a cell, for a customer type's lens:
 *   1. the type's own explicit number, else
 *   2. the role the type's lens sets itself (via the role mapping), else
 *   3. the all-customers explicit number, else
 *   4. the all-customers role (via the role mapping), else 0.
 * So a lens inherits from all customers until it sets something itself, as in the matrix.
 */
import type { ScenarioCell } from '../../domain/types';
import { cellKey, effectiveMatrix } from '../matrix';
import { available, unavailable, type ContactOverride, type Outcome, type RoleContacts } from './types';

export type ContactSource = 'override' | 'role' | 'none';

export interface CellContacts {
  phaseId: string;
  channelId: string;
  contacts: number;
  source: ContactSource;
  /** The number comes from "all customers" (the customer type has not set this cell). */
  inherited: boolean;
  /** contacts x cost per contact; null when the channel has no cost per contact and contacts > 0. */
  cost: number | null;
}

export interface PhaseCost {
  phaseId: string;
  contacts: number;
  /** Sum of the known cell costs. */
  cost: number;
  /** Cells with expected contacts, in channel order. */
  cells: CellContacts[];
}

export interface JourneyCost {
  phases: PhaseCost[];
  contacts: number;
  total: number;
  /** The phase(s) with the highest cost (several on a tie); empty when nothing costs anything. */
  mostExpensive: string[];
  /** Channels with expected contacts but no cost per contact: their cost is left out of the totals. */
  missingCost: string[];
}

export interface JourneyCostInput {
  /** The phases and channels counted, in display order. */
  phases: readonly { id: string }[];
  channels: readonly { id: string; costPerContact: number | null }[];
  /** The scenario's cells in every lens (matrix.scenarioCells), or at least all customers + this type. */
  cells: readonly ScenarioCell[];
  /** null: all customers. */
  customerTypeId: string | null;
  roleContacts: RoleContacts;
  /** This scenario's explicit numbers. */
  overrides: readonly ContactOverride[];
}

/** The expected contacts of every phase x channel cell, keyed by cellKey. */
export function expectedContacts(input: Omit<JourneyCostInput, 'channels'> & { channels: readonly { id: string }[] }): Map<string, Omit<CellContacts, 'cost'>> {
  const { customerTypeId, roleContacts } = input;
  const lens = customerTypeId === null ? ({ kind: 'all' } as const) : ({ kind: 'customerType', id: customerTypeId } as const);
  const relevant = input.cells.filter((c) => c.lens.kind === 'all' || (c.lens.kind === 'customerType' && c.lens.id === customerTypeId));
  const roles = effectiveMatrix(relevant, lens);
  const own = new Map<string, number>();
  const shared = new Map<string, number>();
  for (const o of input.overrides) {
    // In the all-customers lens its own numbers are the shared ones.
    if (o.customerTypeId === customerTypeId) own.set(cellKey(o.phaseId, o.channelId), o.contacts);
    else if (o.customerTypeId === null) shared.set(cellKey(o.phaseId, o.channelId), o.contacts);
  }
  const result = new Map<string, Omit<CellContacts, 'cost'>>();
  for (const phase of input.phases) {
    for (const channel of input.channels) {
      const key = cellKey(phase.id, channel.id);
      const cell = roles.get(key);
      const base = { phaseId: phase.id, channelId: channel.id };
      const ownOverride = own.get(key);
      const sharedOverride = shared.get(key);
      const fromRole = (role: number | null | undefined) => (role === null || role === undefined ? 0 : roleContacts[role as 0 | 1 | 2 | 3]);
      if (ownOverride !== undefined) result.set(key, { ...base, contacts: ownOverride, source: 'override', inherited: false });
      else if (cell && !cell.inherited) result.set(key, { ...base, contacts: fromRole(cell.role), source: cell.role === null ? 'none' : 'role', inherited: false });
      else if (sharedOverride !== undefined) result.set(key, { ...base, contacts: sharedOverride, source: 'override', inherited: customerTypeId !== null });
      else if (cell) result.set(key, { ...base, contacts: fromRole(cell.role), source: cell.role === null ? 'none' : 'role', inherited: true });
      else result.set(key, { ...base, contacts: 0, source: 'none', inherited: customerTypeId !== null });
    }
  }
  return result;
}

/** The cost of one journey with its per-phase breakdown and the most expensive phase. */
export function journeyCost(input: JourneyCostInput): JourneyCost {
  const contacts = expectedContacts(input);
  const missing = new Set<string>();
  const phases: PhaseCost[] = input.phases.map((phase) => {
    const cells: CellContacts[] = [];
    let phaseContacts = 0;
    let phaseCost = 0;
    for (const channel of input.channels) {
      const cell = contacts.get(cellKey(phase.id, channel.id));
      if (!cell || cell.contacts <= 0) continue;
      const cost = channel.costPerContact === null ? null : cell.contacts * channel.costPerContact;
      if (cost === null) missing.add(channel.id);
      else phaseCost += cost;
      phaseContacts += cell.contacts;
      cells.push({ ...cell, cost });
    }
    return { phaseId: phase.id, contacts: phaseContacts, cost: phaseCost, cells };
  });
  return summarizeJourney(phases, input.channels, (id) => missing.has(id));
}

/** The journey's totals and its most expensive phase(s) from its priced phases; `missing`: channels with contacts but no cost. */
export function summarizeJourney(phases: PhaseCost[], channels: readonly { id: string }[], missing: (channelId: string) => boolean): JourneyCost {
  const top = Math.max(0, ...phases.map((p) => p.cost));
  return {
    phases,
    contacts: phases.reduce((sum, p) => sum + p.contacts, 0),
    total: phases.reduce((sum, p) => sum + p.cost, 0),
    mostExpensive: top > 0 ? phases.filter((p) => p.cost === top).map((p) => p.phaseId) : [],
    missingCost: channels.filter((c) => missing(c.id)).map((c) => c.id),
  };
}

/**
 * Whether the journey's cost says anything: with no contacts, or no channel with
 * contacts priced, its total is a 0.00 that reads like a free journey. Every
 * surface (the page, the slide, the report, the deck) says what is missing instead.
 */
export function costOutcome(cost: JourneyCost): Outcome<JourneyCost> {
  if (cost.contacts === 0) return unavailable({ kind: 'noContacts' });
  const priced = cost.phases.some((p) => p.cells.some((c) => c.cost !== null));
  return priced ? available(cost) : unavailable({ kind: 'noCosts' });
}

