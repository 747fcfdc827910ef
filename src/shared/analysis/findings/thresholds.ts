/**
 * The numbers the user can tune on the Findings page. Each has a default, a
 * range and a unit; the zod schema is derived from the same table, so the
 * renderer's form, the core's check and the stored rows agree on what is valid.
 */
import { z } from 'zod';

export type ThresholdUnit = 'percent' | 'role' | 'count';

export interface ThresholdSpec {
  default: number;
  min: number;
  max: number;
  unit: ThresholdUnit;
}

export const THRESHOLD_SPECS = {
  /** A channel carrying more than this share of all role weight (in one lens) is "too much attention on one medium". */
  dominantShareOverall: { default: 40, min: 5, max: 100, unit: 'percent' },
  /** The same, within one phase. */
  dominantSharePhase: { default: 60, min: 5, max: 100, unit: 'percent' },
  /** From this role on a channel "carries" a phase (what advise/transact/inform rest on). */
  carryingRole: { default: 2, min: 1, max: 3, unit: 'role' },
  /** A personal channel gives a fast path to transact from this role on (an online channel always does). */
  fastPathPersonalRole: { default: 2, min: 1, max: 3, unit: 'role' },
  /**
   * A channel that leads all phases but this many "leads nearly everywhere"
   * (0: only leading every phase counts). It must still lead more than half of them.
   */
  leadsAllButPhases: { default: 1, min: 0, max: 5, unit: 'count' },
  /** How many lead channels without a note make a phase contested. */
  competingLeads: { default: 2, min: 2, max: 10, unit: 'count' },
  /** A channel that only supports a phase but makes up at least this share of the phase's cost is reported. */
  supportingCostShare: { default: 50, min: 5, max: 100, unit: 'percent' },
  /** A channel making up at least this share of the cost of a journey is reported. */
  journeyCostShare: { default: 50, min: 5, max: 100, unit: 'percent' },
  /** A change in the cost of a journey between two scenarios is reported from this share on. */
  costChangeShare: { default: 5, min: 0.1, max: 100, unit: 'percent' },
} as const satisfies Record<string, ThresholdSpec>;

export type ThresholdKey = keyof typeof THRESHOLD_SPECS;
export type Thresholds = Record<ThresholdKey, number>;

export const THRESHOLD_KEYS = Object.keys(THRESHOLD_SPECS) as ThresholdKey[];

export const DEFAULT_THRESHOLDS: Thresholds = Object.fromEntries(
  THRESHOLD_KEYS.map((key) => [key, THRESHOLD_SPECS[key].default]),
) as Thresholds;

export function isThresholdKey(key: string): key is ThresholdKey {
  return Object.prototype.hasOwnProperty.call(THRESHOLD_SPECS, key);
}

/** Roles and counts are whole numbers; percentages may have one decimal. */
export function thresholdSchema(key: ThresholdKey): z.ZodNumber {
  const spec: ThresholdSpec = THRESHOLD_SPECS[key];
  const base = z.number().finite().min(spec.min).max(spec.max);
  return spec.unit === 'percent' ? base.multipleOf(0.1) : base.int();
}

/** A complete, valid set of thresholds. */
export const thresholdsSchema = z
  .object(Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, thresholdSchema(key)])) as Record<ThresholdKey, z.ZodNumber>)
  .strict();

export interface ThresholdProblem {
  key: ThresholdKey;
  value: number;
  min: number;
  max: number;
  /** Whole numbers only (roles and counts). */
  integer: boolean;
}

/** What is wrong with a (partial) change of thresholds; empty when all of it is valid. */
export function thresholdProblems(patch: Partial<Record<ThresholdKey, number>>): ThresholdProblem[] {
  const problems: ThresholdProblem[] = [];
  for (const key of THRESHOLD_KEYS) {
    const value = patch[key];
    if (value === undefined) continue;
    if (!thresholdSchema(key).safeParse(value).success) {
      const spec: ThresholdSpec = THRESHOLD_SPECS[key];
      problems.push({ key, value, min: spec.min, max: spec.max, integer: spec.unit !== 'percent' });
    }
  }
  return problems;
}

/**
 * Stored values over the defaults. A stored value this version finds invalid
 * (written by a newer version with wider ranges, say) falls back to the default
 * rather than bending an analysis; unknown keys are ignored for the same reason.
 */
export function resolveThresholds(stored: Readonly<Record<string, number>>): Thresholds {
  const result: Thresholds = { ...DEFAULT_THRESHOLDS };
  for (const [key, value] of Object.entries(stored)) {
    if (isThresholdKey(key) && thresholdSchema(key).safeParse(value).success) result[key] = value;
  }
  return result;
}
