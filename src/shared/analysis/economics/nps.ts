/** Net Promoter Score: % promoters - % detractors; passives count in the base only. */
import { PERCENT_TOTAL_MAX } from './rules';
import { available, unavailable, type CustomerEconomics, type Outcome } from './types';

export interface NetPromoterScore {
  score: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Number of respondents (counts mode) or 100 (percent mode). */
  base: number;
}

type NpsInputs = Pick<CustomerEconomics, 'npsMode' | 'promoters' | 'passives' | 'detractors'>;

/** Percent mode: the three shares must add up to 100 (within rounding). */
const PERCENT_TOLERANCE = 0.01;

export function netPromoterScore(inputs: NpsInputs): Outcome<NetPromoterScore> {
  const fields = (['promoters', 'passives', 'detractors'] as const).filter((f) => inputs[f] === null);
  if (fields.length === 3) return unavailable({ kind: 'missing', fields });
  // A blank among entered numbers counts as none, so "40 promoters, 10 detractors" is enough.
  const p = inputs.promoters ?? 0;
  const n = inputs.passives ?? 0;
  const d = inputs.detractors ?? 0;
  const base = p + n + d;
  if (!Number.isFinite(base)) return unavailable({ kind: 'tooLarge' });
  if (inputs.npsMode === 'percent') {
    if (Math.abs(base - 100) > PERCENT_TOLERANCE || base > PERCENT_TOTAL_MAX) return unavailable({ kind: 'percentSum', sum: base });
    return available({ score: p - d, promoters: p, passives: n, detractors: d, base: 100 });
  }
  if (base === 0) return unavailable({ kind: 'noResponses' });
  const share = (x: number) => (x / base) * 100;
  return available({ score: share(p) - share(d), promoters: share(p), passives: share(n), detractors: share(d), base });
}
