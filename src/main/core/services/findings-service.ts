import { AppError } from '@shared/errors';
import type { FindingsThresholds } from '@shared/contract/findings';
import { isThresholdKey, resolveThresholds, THRESHOLD_KEYS, thresholdProblems, type ThresholdKey } from '@shared/analysis/findings/thresholds';
import type { Journal } from '../journal/journal';
import type { FindingsRepo } from '../repos/findings-repo';
import { derivedId } from '../db/ids';

export const thresholdId = (key: string): string => derivedId('findingsThreshold', key);

/** The Findings list's tunable thresholds, stored per workspace; each change is one undoable step. */
export class FindingsService {
  constructor(
    private readonly repo: FindingsRepo,
    private readonly journal: Journal,
  ) {}

  getThresholds(): FindingsThresholds {
    const stored = this.repo.storedThresholds();
    const values = resolveThresholds(stored);
    // A stored value this version does not accept shows as the default, not as tuned.
    const tuned = THRESHOLD_KEYS.filter((key) => key in stored && values[key] === stored[key]);
    return { values, tuned };
  }

  /** Set (a number) or reset (null) some thresholds. Any value out of range refuses the whole change. */
  setThresholds(values: Partial<Record<ThresholdKey, number | null>>): FindingsThresholds {
    const set: Partial<Record<ThresholdKey, number>> = {};
    for (const [key, value] of Object.entries(values)) if (isThresholdKey(key) && typeof value === 'number') set[key] = value;
    const [problem] = thresholdProblems(set);
    if (problem) {
      throw new AppError('FINDINGS_THRESHOLD_RANGE', `Threshold ${problem.key} must be between ${problem.min} and ${problem.max}`, {
        key: problem.key,
        value: problem.value,
        min: problem.min,
        max: problem.max,
        integer: problem.integer,
      });
    }
    this.journal.run({ kind: 'edit', label: { key: 'history.findingsThresholds' }, undoable: true }, (w) => {
      for (const key of THRESHOLD_KEYS) {
        const value = values[key];
        if (value === undefined) continue;
        const id = thresholdId(key);
        const old = w.get('findings_thresholds', id) ?? null;
        if (value === null) {
          if (old && old.deleted === 0) w.update('findings_thresholds', id, { deleted: 1 }, old);
        } else {
          w.put('findings_thresholds', { id, key, value, deleted: 0 }, old);
        }
      }
    });
    return this.getThresholds();
  }
}
