import { describe, expect, it } from 'vitest';
import { lifetimeValue, retentionSensitivity } from './lifetime-value';

const inputs = { yearlyMargin: 100, retention: 80, discountRate: 10, horizonYears: 3 };

describe('lifetimeValue: sum over t=1..N of m r^(t-1) / (1+d)^t', () => {
  it('discounts each year and weighs it by retention', () => {
    const expected = 100 / 1.1 + (100 * 0.8) / 1.1 ** 2 + (100 * 0.64) / 1.1 ** 3;
    const clv = lifetimeValue(inputs);
    expect(clv.ok && clv.value).toBeCloseTo(expected, 9);
  });

  it('is one discounted year at 0 % retention', () => {
    const clv = lifetimeValue({ ...inputs, retention: 0 });
    expect(clv.ok && clv.value).toBeCloseTo(100 / 1.1, 9);
  });

  it('counts every year fully at 100 % retention and 0 % discount', () => {
    expect(lifetimeValue({ yearlyMargin: 50, retention: 100, discountRate: 0, horizonYears: 10 })).toEqual({ ok: true, value: 500 });
  });

  it('grows the value with a negative discount rate and overflows safely near -100 %', () => {
    const clv = lifetimeValue({ ...inputs, discountRate: -50 });
    expect(clv.ok && clv.value).toBeCloseTo(200 + 320 + 512, 9);
    expect(lifetimeValue({ yearlyMargin: 1e12, retention: 100, discountRate: -99.9999999, horizonYears: 100 })).toEqual({ ok: false, why: { kind: 'tooLarge' } });
    expect(lifetimeValue({ ...inputs, discountRate: -100 })).toEqual({ ok: false, why: { kind: 'tooLarge' } });
  });

  it('is zero for a zero margin and names blank inputs', () => {
    expect(lifetimeValue({ ...inputs, yearlyMargin: 0 })).toEqual({ ok: true, value: 0 });
    expect(lifetimeValue({ yearlyMargin: null, retention: 80, discountRate: null, horizonYears: 5 })).toEqual({
      ok: false,
      why: { kind: 'missing', fields: ['yearlyMargin', 'discountRate'] },
    });
  });
});

describe('retentionSensitivity: five more points of retention', () => {
  it('compares the uplift with the course claim of +75 %', () => {
    const s = retentionSensitivity({ yearlyMargin: 100, retention: 80, discountRate: 0, horizonYears: 2 });
    // base 100 + 80 = 180; raised 100 + 85 = 185
    expect(s).toEqual({ ok: true, value: { base: 180, raisedRetention: 85, raised: 185, upliftPercent: (5 / 180) * 100, ofClaim: (5 / 180) * 100 / 75 } });
  });

  it('caps the raised retention at 100 % and says when it cannot be raised', () => {
    const s = retentionSensitivity({ ...inputs, retention: 97 });
    expect(s.ok && s.value.raisedRetention).toBe(100);
    expect(retentionSensitivity({ ...inputs, retention: 100 })).toEqual({ ok: false, why: { kind: 'retentionAtMax' } });
  });

  it('cannot express a change relative to zero', () => {
    expect(retentionSensitivity({ ...inputs, yearlyMargin: 0 })).toEqual({ ok: false, why: { kind: 'zeroBase' } });
  });

  it('is negative for a loss-making customer (more retention, more loss)', () => {
    const s = retentionSensitivity({ ...inputs, yearlyMargin: -100 });
    expect(s.ok && s.value.upliftPercent).toBeLessThan(0);
  });

  it('has no effect with a one-year horizon, and passes missing inputs on', () => {
    const s = retentionSensitivity({ ...inputs, horizonYears: 1 });
    expect(s.ok && s.value.upliftPercent).toBe(0);
    expect(retentionSensitivity({ ...inputs, retention: null })).toEqual({ ok: false, why: { kind: 'missing', fields: ['retention'] } });
  });
});
