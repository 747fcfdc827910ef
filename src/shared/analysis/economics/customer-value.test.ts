import { describe, expect, it } from 'vitest';
import { customerValue } from './customer-value';

describe('customerValue: KW = (T x A x P) - K', () => {
  it('computes the course example shape', () => {
    expect(customerValue({ transactions: 10, purchasesPerTransaction: 2, price: 25, acquisitionCost: 100 })).toEqual({ ok: true, value: { revenue: 500, value: 400 } });
  });

  it('is negative when acquiring costs more than the customer brings', () => {
    expect(customerValue({ transactions: 1, purchasesPerTransaction: 1, price: 10, acquisitionCost: 50 })).toEqual({ ok: true, value: { revenue: 10, value: -40 } });
  });

  it('is zero for all zeros', () => {
    expect(customerValue({ transactions: 0, purchasesPerTransaction: 0, price: 0, acquisitionCost: 0 })).toEqual({ ok: true, value: { revenue: 0, value: 0 } });
  });

  it('names the blank inputs in formula order', () => {
    expect(customerValue({ transactions: null, purchasesPerTransaction: 2, price: null, acquisitionCost: null })).toEqual({
      ok: false,
      why: { kind: 'missing', fields: ['transactions', 'price', 'acquisitionCost'] },
    });
  });

  it('handles the largest allowed inputs without Infinity, and reports overflow instead of NaN', () => {
    const big = customerValue({ transactions: 1e9, purchasesPerTransaction: 1e9, price: 1e12, acquisitionCost: 1e12 });
    expect(big.ok && Number.isFinite(big.value.value)).toBe(true);
    expect(customerValue({ transactions: 1e200, purchasesPerTransaction: 1e200, price: 1, acquisitionCost: 0 })).toEqual({ ok: false, why: { kind: 'tooLarge' } });
  });
});
