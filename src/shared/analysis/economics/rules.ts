/**
 * The limits of every economics input, in one place: the zod schemas of the
 * contract, the form fields and the SQL CHECKs of migration 0002 all mirror
 * these, so a value the form accepts is one the core and the file accept.
 */
import type { Role } from '../../domain/types';
import type { CustomerEconomics, RoleContacts } from './types';

export interface FieldRule {
  min: number;
  max: number;
  /** The minimum itself is refused (a discount rate of exactly -100 % divides by zero). */
  minExclusive?: boolean;
  integer?: boolean;
}

const MONEY = 1e12;
const COUNT = 1e9;

/** Expected contacts of one cell, per role or explicit. */
export const CONTACTS_RULE: FieldRule = { min: 0, max: 1000 };

export type NumericField = Exclude<keyof CustomerEconomics, 'customerTypeId' | 'npsMode'>;

export const FIELD_RULES: Record<NumericField, FieldRule> = {
  transactions: { min: 0, max: COUNT },
  purchasesPerTransaction: { min: 0, max: COUNT },
  price: { min: 0, max: MONEY },
  acquisitionCost: { min: 0, max: MONEY },
  yearlyMargin: { min: -MONEY, max: MONEY },
  retention: { min: 0, max: 100 },
  discountRate: { min: -100, max: 1000, minExclusive: true },
  horizonYears: { min: 1, max: 100, integer: true },
  promoters: { min: 0, max: COUNT },
  passives: { min: 0, max: COUNT },
  detractors: { min: 0, max: COUNT },
};

export const NPS_FIELDS = ['promoters', 'passives', 'detractors'] as const;

/** Percentages may add up to at most this (a hair over 100 for rounding). */
export const PERCENT_TOTAL_MAX = 100.000001;

/** A sensible start: a supporting channel is met every other journey, a lead one twice. */
export const DEFAULT_ROLE_CONTACTS: RoleContacts = { 0: 0, 1: 0.5, 2: 1, 3: 2 };

/** The course's claim: five points more retention raise customer value by about 75 % on average. */
export const RETENTION_STEP = 5;
export const COURSE_UPLIFT_CLAIM = 75;

export type RuleProblem =
  | { kind: 'notNumber' }
  | { kind: 'notWhole' }
  | { kind: 'range'; min: number; max: number; minExclusive: boolean };

/** Why a value breaks a rule, or null when it fits. */
export function checkValue(rule: FieldRule, value: number): RuleProblem | null {
  if (!Number.isFinite(value)) return { kind: 'notNumber' };
  const low = rule.minExclusive ? value <= rule.min : value < rule.min;
  if (low || value > rule.max) return { kind: 'range', min: rule.min, max: rule.max, minExclusive: rule.minExclusive === true };
  if (rule.integer && !Number.isInteger(value)) return { kind: 'notWhole' };
  return null;
}

/** The NPS rule that depends on the mode: counts are whole numbers. */
export function checkNpsValue(mode: CustomerEconomics['npsMode'], value: number): RuleProblem | null {
  if (mode === 'counts' && Number.isFinite(value) && !Number.isInteger(value)) return { kind: 'notWhole' };
  if (mode === 'percent') return checkValue({ min: 0, max: 100 }, value);
  return null;
}

/** Sum of the NPS numbers, blanks as 0. */
export function npsTotal(values: Pick<CustomerEconomics, 'promoters' | 'passives' | 'detractors'>): number {
  return (values.promoters ?? 0) + (values.passives ?? 0) + (values.detractors ?? 0);
}

export function blankEconomics(customerTypeId: string): CustomerEconomics {
  return {
    customerTypeId,
    transactions: null,
    purchasesPerTransaction: null,
    price: null,
    acquisitionCost: null,
    yearlyMargin: null,
    retention: null,
    discountRate: null,
    horizonYears: null,
    npsMode: 'counts',
    promoters: null,
    passives: null,
    detractors: null,
  };
}

export const ROLE_LIST: readonly Role[] = [0, 1, 2, 3];
