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
import type { Row } from '../db/tables';

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

const str = (v: unknown): string => (v == null ? '' : String(v));
const optStr = <T extends string = string>(v: unknown): T | null => (v == null ? null : (String(v) as T));
const optNum = (v: unknown): number | null => (v == null ? null : Number(v));
const bool = (v: unknown): boolean => v === 1;

function base(row: Row) {
  return {
    id: str(row.id),
    key: optStr(row.key),
    name: str(row.name),
    description: str(row.description),
    position: str(row.position),
    hidden: bool(row.hidden),
  };
}

const mappers = {
  phase: (row: Row): Phase => ({ kind: 'phase', ...base(row), digitalRole: str(row.digital_role) }),
  channel: (row: Row): Channel => ({
    kind: 'channel',
    ...base(row),
    online: bool(row.online),
    personal: bool(row.personal),
    dialogue: bool(row.dialogue),
    costPerContact: optNum(row.cost_per_contact),
    reach: optNum(row.reach),
    costGroup: optStr(row.cost_group),
    color: optStr(row.color),
    icon: optStr(row.icon),
  }),
  typology: (row: Row): Typology => ({
    kind: 'typology',
    ...base(row),
    searchBehaviour: optStr(row.search_behaviour),
    certainty: optStr(row.certainty),
    searchIntensity: optStr(row.search_intensity),
    preferredSources: str(row.preferred_sources),
  }),
  productDomain: (row: Row): ProductDomain => ({
    kind: 'productDomain',
    ...base(row),
    domainType: optStr(row.domain_type),
    isMain: bool(row.is_main),
    inUse: bool(row.in_use),
  }),
  scenario: (row: Row): Scenario => ({ kind: 'scenario', ...base(row) }),
};

const mapperFor = (kind: Exclude<CatalogKind, 'customerType'>) => mappers[kind] as (row: Row) => CatalogItem;

/** Reads of the framework lists; writes go through the journal (see services). */
export class CatalogRepo {
  constructor(private readonly db: Database.Database) {}

  rows(kind: CatalogKind): Row[] {
    return this.db
      .prepare(`SELECT * FROM ${CATALOG_TABLE[kind]} WHERE deleted = 0 ORDER BY position, id`)
      .all() as Row[];
  }

  row(kind: CatalogKind, id: string): Row | undefined {
    return this.db.prepare(`SELECT * FROM ${CATALOG_TABLE[kind]} WHERE id = ? AND deleted = 0`).get(id) as
      | Row
      | undefined;
  }

  item(kind: CatalogKind, id: string): CatalogItem | undefined {
    const row = this.row(kind, id);
    if (!row) return undefined;
    return kind === 'customerType' ? this.customerTypes([row])[0] : mapperFor(kind)(row);
  }

  list(kind: CatalogKind): CatalogItem[] {
    const rows = this.rows(kind);
    return kind === 'customerType' ? this.customerTypes(rows) : rows.map(mapperFor(kind));
  }

  dimensions(): Dimension[] {
    const rows = this.db.prepare('SELECT * FROM dimensions WHERE deleted = 0 ORDER BY position, id').all() as Row[];
    return rows.map((r) => ({
      id: str(r.id),
      key: optStr(r.key),
      name: str(r.name),
      poleA: str(r.pole_a),
      poleB: str(r.pole_b),
      position: str(r.position),
    }));
  }

  catalog(): Catalog {
    return {
      phases: this.list('phase') as Phase[],
      channels: this.list('channel') as Channel[],
      customerTypes: this.list('customerType') as CustomerType[],
      typologies: this.list('typology') as Typology[],
      productDomains: this.list('productDomain') as ProductDomain[],
      scenarios: this.list('scenario') as Scenario[],
      dimensions: this.dimensions(),
    };
  }

  /** Whether a live (not deleted) item of this kind already uses the name, case- and space-insensitively. */
  nameTaken(kind: CatalogKind, name: string, exceptId: string | null): boolean {
    const hit = this.db
      .prepare(
        `SELECT 1 FROM ${CATALOG_TABLE[kind]} WHERE deleted = 0 AND lower(trim(name)) = lower(?) AND id IS NOT ? LIMIT 1`,
      )
      .get(name.trim(), exceptId);
    return hit !== undefined;
  }

  private customerTypes(rows: Row[]): CustomerType[] {
    if (rows.length === 0) return [];
    const dims = this.db
      .prepare('SELECT customer_type_id, dimension_id, value FROM customer_type_dimensions WHERE deleted = 0')
      .all() as { customer_type_id: string; dimension_id: string; value: number }[];
    const prefs = this.db
      .prepare(
        `SELECT p.customer_type_id, p.channel_id, p.preference FROM customer_type_channels p
         JOIN channels c ON c.id = p.channel_id AND c.deleted = 0
         WHERE p.deleted = 0 ORDER BY c.position`,
      )
      .all() as { customer_type_id: string; channel_id: string; preference: string }[];
    return rows.map((row) => {
      const id = str(row.id);
      const dimensions: Record<string, number> = {};
      for (const d of dims) if (d.customer_type_id === id) dimensions[d.dimension_id] = d.value;
      const mine = prefs.filter((p) => p.customer_type_id === id);
      return {
        kind: 'customerType',
        ...base(row),
        share: optNum(row.share),
        value: optNum(row.value),
        color: optStr(row.color),
        picture: optStr(row.picture),
        typologyId: optStr(row.typology_id),
        dimensions,
        preferredChannelIds: mine.filter((p) => p.preference === 'preferred').map((p) => p.channel_id),
        refusedChannelIds: mine.filter((p) => p.preference === 'refused').map((p) => p.channel_id),
      };
    });
  }
}
