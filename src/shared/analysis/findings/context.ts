/**
 * Everything the rules share for one scenario: the visible phases and channels
 * in the user's order, the lens items, and each lens's resolved roles (built
 * once, on first use).
 */
import { lensKey } from '../../domain/lens';
import type { Channel, CustomerType, Lens, ScenarioCell, Phase, ProductDomain, Typology } from '../../domain/types';
import type { JourneyCost } from '../economics/journey-cost';
import { flatJourneyCost } from './flat-journey-cost';
import type { Thresholds } from './thresholds';
import type { AnalysisCatalog, CellRef, Finding, FindingsInput, LensView } from './types';

export type AnalysisPhase = Pick<Phase, 'id' | 'key' | 'name'>;
export type AnalysisChannel = Pick<Channel, 'id' | 'name' | 'online' | 'personal' | 'dialogue' | 'costGroup' | 'costPerContact'>;

const byPosition = <T extends { position: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
const visible = <T extends { position: string; hidden: boolean }>(items: readonly T[]): T[] => byPosition(items.filter((i) => !i.hidden));

export class AnalysisContext {
  readonly scenarioId: string;
  readonly thresholds: Thresholds;
  /** Visible phases and channels, in the user's order: the matrix as shown. */
  readonly phases: AnalysisPhase[];
  readonly channels: AnalysisChannel[];
  readonly customerTypes: CustomerType[];
  readonly typologies: Typology[];
  readonly productDomains: ProductDomain[];
  readonly catalog: AnalysisCatalog;
  readonly baseline: FindingsInput['baseline'];
  readonly journeys: NonNullable<FindingsInput['journeys']>;
  readonly economics: FindingsInput['economics'];
  private readonly channelIndex = new Map<string, number>();
  private readonly phaseIndex = new Map<string, number>();
  /** The scenario's cells by lens kind, then lens id ('' for all customers): no key strings per cell. */
  private readonly cellsByLens = new Map<string, Map<string, ScenarioCell[]>>();
  private readonly views = new Map<string, LensView>();
  private baselineCtx: AnalysisContext | undefined;
  private readonly costs = new Map<string, JourneyCost>();

  constructor(input: FindingsInput) {
    this.scenarioId = input.scenarioId;
    this.thresholds = input.thresholds;
    this.catalog = input.catalog;
    this.phases = visible(input.catalog.phases);
    this.channels = visible(input.catalog.channels);
    this.customerTypes = visible(input.catalog.customerTypes);
    this.typologies = visible(input.catalog.typologies);
    this.productDomains = visible(input.catalog.productDomains);
    this.baseline = input.baseline ?? null;
    this.journeys = input.journeys ?? [];
    this.economics = input.economics ?? null;
    this.channels.forEach((c, i) => this.channelIndex.set(c.id, i));
    this.phases.forEach((p, i) => this.phaseIndex.set(p.id, i));
    // Cells arrive grouped by lens, so the last lens's list is nearly always the one.
    let last: { kind: string; id: string; list: ScenarioCell[] } | null = null;
    for (const cell of input.cells) {
      if (cell.scenarioId !== input.scenarioId) continue;
      const id = cell.lens.kind === 'all' ? '' : cell.lens.id;
      if (!last || last.kind !== cell.lens.kind || last.id !== id) {
        let byId = this.cellsByLens.get(cell.lens.kind);
        if (!byId) this.cellsByLens.set(cell.lens.kind, (byId = new Map()));
        let list = byId.get(id);
        if (!list) byId.set(id, (list = []));
        last = { kind: cell.lens.kind, id, list };
      }
      last.list.push(cell);
    }
  }

  /** Index of a visible channel by id; -1 when hidden or unknown. */
  channelIndexOf(id: string): number {
    return this.channelIndex.get(id) ?? -1;
  }

  /** Index of a visible phase with this default-framework key (renamed or not); -1 if none. */
  phaseIndexByKey(key: string): number {
    return this.phases.findIndex((p) => p.key === key);
  }

  /** The scenario's own cells in one lens (for "all", the all-customers cells). */
  ownCells(lens: Lens): readonly ScenarioCell[] {
    return this.cellsByLens.get(lens.kind)?.get(lens.kind === 'all' ? '' : lens.id) ?? [];
  }

  /** Whether the scenario sets cells in this lens itself (otherwise it shows "all customers"). */
  hasOwnCells(lens: Lens): boolean {
    return lens.kind !== 'all' && this.ownCells(lens).length > 0;
  }

  /** The lenses of visible customer types, typologies and product domains, in that order. */
  lenses(): Lens[] {
    return [
      ...this.customerTypes.map((i): Lens => ({ kind: 'customerType', id: i.id })),
      ...this.typologies.map((i): Lens => ({ kind: 'typology', id: i.id })),
      ...this.productDomains.map((i): Lens => ({ kind: 'productDomain', id: i.id })),
    ];
  }

  /**
   * Whether the product-domain rules speak about this domain: it is the
   * workspace's main domain, the user marked it as in use, or the workspace
   * uses it (it sets lens cells of its own in this scenario, or one of the
   * scenario's journeys is in its lens). A domain that is only listed says
   * nothing about this business.
   */
  isDomainRelevant(domain: ProductDomain): boolean {
    const lens: Lens = { kind: 'productDomain', id: domain.id };
    return domain.isMain || domain.inUse || this.hasOwnCells(lens) || this.journeys.some((j) => j.journey.productDomainId === domain.id);
  }

  /**
   * Whether the typology rules speak about this typology: a visible customer
   * type is linked to it, or it sets lens cells of its own in this scenario.
   */
  isTypologyRelevant(typology: Typology): boolean {
    return this.customerTypes.some((t) => t.typologyId === typology.id) || this.hasOwnCells({ kind: 'typology', id: typology.id });
  }

  /**
   * The baseline scenario seen through the same rules (same catalog and
   * thresholds), built on first use; null without a baseline or when the
   * baseline is the scenario itself.
   */
  baselineContext(): AnalysisContext | null {
    const baseline = this.baseline;
    if (!baseline || baseline.scenarioId === this.scenarioId) return null;
    if (this.baselineCtx === undefined) {
      const economics = this.economics?.baseline ? { scenario: this.economics.baseline } : null;
      this.baselineCtx = new AnalysisContext({ catalog: this.catalog, scenarioId: baseline.scenarioId, cells: baseline.cells, thresholds: this.thresholds, economics });
    }
    return this.baselineCtx;
  }

  /**
   * What one journey costs in this scenario, for all customers (null) or a
   * customer type, from the economics inputs and the channels' costs per
   * contact; null when there are no economics inputs or no channel has a cost
   * (then nothing is said about money). Built once per lens.
   */
  journeyCost(customerTypeId: string | null): JourneyCost | null {
    const economics = this.economics?.scenario;
    if (!economics || !this.channels.some((c) => c.costPerContact !== null && c.costPerContact > 0)) return null;
    const key = customerTypeId ?? '';
    let cost = this.costs.get(key);
    if (!cost) {
      cost = flatJourneyCost({
        phases: this.phases,
        channels: this.channels,
        phaseIndex: this.phaseIndex,
        channelIndex: this.channelIndex,
        allCells: this.ownCells({ kind: 'all' }),
        typeCells: customerTypeId === null ? [] : this.ownCells({ kind: 'customerType', id: customerTypeId }),
        customerTypeId,
        roleContacts: economics.roleContacts,
        overrides: economics.overrides,
      });
      this.costs.set(key, cost);
    }
    return cost;
  }

  /** Whether a customer type has figures of its own in this scenario (lens cells or contact numbers). */
  hasOwnCosts(customerTypeId: string): boolean {
    return this.hasOwnCells({ kind: 'customerType', id: customerTypeId }) || (this.economics?.scenario.overrides.some((o) => o.customerTypeId === customerTypeId) ?? false);
  }

  view(lens: Lens): LensView {
    const key = lensKey(lens);
    let view = this.views.get(key);
    if (!view) this.views.set(key, (view = this.buildView(lens, key)));
    return view;
  }

  cell(phaseIndex: number, channelIndex: number): CellRef {
    return { phaseId: this.phases[phaseIndex]!.id, channelId: this.channels[channelIndex]!.id };
  }

  /**
   * Resolve roles the way the matrix shows them (effectiveMatrix's rule: a cell
   * the lens sets replaces the all-customers cell, role and note alike), over
   * the visible axes only. Written out on flat arrays because this runs for
   * every lens of a big workspace; a test holds it to effectiveMatrix.
   */
  private buildView(lens: Lens, key: string): LensView {
    const size = this.phases.length * this.channels.length;
    if (lens.kind === 'all') {
      const view = { lens, lensKey: key, roles: new Uint8Array(size), notes: new Uint8Array(size) };
      this.apply(view, this.ownCells(lens));
      return view;
    }
    const all = this.view({ kind: 'all' });
    const view = { lens, lensKey: key, roles: all.roles.slice(), notes: all.notes.slice() };
    this.apply(view, this.ownCells(lens));
    return view;
  }

  private apply(view: LensView, cells: readonly ScenarioCell[]): void {
    const width = this.channels.length;
    for (const cell of cells) {
      const p = this.phaseIndex.get(cell.phaseId);
      const c = this.channelIndex.get(cell.channelId);
      if (p === undefined || c === undefined) continue;
      view.roles[p * width + c] = cell.role ?? 0;
      view.notes[p * width + c] = cell.note === '' || cell.note.trim() === '' ? 0 : 1;
    }
  }
}

/**
 * A rule family. Rules are pure: same context, same findings. `scope` says
 * which views `run` is called with:
 * - 'generic': "all customers", then every lens that sets cells of its own
 *   (there, only what "all customers" does not already say is kept);
 * - 'customerType' | 'typology' | 'productDomain': the lens of each visible
 *   item of that kind (the rule reads the item from `view.lens.id`);
 * - 'scenario': once, with "all customers".
 */
export interface FindingRule {
  family: string;
  /** The rule ids this family can produce, in the order the list shows them. */
  rules: readonly string[];
  scope: 'generic' | 'customerType' | 'typology' | 'productDomain' | 'scenario';
  run(ctx: AnalysisContext, view: LensView): Finding[];
}
