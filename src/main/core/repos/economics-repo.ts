import type Database from 'better-sqlite3';
import type { Role } from '@shared/domain/types';
import type { ContactOverride, CustomerEconomics, NpsMode } from '@shared/analysis/economics/types';
import type { Row } from '../db/tables';

const num = (value: Row[string] | undefined): number | null => (value === null || value === undefined ? null : Number(value));

/** Column name of each CustomerEconomics field (and back, for patches). */
export const ECONOMICS_COLUMNS = {
  transactions: 'transactions',
  purchasesPerTransaction: 'purchases_per_transaction',
  price: 'price',
  acquisitionCost: 'acquisition_cost',
  yearlyMargin: 'yearly_margin',
  retention: 'retention',
  discountRate: 'discount_rate',
  horizonYears: 'horizon_years',
  npsMode: 'nps_mode',
  promoters: 'promoters',
  passives: 'passives',
  detractors: 'detractors',
} as const satisfies Record<Exclude<keyof CustomerEconomics, 'customerTypeId'>, string>;

export function toCustomerEconomics(row: Row): CustomerEconomics {
  return {
    customerTypeId: String(row.customer_type_id),
    transactions: num(row.transactions),
    purchasesPerTransaction: num(row.purchases_per_transaction),
    price: num(row.price),
    acquisitionCost: num(row.acquisition_cost),
    yearlyMargin: num(row.yearly_margin),
    retention: num(row.retention),
    discountRate: num(row.discount_rate),
    horizonYears: num(row.horizon_years),
    npsMode: (row.nps_mode === 'percent' ? 'percent' : 'counts') satisfies NpsMode,
    promoters: num(row.promoters),
    passives: num(row.passives),
    detractors: num(row.detractors),
  };
}

/** Reads of the economics tables (writes go through the journal's Writer). */
export class EconomicsRepo {
  constructor(private readonly db: Database.Database) {}

  /** Stored role mappings, by role. */
  roleContacts(): Map<Role, number> {
    const rows = this.db.prepare('SELECT role, contacts FROM economics_role_contacts WHERE deleted = 0').all() as {
      role: number;
      contacts: number;
    }[];
    return new Map(rows.map((r) => [r.role as Role, r.contacts]));
  }

  /** Live explicit numbers of a scenario, on live phases, channels and customer types. */
  overrides(scenarioId: string): ContactOverride[] {
    const rows = this.db
      .prepare(
        `SELECT e.phase_id, e.channel_id, e.customer_type_id, e.contacts FROM economics_contacts e
         JOIN phases p ON p.id = e.phase_id AND p.deleted = 0
         JOIN channels c ON c.id = e.channel_id AND c.deleted = 0
         LEFT JOIN customer_types t ON t.id = e.customer_type_id
         WHERE e.scenario_id = ? AND e.deleted = 0 AND (e.customer_type_id IS NULL OR t.deleted = 0)
         ORDER BY e.id`,
      )
      .all(scenarioId) as { phase_id: string; channel_id: string; customer_type_id: string | null; contacts: number }[];
    return rows.map((r) => ({
      scenarioId,
      customerTypeId: r.customer_type_id,
      phaseId: r.phase_id,
      channelId: r.channel_id,
      contacts: r.contacts,
    }));
  }

  /** Stored inputs of live customer types, by customer type id. */
  customerTypes(): Map<string, CustomerEconomics> {
    const rows = this.db
      .prepare(
        `SELECT e.* FROM economics_customer_types e
         JOIN customer_types t ON t.id = e.customer_type_id AND t.deleted = 0
         WHERE e.deleted = 0`,
      )
      .all() as Row[];
    return new Map(rows.map((r) => [String(r.customer_type_id), toCustomerEconomics(r)]));
  }
}
