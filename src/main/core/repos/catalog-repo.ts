import type Database from 'better-sqlite3';
import type {
  Catalog,
  CatalogItem,
  CatalogKind,
  Channel,
  CustomerType,
  Dimension,
  Phase,
  ProductDomain,
  Scenario,
  Typology,
} from '@shared/domain/types';
import type { TableRow } from '../db/tables';
import { cachedStatementOf, selectRows, statementOf } from '../db/typed';

/** Which table holds each catalog kind. */
export const CATALOG_TABLE = {
  phase: 'phases',
  channel: 'channels',
  customerType: 'customer_types',
  typology: 'typologies',
  productDomain: 'product_domains',
  scenario: 'scenarios',
} as const satisfies Record<CatalogKind, string>;
export type CatalogTable = (typeof CATALOG_TABLE)[CatalogKind];
/** A stored row of a catalog kind (for a union of kinds, a union of rows). */
export type CatalogRow<K extends CatalogKind = CatalogKind> = TableRow<(typeof CATALOG_TABLE)[K]>;

const bool = (v: number): boolean => v === 1;

function base(row: CatalogRow) {
  return { id: row.id, key: row.key, name: row.name, description: row.description, position: row.position, hidden: bool(row.hidden) };
}

const toPhase = (row: CatalogRow<'phase'>): Phase => ({ kind: 'phase', ...base(row), digitalRole: row.digital_role });
const toChannel = (row: CatalogRow<'channel'>): Channel => ({
  kind: 'channel',
  ...base(row),
  online: bool(row.online),
  personal: bool(row.personal),
  dialogue: bool(row.dialogue),
  costPerContact: row.cost_per_contact,
  reach: row.reach,
  costGroup: row.cost_group,
  color: row.color,
  icon: row.icon,
});
const toTypology = (row: CatalogRow<'typology'>): Typology => ({
  kind: 'typology',
  ...base(row),
  searchBehaviour: row.search_behaviour,
  certainty: row.certainty,
  searchIntensity: row.search_intensity,
  preferredSources: row.preferred_sources,
});
const toProductDomain = (row: CatalogRow<'productDomain'>): ProductDomain => ({
  kind: 'productDomain',
  ...base(row),
  domainType: row.domain_type,
  isMain: bool(row.is_main),
  inUse: bool(row.in_use),
});
const toScenario = (row: CatalogRow<'scenario'>): Scenario => ({ kind: 'scenario', ...base(row) });

/** Reads of the framework lists; writes go through the journal (see services). */
export class CatalogRepo {
  constructor(private readonly db: Database.Database) {}

  rows<K extends CatalogKind>(kind: K): CatalogRow<K>[] {
    return this.select(CATALOG_TABLE[kind], 'WHERE deleted = 0 ORDER BY position, id');
  }

  row<K extends CatalogKind>(kind: K, id: string): CatalogRow<K> | undefined {
    return this.select(CATALOG_TABLE[kind], 'WHERE id = ? AND deleted = 0', id)[0];
  }

  item(kind: CatalogKind, id: string): CatalogItem | undefined {
    return this.items(kind, 'WHERE id = ? AND deleted = 0', id)[0];
  }

  list(kind: CatalogKind): CatalogItem[] {
    return this.items(kind, 'WHERE deleted = 0 ORDER BY position, id');
  }

  dimensions(): Dimension[] {
    const rows = selectRows(this.db, 'dimensions', 'SELECT * FROM dimensions WHERE deleted = 0 ORDER BY position, id');
    return rows.map((r) => ({ id: r.id, key: r.key, name: r.name, poleA: r.pole_a, poleB: r.pole_b, position: r.position }));
  }

  catalog(): Catalog {
    return {
      phases: this.rows('phase').map(toPhase),
      channels: this.rows('channel').map(toChannel),
      customerTypes: this.customerTypes(this.rows('customerType')),
      typologies: this.rows('typology').map(toTypology),
      productDomains: this.rows('productDomain').map(toProductDomain),
      scenarios: this.rows('scenario').map(toScenario),
      dimensions: this.dimensions(),
    };
  }

  /** Whether a live (not deleted) item of this kind already uses the name, case- and space-insensitively. */
  nameTaken(kind: CatalogKind, name: string, exceptId: string | null): boolean {
    const hit = cachedStatementOf<1>(
      this.db,
      `SELECT 1 FROM ${CATALOG_TABLE[kind]} WHERE deleted = 0 AND lower(trim(name)) = lower(?) AND id IS NOT ? LIMIT 1`,
    ).get(name.trim(), exceptId);
    return hit !== undefined;
  }

  /** Rows of `table` that match `where`, for the catalog reads above. */
  private select<N extends CatalogTable>(table: N, where: string, ...params: unknown[]): TableRow<N>[] {
    return selectRows(this.db, table, `SELECT * FROM ${table} ${where}`, ...params);
  }

  /** Items of `kind` whose rows match `where`, each mapped by its kind. */
  private items(kind: CatalogKind, where: string, ...params: unknown[]): CatalogItem[] {
    switch (kind) {
      case 'phase':
        return this.select('phases', where, ...params).map(toPhase);
      case 'channel':
        return this.select('channels', where, ...params).map(toChannel);
      case 'customerType':
        return this.customerTypes(this.select('customer_types', where, ...params));
      case 'typology':
        return this.select('typologies', where, ...params).map(toTypology);
      case 'productDomain':
        return this.select('product_domains', where, ...params).map(toProductDomain);
      case 'scenario':
        return this.select('scenarios', where, ...params).map(toScenario);
    }
  }

  private customerTypes(rows: CatalogRow<'customerType'>[]): CustomerType[] {
    if (rows.length === 0) return [];
    const dims = statementOf<Pick<TableRow<'customer_type_dimensions'>, 'customer_type_id' | 'dimension_id' | 'value'>>(
      this.db,
      'SELECT customer_type_id, dimension_id, value FROM customer_type_dimensions WHERE deleted = 0',
    ).all();
    const prefs = statementOf<Pick<TableRow<'customer_type_channels'>, 'customer_type_id' | 'channel_id' | 'preference'>>(
      this.db,
      `SELECT p.customer_type_id, p.channel_id, p.preference FROM customer_type_channels p
       JOIN channels c ON c.id = p.channel_id AND c.deleted = 0
       WHERE p.deleted = 0 ORDER BY c.position`,
    ).all();
    return rows.map((row) => {
      const id = row.id;
      const dimensions: Record<string, number> = {};
      for (const d of dims) if (d.customer_type_id === id) dimensions[d.dimension_id] = d.value;
      const mine = prefs.filter((p) => p.customer_type_id === id);
      return {
        kind: 'customerType',
        ...base(row),
        share: row.share,
        value: row.value,
        color: row.color,
        picture: row.picture,
        typologyId: row.typology_id,
        dimensions,
        preferredChannelIds: mine.filter((p) => p.preference === 'preferred').map((p) => p.channel_id),
        refusedChannelIds: mine.filter((p) => p.preference === 'refused').map((p) => p.channel_id),
      };
    });
  }
}
