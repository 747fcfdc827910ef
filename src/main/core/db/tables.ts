/**
 * The synced tables and their columns, in one place: the journal writer, snapshots
 * and the JSON interchange all derive their SQL and their checks from this table,
 * so a new column is added here (and in a migration) and nowhere else.
 */
export type SqlValue = string | number | bigint | Buffer | null;
export type Row = Record<string, SqlValue>;

type ColType = 'text' | 'int' | 'real' | 'bool';
interface TableSpec {
  columns: Record<string, { type: ColType; nullable?: boolean }>;
  /**
   * Columns that make up the row's identity: set when the row is created and never
   * changed (rows are tombstoned, never removed, so they stay readable in the row).
   * The journal does not repeat them in a row-creation op.
   */
  identity?: readonly string[];
}

const t = (type: ColType, nullable = false) => ({ type, nullable });
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
      cost_group: t('text', true),
      color: t('text', true),
      icon: t('text', true),
    },
  },
  typologies: {
    columns: {
      ...catalogBase,
      search_behaviour: t('text', true),
      certainty: t('text', true),
      search_intensity: t('text', true),
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
    columns: { id: t('text'), customer_type_id: t('text'), channel_id: t('text'), preference: t('text'), deleted: t('bool') },
    identity: ['customer_type_id', 'channel_id'],
  },
  product_domains: {
    // in_use: migration 0006
    columns: { ...catalogBase, domain_type: t('text', true), is_main: t('bool'), in_use: t('bool') },
  },
  scenarios: { columns: { ...catalogBase } },
  matrix_cells: {
    columns: {
      id: t('text'),
      scenario_id: t('text'),
      phase_id: t('text'),
      channel_id: t('text'),
      lens_kind: t('text'),
      lens_id: t('text'),
      role: t('int', true),
      note: t('text'),
      evidence: t('text', true),
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
      emotion: t('int', true),
      pain_points: t('text'),
      opportunities: t('text'),
      moment_of_truth: t('bool'),
      owner: t('text'),
      kpi: t('text'),
      evidence: t('text', true),
      deleted: t('bool'),
    },
  },
  vote_sessions: {
    columns: {
      id: t('text'),
      title: t('text'),
      target_kind: t('text'),
      dots_per_participant: t('int'),
      status: t('text'),
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
    columns: { id: t('text'), role: t('int'), contacts: t('real'), deleted: t('bool') },
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
      nps_mode: t('text'),
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
  for (const [column, spec] of Object.entries(TABLES[table].columns) as [string, { type: ColType; nullable: boolean }][]) {
    row[column] = spec.nullable ? null : spec.type === 'text' ? '' : 0;
  }
  return row;
}

/** Whether `value` fits the column's declared type (used to check imported data). */
export function fitsColumn(table: TableName, column: string, value: unknown): boolean {
  const spec = (TABLES[table].columns as Record<string, { type: ColType; nullable: boolean }>)[column];
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
