/** Customer value (klantwaarde): KW = (T x A x P) - K. */
import { available, unavailable, type CustomerEconomics, type Outcome } from './types';

export interface CustomerValue {
  /** T x A x P: what the customer spends over the whole relationship. */
  revenue: number;
  value: number;
}

type KwInputs = Pick<CustomerEconomics, 'transactions' | 'purchasesPerTransaction' | 'price' | 'acquisitionCost'>;

/** KW, or which of T, A, P, K are still blank (in that order). */
export function customerValue(inputs: KwInputs): Outcome<CustomerValue> {
  const { transactions: t, purchasesPerTransaction: a, price: p, acquisitionCost: k } = inputs;
  const fields = (['transactions', 'purchasesPerTransaction', 'price', 'acquisitionCost'] as const).filter((f) => inputs[f] === null);
  if (t === null || a === null || p === null || k === null) return unavailable({ kind: 'missing', fields });
  const revenue = t * a * p;
  const value = revenue - k;
  if (!Number.isFinite(revenue) || !Number.isFinite(value)) return unavailable({ kind: 'tooLarge' });
  return available({ revenue, value });
}
