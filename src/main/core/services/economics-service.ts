import type { z } from 'zod';
import { AppError } from '@shared/errors';
import type { Role } from '@shared/domain/types';
import type { economicsMethods } from '@shared/contract/economics';
import {
  blankEconomics,
  checkNpsValue,
  DEFAULT_ROLE_CONTACTS,
  NPS_FIELDS,
  npsTotal,
  PERCENT_TOTAL_MAX,
  ROLE_LIST,
} from '@shared/analysis/economics/rules';
import type { CustomerEconomics, EconomicsData, RoleContacts } from '@shared/analysis/economics/types';
import type { Journal } from '../journal/journal';
import type { Row } from '../db/tables';
import type { CatalogRepo, CatalogRow } from '../repos/catalog-repo';
import { ECONOMICS_COLUMNS, toCustomerEconomics, type EconomicsRepo } from '../repos/economics-repo';
import { derivedId } from '../db/ids';

type SetContactsInput = z.output<(typeof economicsMethods)['economics.setContacts']['input']>;
type UpdateInput = z.output<(typeof economicsMethods)['economics.updateCustomerType']['input']>;

export const roleContactsId = (role: Role): string => derivedId('roleContacts', String(role));
export const contactsId = (scenarioId: string, phaseId: string, channelId: string, customerTypeId: string | null): string =>
  derivedId('contacts', scenarioId, phaseId, channelId, customerTypeId ?? '');
export const customerEconomicsId = (customerTypeId: string): string => derivedId('economics', customerTypeId);

/** The economics inputs: expected contacts and per-customer-type figures. One journaled action per call. */
export class EconomicsService {
  constructor(
    private readonly repo: EconomicsRepo,
    private readonly catalog: CatalogRepo,
    private readonly journal: Journal,
  ) {}

  get(scenarioId: string): EconomicsData {
    this.assertExists('scenario', scenarioId);
    const stored = this.repo.roleContacts();
    const inputs = this.repo.customerTypes();
    return {
      roleContacts: this.roleContacts(stored),
      defaultRoles: ROLE_LIST.filter((role) => !stored.has(role)),
      overrides: this.repo.overrides(scenarioId),
      customerTypes: this.catalog.rows('customerType').map((r) => inputs.get(r.id) ?? blankEconomics(r.id)),
    };
  }

  setRoleContacts(role: Role, contacts: number | null): RoleContacts {
    const id = roleContactsId(role);
    this.journal.run({ kind: 'edit', label: { key: 'history.economicsRoleContacts' }, undoable: true }, (w) => {
      const old = w.get('economics_role_contacts', id) ?? null;
      if (contacts === null) {
        if (old && old.deleted === 0) w.update('economics_role_contacts', id, { deleted: 1 }, old);
        return;
      }
      w.put('economics_role_contacts', { id, role, contacts, deleted: 0 }, old);
    });
    return this.roleContacts(this.repo.roleContacts());
  }

  setContacts({ scenarioId, customerTypeId, phaseId, channelId, contacts }: SetContactsInput): null {
    this.assertExists('scenario', scenarioId);
    const phase = this.assertExists('phase', phaseId);
    const channel = this.assertExists('channel', channelId);
    if (customerTypeId !== null) this.assertExists('customerType', customerTypeId);
    const id = contactsId(scenarioId, phaseId, channelId, customerTypeId);
    const label = { key: 'history.economicsContacts', params: { phase: phase.name, channel: channel.name } };
    this.journal.run({ kind: 'edit', label, undoable: true }, (w) => {
      const old = w.get('economics_contacts', id) ?? null;
      if (contacts === null) {
        if (old && old.deleted === 0) w.update('economics_contacts', id, { deleted: 1 }, old);
        return;
      }
      const row: Row = {
        id,
        scenario_id: scenarioId,
        phase_id: phaseId,
        channel_id: channelId,
        customer_type_id: customerTypeId,
        contacts,
        deleted: 0,
      };
      w.put('economics_contacts', row, old);
    });
    return null;
  }

  updateCustomerType({ customerTypeId, patch }: UpdateInput): CustomerEconomics {
    const type = this.assertExists('customerType', customerTypeId);
    const id = customerEconomicsId(customerTypeId);
    const label = { key: 'history.economicsInputs', params: { name: type.name } };
    return this.journal.run({ kind: 'edit', label, undoable: true }, (w) => {
      const old = w.get('economics_customer_types', id) ?? null;
      const current = old && old.deleted === 0 ? toCustomerEconomics(old) : blankEconomics(customerTypeId);
      const next: CustomerEconomics = { ...current, ...definedOnly(patch) };
      if (patch.npsMode !== undefined && patch.npsMode !== current.npsMode) convertNps(current, next);
      assertNps(next);
      const row: Row = { id, customer_type_id: customerTypeId, deleted: 0 };
      for (const [field, column] of Object.entries(ECONOMICS_COLUMNS)) row[column] = next[field as keyof typeof ECONOMICS_COLUMNS];
      w.put('economics_customer_types', row, old);
      return next;
    });
  }

  private roleContacts(stored: Map<Role, number>): RoleContacts {
    return { 0: stored.get(0) ?? DEFAULT_ROLE_CONTACTS[0], 1: stored.get(1) ?? DEFAULT_ROLE_CONTACTS[1], 2: stored.get(2) ?? DEFAULT_ROLE_CONTACTS[2], 3: stored.get(3) ?? DEFAULT_ROLE_CONTACTS[3] };
  }

  private assertExists<K extends 'scenario' | 'phase' | 'channel' | 'customerType'>(kind: K, id: string): CatalogRow<K> {
    const row = this.catalog.row(kind, id);
    if (!row) throw new AppError('NOT_FOUND', `No ${kind} ${id}`, { id });
    return row;
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Switching between counts and percentages keeps the score: counts become their
 * shares, and shares become whole counts per 100 respondents. Numbers typed in
 * the same patch win over converted ones.
 */
function convertNps(current: CustomerEconomics, next: CustomerEconomics): void {
  const total = npsTotal(current);
  for (const field of NPS_FIELDS) {
    const value = current[field];
    if (next[field] !== value || value === null) continue;
    if (next.npsMode === 'percent') next[field] = total > 0 ? (value / total) * 100 : 0;
    else next[field] = Math.round(value);
  }
}

function assertNps(next: CustomerEconomics): void {
  for (const field of NPS_FIELDS) {
    const value = next[field];
    const problem = value === null ? null : checkNpsValue(next.npsMode, value);
    if (problem?.kind === 'notWhole') throw new AppError('ECONOMICS_NOT_WHOLE', `${field} must be a whole number`, { field });
    if (problem) throw new AppError('ECONOMICS_PERCENT_SUM', `${field} must be 0-100 %`, { sum: value ?? 0 });
  }
  const total = npsTotal(next);
  if (next.npsMode === 'percent' && total > PERCENT_TOTAL_MAX) {
    throw new AppError('ECONOMICS_PERCENT_SUM', `NPS percentages add up to ${total}`, { sum: Math.round(total * 100) / 100 });
  }
}
