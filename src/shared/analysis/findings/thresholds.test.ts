import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, THRESHOLD_KEYS, resolveThresholds, thresholdProblems, thresholdsSchema } from './thresholds';

describe('thresholds', () => {
  it('has valid defaults: 40% overall, 60% in a phase', () => {
    expect(thresholdsSchema.safeParse(DEFAULT_THRESHOLDS).success).toBe(true);
    expect(DEFAULT_THRESHOLDS).toMatchObject({ dominantShareOverall: 40, dominantSharePhase: 60, carryingRole: 2 });
    expect(THRESHOLD_KEYS).toHaveLength(Object.keys(DEFAULT_THRESHOLDS).length);
    // "Leads nearly everywhere": all phases but one, by default.
    expect(DEFAULT_THRESHOLDS.leadsAllButPhases).toBe(1);
  });

  it('reports values out of range, fractional roles and too many decimals', () => {
    expect(thresholdProblems({ dominantShareOverall: 45.5, carryingRole: 3 })).toEqual([]);
    expect(thresholdProblems({ dominantShareOverall: 101, carryingRole: 1.5, dominantSharePhase: 50.25, competingLeads: 1 })).toEqual([
      { key: 'dominantShareOverall', value: 101, min: 5, max: 100, integer: false },
      { key: 'dominantSharePhase', value: 50.25, min: 5, max: 100, integer: false },
      { key: 'carryingRole', value: 1.5, min: 1, max: 3, integer: true },
      { key: 'competingLeads', value: 1, min: 2, max: 10, integer: true },
    ]);
    expect(thresholdProblems({ dominantShareOverall: Number.NaN })).toHaveLength(1);
    expect(thresholdProblems({ leadsAllButPhases: 0 })).toEqual([]);
    expect(thresholdProblems({ leadsAllButPhases: 6, competingLeads: 2 })).toEqual([{ key: 'leadsAllButPhases', value: 6, min: 0, max: 5, integer: true }]);
    expect(thresholdProblems({ leadsAllButPhases: 0.5 })).toHaveLength(1);
  });

  it('resolves stored values over the defaults, ignoring unknown keys and invalid values', () => {
    expect(resolveThresholds({})).toEqual(DEFAULT_THRESHOLDS);
    expect(resolveThresholds({ dominantShareOverall: 30, unknown: 5, carryingRole: 7 })).toEqual({ ...DEFAULT_THRESHOLDS, dominantShareOverall: 30 });
  });
});
