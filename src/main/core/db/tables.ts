/**
 * The synced tables and their columns, in one place: the journal writer, snapshots
 * and the JSON interchange all derive their SQL and their checks from this table,
 * so a new column is added here (and in a migration) and nowhere else.
 */
import {
  CERTAINTIES,
  CHANNEL_PREFERENCES,
  COST_GROUPS,
  DOMAIN_TYPES,
  EVIDENCE_LEVELS,
  LENS_KINDS,
  ROLES,
  SEARCH_BEHAVIOURS,
  SEARCH_INTENSITIES,
} from '@shared/domain/types';
import { EMOTIONS } from '@shared/domain/journeys';
import { VOTE_STATUSES, VOTE_ITEM_KINDS } from '@shared/domain/workshop';
import { NPS_MODES } from '@shared/analysis/economics/types';

export type SqlValue = string | number | bigint | Buffer | null;
export type Row = Record<string, SqlValue>;

type ColType = 'text' | 'int' | 'real' | 'bool';
type Allowed = readonly (string | number)[];
/** One column: its type, whether it takes NULL, and for some the only values its CHECK allows. */
interface ColSpec {
  type: ColType;
  nullable: boolean;
  values?: Allowed;
}
interface TableSpec {
  columns: Record<string, ColSpec>;
  /**
   * Columns that make up the row's identity: set when the row is created and never
   * changed (rows are tombstoned, never removed, so they stay readable in the row).
   * The journal does not repeat them in a row-creation op.
   */
  identity?: readonly string[];
}

// Literal types (not just ColType and boolean) so that TableRow can derive each column's type.
function t<T extends ColType>(type: T): { type: T; nullable: false };
function t<T extends ColType>(type: T, nullable: true): { type: T; nullable: true };
function t(type: ColType, nullable = false): ColSpec {
  return { type, nullable };
}
/**
 * A column whose CHECK constraint admits only `values` (the domain's own list):
 * its rows read as that union instead of any string or number.
 */
function oneOf<T extends ColType, const V extends Allowed>(type: T, values: V): { type: T; nullable: false; values: V };
function oneOf<T extends ColType, const V extends Allowed>(type: T, values: V, nullable: true): { type: T; nullable: true; values: V };
function oneOf(type: ColType, values: Allowed, nullable = false): ColSpec {
  return { type, nullable, values };
}
const catalogBase = {
  id: t('text'),
  key: t('text', true),
  name: t('text'),
  description: t('text'),
  position: t('text'),
  hidden: t('bool'),
  deleted: t('bool'),
};

