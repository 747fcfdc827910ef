/**
 * journeyCost (economics/journey-cost.ts) worked out on flat arrays, for the
 * money rules: the Findings list prices every customer type of two scenarios
 * on each change, and the generic version's string-keyed maps cost ~60 ms on
 * the benchmark workspace. Same resolution order, same result; a test holds
 * the two together.
 */
import type { ScenarioCell } from '../../domain/types';
import { summarizeJourney, type CellContacts, type JourneyCost, type PhaseCost } from '../economics/journey-cost';
import type { ContactOverride, RoleContacts } from '../economics/types';

export interface FlatCostInput {
  phases: readonly { id: string }[];
  channels: readonly { id: string; costPerContact: number | null }[];
  phaseIndex: ReadonlyMap<string, number>;
  channelIndex: ReadonlyMap<string, number>;
  /** The scenario's all-customers cells. */
  allCells: readonly ScenarioCell[];
  /** The customer type's own lens cells (empty for all customers). */
  typeCells: readonly ScenarioCell[];
  customerTypeId: string | null;
  roleContacts: RoleContacts;
  overrides: readonly ContactOverride[];
}

/** Not set in this lens; set with no role (null). */
const UNSET = -1;
const NO_ROLE = -2;

export function flatJourneyCost(input: FlatCostInput): JourneyCost {
  const width = input.channels.length;
  const size = input.phases.length * width;
  const at = (phaseId: string, channelId: string): number => {
    const p = input.phaseIndex.get(phaseId);
    const c = input.channelIndex.get(channelId);
    return p === undefined || c === undefined ? -1 : p * width + c;
  };
  const rolesOf = (cells: readonly ScenarioCell[]): Int8Array => {
    const roles = new Int8Array(size).fill(UNSET);
    for (const cell of cells) {
      const i = at(cell.phaseId, cell.channelId);
      if (i >= 0) roles[i] = cell.role ?? NO_ROLE;
    }
    return roles;
  };
  const all = rolesOf(input.allCells);
  const own = input.customerTypeId === null ? null : rolesOf(input.typeCells);
  const ownCount = new Float64Array(size).fill(NaN);
  const sharedCount = new Float64Array(size).fill(NaN);
  for (const o of input.overrides) {
    const i = at(o.phaseId, o.channelId);
    if (i < 0) continue;
    if (o.customerTypeId === input.customerTypeId) ownCount[i] = o.contacts;
    else if (o.customerTypeId === null) sharedCount[i] = o.contacts;
  }
  const fromRole = (role: number): number => (role < 0 ? 0 : input.roleContacts[role as 0 | 1 | 2 | 3]);
  const missing = new Uint8Array(width);
  const phases: PhaseCost[] = input.phases.map((phase, p) => {
    const cells: CellContacts[] = [];
    let contactsSum = 0;
    let costSum = 0;
    for (let c = 0; c < width; c++) {
      const i = p * width + c;
      let contacts: number;
      let source: CellContacts['source'];
      let inherited: boolean;
      if (!Number.isNaN(ownCount[i]!)) [contacts, source, inherited] = [ownCount[i]!, 'override', false];
      else if (own && own[i] !== UNSET) [contacts, source, inherited] = [fromRole(own[i]!), own[i] === NO_ROLE ? 'none' : 'role', false];
      else if (!Number.isNaN(sharedCount[i]!)) [contacts, source, inherited] = [sharedCount[i]!, 'override', own !== null];
      else [contacts, source, inherited] = [fromRole(all[i]!), all[i]! < 0 ? 'none' : 'role', own !== null];
      if (contacts <= 0) continue;
      const channel = input.channels[c]!;
      const cost = channel.costPerContact === null ? null : contacts * channel.costPerContact;
      if (cost === null) missing[c] = 1;
      else costSum += cost;
      contactsSum += contacts;
      cells.push({ phaseId: phase.id, channelId: channel.id, contacts, source, inherited, cost });
    }
    return { phaseId: phase.id, contacts: contactsSum, cost: costSum, cells };
  });
  return summarizeJourney(phases, input.channels, (id) => missing[input.channelIndex.get(id)!] === 1);
}
