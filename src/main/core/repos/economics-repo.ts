import type Database from 'better-sqlite3';
import type { Role } from '@shared/domain/types';
import type { ContactOverride, CustomerEconomics } from '@shared/analysis/economics/types';
import type { TableRow } from '../db/tables';
import { selectRows, statementOf } from '../db/typed';

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

export function toCustomerEconomics(row: TableRow<'economics_customer_types'>): CustomerEconomics {
  return {
    customerTypeId: row.customer_type_id,
    transactions: row.transactions,
    purchasesPerTransaction: row.purchases_per_transaction,
    price: row.price,
    acquisitionCost: row.acquisition_cost,
    yearlyMargin: row.yearly_margin,
    retention: row.retention,
    discountRate: row.discount_rate,
    horizonYears: row.horizon_years,
    npsMode: row.nps_mode,
    promoters: row.promoters,
    passives: row.passives,
    detractors: row.detractors,
  };
}

/** Reads of the economics tables (writes go through the journal's Writer). */
export class EconomicsRepo {
  constructor(private readonly db: Database.Database) {}

  /** Stored role mappings, by role. */
  roleContacts(): Map<Role, number> {
    const rows = statementOf<Pick<TableRow<'economics_role_contacts'>, 'role' | 'contacts'>>(
      this.db,
      'SELECT role, contacts FROM economics_role_contacts WHERE deleted = 0',
    ).all();
    return new Map(rows.map((r) => [r.role, r.contacts]));
  }

  /** Live explicit numbers of a scenario, on live phases, channels and customer types. */
  overrides(scenarioId: string): ContactOverride[] {
    const rows = statementOf<Pick<TableRow<'economics_contacts'>, 'phase_id' | 'channel_id' | 'customer_type_id' | 'contacts'>>(
      this.db,
      `SELECT e.phase_id, e.channel_id, e.customer_type_id, e.contacts FROM economics_contacts e
       JOIN phases p ON p.id = e.phase_id AND p.deleted = 0
       JOIN channels c ON c.id = e.channel_id AND c.deleted = 0
       LEFT JOIN customer_types t ON t.id = e.customer_type_id
       WHERE e.scenario_id = ? AND e.deleted = 0 AND (e.customer_type_id IS NULL OR t.deleted = 0)
       ORDER BY e.id`,
    ).all(scenarioId);
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
    const rows = selectRows(
      this.db,
      'economics_customer_types',
      `SELECT e.* FROM economics_customer_types e
       JOIN customer_types t ON t.id = e.customer_type_id AND t.deleted = 0
       WHERE e.deleted = 0`,
    );
    return new Map(rows.map((r) => [r.customer_type_id, toCustomerEconomics(r)]));
  }
}
