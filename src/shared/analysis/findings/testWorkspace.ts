/**
 * A small in-memory workspace for the findings tests: build a catalog and set
 * cells by name, then hand computeFindings its input. Test support only.
 */
import type { Channel, CustomerType, DomainType, Lens, MatrixCell, Phase, ProductDomain, Role, Scenario, Typology } from '../../domain/types';
import { DEFAULT_ROLE_CONTACTS } from '../economics/rules';
import type { ContactOverride, RoleContacts } from '../economics/types';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds';
import type { AnalysisCatalog, FindingsInput } from './types';

const pos = (i: number) => `a${String(i).padStart(4, '0')}`;
const base = (id: string, name: string, i: number) => ({ id, key: null, name, description: '', position: pos(i), hidden: false });

export interface CellOptions {
  lens?: Lens;
  note?: string;
  scenario?: string;
}

export class TestWorkspace {
  readonly catalog: AnalysisCatalog = { phases: [], channels: [], customerTypes: [], typologies: [], productDomains: [], scenarios: [] };
  readonly cells: MatrixCell[] = [];
  /** Economics inputs: none until costs() is called (then nothing is said about money without it). */
  private money: { roleContacts: RoleContacts; overrides: ContactOverride[] } | null = null;

  constructor() {
    this.scenario('As-is', 'as_is');
  }

  /** The six default phases, with their keys. */
  defaultPhases(): this {
    for (const key of ['attract', 'inform', 'advise', 'transact', 'support', 'relationship']) this.phase(key[0]!.toUpperCase() + key.slice(1), key);
    return this;
  }

  phase(name: string, key: string | null = null, extra: Partial<Phase> = {}): this {
    this.catalog.phases.push({ ...base(`p:${name}`, name, this.catalog.phases.length), kind: 'phase', digitalRole: '', key, ...extra });
    return this;
  }

  channel(name: string, attrs: Partial<Pick<Channel, 'online' | 'personal' | 'dialogue' | 'hidden' | 'costGroup' | 'costPerContact'>> = {}): this {
    this.catalog.channels.push({
      ...base(`c:${name}`, name, this.catalog.channels.length),
      kind: 'channel',
      online: false,
      personal: false,
      dialogue: false,
      costPerContact: null,
      reach: null,
      costGroup: null,
      color: null,
      icon: null,
      ...attrs,
    });
    return this;
  }

  customerType(name: string, prefs: { preferred?: string[]; refused?: string[] } = {}, extra: Partial<CustomerType> = {}): this {
    this.catalog.customerTypes.push({
      ...base(`t:${name}`, name, this.catalog.customerTypes.length),
      kind: 'customerType',
      share: null,
      value: null,
      color: null,
      picture: null,
      typologyId: null,
      dimensions: {},
      preferredChannelIds: (prefs.preferred ?? []).map((c) => `c:${c}`),
      refusedChannelIds: (prefs.refused ?? []).map((c) => `c:${c}`),
      ...extra,
    });
    return this;
  }

  typology(name: string, key: string | null, extra: Partial<Typology> = {}): this {
    const known: Record<string, Partial<Typology>> = {
      well_founded: { searchBehaviour: 'structured', certainty: 'certain', searchIntensity: 'high' },
      perpetual_seeker: { searchBehaviour: 'structured', certainty: 'uncertain', searchIntensity: 'high' },
      impulsive: { searchBehaviour: 'unstructured', certainty: 'uncertain', searchIntensity: 'low' },
      unfounded: { searchBehaviour: 'unstructured', certainty: 'certain', searchIntensity: 'low' },
    };
    this.catalog.typologies.push({
      ...base(`y:${name}`, name, this.catalog.typologies.length),
      kind: 'typology',
      searchBehaviour: null,
      certainty: null,
      searchIntensity: null,
      preferredSources: '',
      ...(key ? known[key] : {}),
      key,
      ...extra,
    });
    return this;
  }

  domain(name: string, domainType: DomainType | null, extra: Partial<ProductDomain> = {}): this {
    this.catalog.productDomains.push({ ...base(`d:${name}`, name, this.catalog.productDomains.length), kind: 'productDomain', domainType, isMain: false, inUse: false, ...extra });
    return this;
  }

  scenario(name: string, key: string | null = null): this {
    const scenario: Scenario = { ...base(`s:${name}`, name, this.catalog.scenarios.length), kind: 'scenario', key };
    this.catalog.scenarios.push(scenario);
    return this;
  }

  /** Set one cell by phase and channel name (scenario As-is, all customers unless told). */
  set(phase: string, channel: string, role: Role | null, options: CellOptions = {}): this {
    const lens = options.lens ?? { kind: 'all' };
    const scenarioId = `s:${options.scenario ?? 'As-is'}`;
    const key = (c: MatrixCell) => `${c.scenarioId}|${c.phaseId}|${c.channelId}|${c.lens.kind}|${c.lens.kind === 'all' ? '' : c.lens.id}`;
    const cell: MatrixCell = { id: '', scenarioId, phaseId: `p:${phase}`, channelId: `c:${channel}`, lens, role, note: options.note ?? '', evidence: null };
    cell.id = key(cell);
    const at = this.cells.findIndex((c) => c.id === cell.id);
    if (at >= 0) this.cells[at] = cell;
    else this.cells.push(cell);
    return this;
  }

  /** Set a whole phase row: roles in channel order. */
  row(phase: string, roles: readonly Role[], options: CellOptions = {}): this {
    roles.forEach((role, i) => this.set(phase, this.catalog.channels[i]!.name, role, options));
    return this;
  }

  /** Turn on the economics inputs (default contacts per role unless given). */
  costs(roleContacts: RoleContacts = DEFAULT_ROLE_CONTACTS): this {
    this.money = { roleContacts, overrides: this.money?.overrides ?? [] };
    return this;
  }

  /** An explicit number of expected contacts (scenario As-is, all customers unless told). */
  contacts(phase: string, channel: string, contacts: number, options: { scenario?: string; customerType?: string } = {}): this {
    this.money ??= { roleContacts: DEFAULT_ROLE_CONTACTS, overrides: [] };
    const scenarioId = `s:${options.scenario ?? 'As-is'}`;
    this.money.overrides.push({ scenarioId, customerTypeId: options.customerType ? `t:${options.customerType}` : null, phaseId: `p:${phase}`, channelId: `c:${channel}`, contacts });
    return this;
  }

  input(thresholds: Partial<Thresholds> = {}, scenario = 'As-is', baseline?: string): FindingsInput {
    const cellsOf = (name: string) => this.cells.filter((c) => c.scenarioId === `s:${name}`);
    return {
      catalog: this.catalog,
      scenarioId: `s:${scenario}`,
      cells: cellsOf(scenario),
      thresholds: { ...DEFAULT_THRESHOLDS, ...thresholds },
      baseline: baseline ? { scenarioId: `s:${baseline}`, cells: cellsOf(baseline) } : null,
      economics: this.money ? { scenario: this.moneyOf(scenario), baseline: baseline ? this.moneyOf(baseline) : null } : null,
    };
  }

  private moneyOf(scenario: string) {
    const money = this.money!;
    return { roleContacts: money.roleContacts, overrides: money.overrides.filter((o) => o.scenarioId === `s:${scenario}`) };
  }
}

export const lensOf = (kind: 'customerType' | 'typology' | 'productDomain', name: string): Lens => ({
  kind,
  id: `${{ customerType: 't', typology: 'y', productDomain: 'd' }[kind]}:${name}`,
});
