/**
 * Customer lifetime value: the net present value of the yearly margins a
 * customer is expected to bring, over a finite horizon:
 *
 *   CLV = sum over t = 1..N of  m x r^(t-1) / (1 + d)^t
 *
 * m yearly margin, r retention (a fraction), d discount rate (a fraction), N
 * years. Year 1's margin is certain (the customer was just won), each later year
 * is reached with probability r^(t-1), and every margin arrives at the end of its
 * year. A finite horizon keeps the value finite at 100 % retention, where the
 * infinite-horizon closed form m x (1 + d) / (1 + d - r) breaks down at d = 0.
 */
import { COURSE_UPLIFT_CLAIM, RETENTION_STEP } from './rules';
import { available, unavailable, type CustomerEconomics, type Outcome } from './types';

type ClvInputs = Pick<CustomerEconomics, 'yearlyMargin' | 'retention' | 'discountRate' | 'horizonYears'>;

const CLV_FIELDS = ['yearlyMargin', 'retention', 'discountRate', 'horizonYears'] as const;

/** The CLV for inputs that are all present. */
function npv(margin: number, retention: number, discount: number, years: number): number | null {
  if (discount <= -100 || !Number.isInteger(years) || years < 1) return null;
  const r = retention / 100;
  const growth = 1 + discount / 100;
  let sum = 0;
  let survival = 1;
  let factor = 1;
  for (let t = 1; t <= years; t++) {
    factor *= growth;
    sum += (margin * survival) / factor;
    survival *= r;
  }
  return Number.isFinite(sum) ? sum : null;
}

/** CLV, or what is missing / why it cannot be computed. */
export function lifetimeValue(inputs: ClvInputs): Outcome<number> {
  const { yearlyMargin: m, retention: r, discountRate: d, horizonYears: n } = inputs;
  if (m === null || r === null || d === null || n === null) {
    return unavailable({ kind: 'missing', fields: CLV_FIELDS.filter((f) => inputs[f] === null) });
  }
  const value = npv(m, r, d, n);
  return value === null ? unavailable({ kind: 'tooLarge' }) : available(value);
}

export interface RetentionSensitivity {
  base: number;
  /** Retention plus five points (at most 100 %). */
  raisedRetention: number;
  raised: number;
  /** Change in percent of the base value (negative margins make it negative). */
  upliftPercent: number;
  /** upliftPercent / 75: how this workspace compares with the course's average claim. */
  ofClaim: number;
}

/** What five more points of retention do to the CLV, beside the course's +75 % claim. */
export function retentionSensitivity(inputs: ClvInputs): Outcome<RetentionSensitivity> {
  const base = lifetimeValue(inputs);
  if (!base.ok) return base;
  const retention = inputs.retention!;
  if (retention >= 100) return unavailable({ kind: 'retentionAtMax' });
  const raisedRetention = Math.min(100, retention + RETENTION_STEP);
  const raised = lifetimeValue({ ...inputs, retention: raisedRetention });
  if (!raised.ok) return raised;
  if (base.value === 0) return unavailable({ kind: 'zeroBase' });
  const upliftPercent = ((raised.value - base.value) / Math.abs(base.value)) * 100;
  if (!Number.isFinite(upliftPercent)) return unavailable({ kind: 'tooLarge' });
  return available({ base: base.value, raisedRetention, raised: raised.value, upliftPercent, ofClaim: upliftPercent / COURSE_UPLIFT_CLAIM });
}