export const TABLES = {
  phases: { columns: { ...catalogBase, digital_role: t('text') } },
  channels: {
    columns: {
      ...catalogBase,
      online: t('bool'),
      personal: t('bool'),
      dialogue: t('bool'),
      cost_per_contact: t('real', true),
      reach: t('real', true),
      cost_group: oneOf('text', COST_GROUPS, true),
      color: t('text', true),
      icon: t('text', true),
    },
  },
  typologies: {
    columns: {
      ...catalogBase,
      search_behaviour: oneOf('text', SEARCH_BEHAVIOURS, true),
      certainty: oneOf('text', CERTAINTIES, true),
      search_intensity: oneOf('text', SEARCH_INTENSITIES, true),
      preferred_sources: t('text'),
    },
  },
  dimensions: {
    columns: {
      id: t('text'),
      key: t('text', true),
      name: t('text'),
      pole_a: t('text'),
      pole_b: t('text'),
      position: t('text'),
      deleted: t('bool'),
    },
  },
  customer_types: {
    columns: {
      ...catalogBase,
      share: t('real', true),
      value: t('real', true),
      color: t('text', true),
      picture: t('text', true),
      typology_id: t('text', true),
    },
  },
  customer_type_dimensions: {
    columns: { id: t('text'), customer_type_id: t('text'), dimension_id: t('text'), value: t('real'), deleted: t('bool') },
    identity: ['customer_type_id', 'dimension_id'],
  },
  customer_type_channels: {
    columns: { id: t('text'), customer_type_id: t('text'), channel_id: t('text'), preference: oneOf('text', CHANNEL_PREFERENCES), deleted: t('bool') },
    identity: ['customer_type_id', 'channel_id'],
  },
  product_domains: {
    // in_use: migration 0006
    columns: { ...catalogBase, domain_type: oneOf('text', DOMAIN_TYPES, true), is_main: t('bool'), in_use: t('bool') },
  },
  scenarios: { columns: { ...catalogBase } },
  matrix_cells: {
    columns: {
      id: t('text'),
      scenario_id: t('text'),
      phase_id: t('text'),
      channel_id: t('text'),
      lens_kind: oneOf('text', LENS_KINDS),
      lens_id: t('text'),
      role: oneOf('int', ROLES, true),
      note: t('text'),
      evidence: oneOf('text', EVIDENCE_LEVELS, true),
      deleted: t('bool'),
    },
    identity: ['scenario_id', 'phase_id', 'channel_id', 'lens_kind', 'lens_id'],
  },
  journeys: {
    columns: {
      id: t('text'),
      name: t('text'),
      description: t('text'),
      scenario_id: t('text'),
      customer_type_id: t('text', true),
      typology_id: t('text', true),
      product_domain_id: t('text', true),
      position: t('text'),
      deleted: t('bool'),
    },
  },
  journey_steps: {
    columns: {
      id: t('text'),
      journey_id: t('text'),
      phase_id: t('text', true),
      channel_id: t('text', true),
      position: t('text'),
      title: t('text'),
      does: t('text'),
      thinks: t('text'),
      feels: t('text'),
      emotion: oneOf('int', EMOTIONS, true),
      pain_points: t('text'),
      opportunities: t('text'),
      moment_of_truth: t('bool'),
      owner: t('text'),
      kpi: t('text'),
      evidence: oneOf('text', EVIDENCE_LEVELS, true),
      deleted: t('bool'),
    },
  },
  vote_sessions: {
    columns: {
      id: t('text'),
      title: t('text'),
      target_kind: oneOf('text', VOTE_ITEM_KINDS),
      dots_per_participant: t('int'),
      status: oneOf('text', VOTE_STATUSES),
      created_at: t('text'),
      deleted: t('bool'),
    },
  },
  participants: { columns: { id: t('text'), display_name: t('text'), joined_at: t('text'), deleted: t('bool') } },
  votes: {
    columns: {
      id: t('text'),
      session_id: t('text'),
      participant_id: t('text'),
      item_kind: t('text'),
      item_id: t('text'),
      dots: t('int'),
      deleted: t('bool'),
    },
    identity: ['session_id', 'participant_id', 'item_kind', 'item_id'],
  },
  // Economics (migration 0002)
  economics_role_contacts: {
    columns: { id: t('text'), role: oneOf('int', ROLES), contacts: t('real'), deleted: t('bool') },
    identity: ['role'],
  },
  economics_contacts: {
    columns: {
      id: t('text'),
      scenario_id: t('text'),
      phase_id: t('text'),
      channel_id: t('text'),
      customer_type_id: t('text', true),
      contacts: t('real'),
      deleted: t('bool'),
    },
    identity: ['scenario_id', 'phase_id', 'channel_id', 'customer_type_id'],
  },
  economics_customer_types: {
    columns: {
      id: t('text'),
      customer_type_id: t('text'),
      transactions: t('real', true),
      purchases_per_transaction: t('real', true),
      price: t('real', true),
      acquisition_cost: t('real', true),
      yearly_margin: t('real', true),
      retention: t('real', true),
      discount_rate: t('real', true),
      horizon_years: t('int', true),
      nps_mode: oneOf('text', NPS_MODES),
      promoters: t('real', true),
      passives: t('real', true),
      detractors: t('real', true),
      deleted: t('bool'),
    },
    identity: ['customer_type_id'],
  },
  // Findings (migration 0003)
  findings_thresholds: {
    columns: { id: t('text'), key: t('text'), value: t('real'), deleted: t('bool') },
    identity: ['key'],
  },
  // Present mode (migration 0004)
  deck_slides: {
    columns: {
      id: t('text'),
      kind: t('text'),
      slide_key: t('text'),
      title: t('text'),
      body: t('text'),
      notes: t('text'),
      hidden: t('bool'),
      position: t('text'),
      deleted: t('bool'),
      // Migration 0005: where the facilitator pointed the slide
      scenario_id: t('text', true),
      compare_scenario_id: t('text', true),
      lens: t('text', true),
    },
    identity: ['kind', 'slide_key'],
  },
  // The workspace's own settings, such as its currency (migration 0006)
  workspace_settings: {
    columns: { id: t('text'), key: t('text'), value: t('text'), deleted: t('bool') },
    identity: ['key'],
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

type Columns<N extends TableName> = (typeof TABLES)[N]['columns'];
/** What a column reads as: one of its allowed values, else text as string and int, real and bool as number. */
type ColumnValue<C> = C extends ColSpec
  ? (C extends { values: readonly (infer V)[] } ? V : C['type'] extends 'text' ? string : number) | (C['nullable'] extends true ? null : never)
  : never;
/**
 * A whole row of `table` as better-sqlite3 reads it, column by column from TABLES
 * (tables.test.ts holds TABLES to the migrated schema, CHECKs included). For a
 * union of tables, a union of their rows.
 */
export type TableRow<N extends TableName> = N extends TableName ? { -readonly [K in keyof Columns<N>]: ColumnValue<Columns<N>[K]> } : never;
/** Parents before children, so inserting in this order satisfies the foreign keys. */
export const TABLE_ORDER = Object.keys(TABLES) as TableName[];

export function isTableName(name: string): name is TableName {
  return Object.prototype.hasOwnProperty.call(TABLES, name);
}

export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLES[table].columns);
}

export function identityOf(table: TableName): readonly string[] {
  const spec: TableSpec = TABLES[table];
  return spec.identity ?? [];
}

/** A new row of `table` with every column at its neutral value. */
export function blankRow(table: TableName): Row {
  const row: Row = {};
  const columns: Record<string, ColSpec> = TABLES[table].columns;
  for (const [column, spec] of Object.entries(columns)) {
    row[column] = spec.nullable ? null : spec.type === 'text' ? '' : 0;
  }
  return row;
}

/** Whether `value` fits the column's declared type (used to check imported data). */
export function fitsColumn(table: TableName, column: string, value: unknown): boolean {
  const columns: Record<string, ColSpec | undefined> = TABLES[table].columns;
  const spec = columns[column];
  if (!spec) return false;
  if (value === null) return spec.nullable;
  switch (spec.type) {
    case 'text':
      return typeof value === 'string';
    case 'int':
      return typeof value === 'number' && Number.isInteger(value);
    case 'real':
      return typeof value === 'number' && Number.isFinite(value);
    case 'bool':
      return value === 0 || value === 1;
  }
}
