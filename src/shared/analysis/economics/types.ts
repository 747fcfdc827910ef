import type { Role } from '../../domain/types';

/** Expected contacts per matrix role: index = role (0 none .. 3 lead). */
export type RoleContacts = Readonly<Record<Role, number>>;

/** An explicit number of expected contacts for one cell; customerTypeId null = all customers. */
export interface ContactOverride {
  scenarioId: string;
  customerTypeId: string | null;
  phaseId: string;
  channelId: string;
  contacts: number;
}

export const NPS_MODES = ['counts', 'percent'] as const;
export type NpsMode = (typeof NPS_MODES)[number];

/** The economics inputs of one customer type; null = not entered. Rates are percentages. */
export interface CustomerEconomics {
  customerTypeId: string;
  /** T: expected transactions over the whole relationship. */
  transactions: number | null;
  /** A: purchases per transaction. */
  purchasesPerTransaction: number | null;
  /** P: average price per purchase. */
  price: number | null;
  /** K: acquisition cost of one customer. */
  acquisitionCost: number | null;
  /** m: net contribution (margin) per customer per year. */
  yearlyMargin: number | null;
  /** r: share of customers still buying a year later, 0-100 %. */
  retention: number | null;
  /** d: yearly discount rate, above -100 %. */
  discountRate: number | null;
  /** N: years of the relationship counted in the lifetime value. */
  horizonYears: number | null;
  npsMode: NpsMode;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
}

/** What `economics.get` returns for one scenario. */
export interface EconomicsData {
  roleContacts: RoleContacts;
  /** Which roles use the built-in default (no value stored). */
  defaultRoles: Role[];
  /** The explicit contact numbers of this scenario, all customers and every customer type. */
  overrides: ContactOverride[];
  /** Inputs per live customer type (blank inputs for a type nobody has filled in yet). */
  customerTypes: CustomerEconomics[];
}

/** A result that may not be computable; `why` says what is missing or wrong, never NaN. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; why: Unavailable };

export type Unavailable =
  | { kind: 'missing'; fields: readonly string[] }
  | { kind: 'tooLarge' }
  | { kind: 'noResponses' }
  | { kind: 'percentSum'; sum: number }
  | { kind: 'zeroBase' }
  | { kind: 'retentionAtMax' }
  /** Cost to serve: no channel has expected contacts in this scenario and lens. */
  | { kind: 'noContacts' }
  /** Cost to serve: channels have contacts, but none has a cost per contact. */
  | { kind: 'noCosts' };

export const unavailable = <T>(why: Unavailable): Outcome<T> => ({ ok: false, why });
export const available = <T>(value: T): Outcome<T> => ({ ok: true, value });
