import { describe, expect, it } from 'vitest';
import { customerEconomicsPatchSchema, economicsMethods } from '../../contract/economics';
import { checkNpsValue, checkValue, FIELD_RULES } from './rules';

describe('economics rules', () => {
  it('refuse negative counts, rates outside 0-100 and a discount rate of -100 % or less', () => {
    expect(checkValue(FIELD_RULES.transactions, -1)).toMatchObject({ kind: 'range', min: 0 });
    expect(checkValue(FIELD_RULES.retention, 100.5)).toMatchObject({ kind: 'range', max: 100 });
    expect(checkValue(FIELD_RULES.retention, 0)).toBeNull();
    expect(checkValue(FIELD_RULES.discountRate, -100)).toMatchObject({ kind: 'range', minExclusive: true });
    expect(checkValue(FIELD_RULES.discountRate, -99.99)).toBeNull();
    expect(checkValue(FIELD_RULES.horizonYears, 2.5)).toEqual({ kind: 'notWhole' });
    expect(checkValue(FIELD_RULES.price, Number.NaN)).toEqual({ kind: 'notNumber' });
    expect(checkValue(FIELD_RULES.yearlyMargin, -500)).toBeNull();
  });

  it('want whole NPS counts and percentages of 0-100', () => {
    expect(checkNpsValue('counts', 2.5)).toEqual({ kind: 'notWhole' });
    expect(checkNpsValue('counts', 250)).toBeNull();
    expect(checkNpsValue('percent', 2.5)).toBeNull();
    expect(checkNpsValue('percent', 101)).toMatchObject({ kind: 'range' });
  });

  it('are what the contract schemas check', () => {
    expect(customerEconomicsPatchSchema.safeParse({ retention: 101 }).success).toBe(false);
    expect(customerEconomicsPatchSchema.safeParse({ discountRate: -100 }).success).toBe(false);
    expect(customerEconomicsPatchSchema.safeParse({ discountRate: -99.5, retention: null }).success).toBe(true);
    expect(customerEconomicsPatchSchema.safeParse({ promoters: -1 }).success).toBe(false);
    expect(customerEconomicsPatchSchema.safeParse({ horizonYears: 1.5 }).success).toBe(false);
    expect(customerEconomicsPatchSchema.safeParse({ unknown: 1 }).success).toBe(false);
    const contacts = economicsMethods['economics.setContacts'].input;
    expect(contacts.safeParse({ scenarioId: 's', customerTypeId: null, phaseId: 'p', channelId: 'c', contacts: -0.5 }).success).toBe(false);
    expect(contacts.safeParse({ scenarioId: 's', customerTypeId: null, phaseId: 'p', channelId: 'c', contacts: null }).success).toBe(true);
  });
});
