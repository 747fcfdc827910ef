/**
 * The findings part of the contract (see api.ts for how a method is
 * dispatched). Findings themselves are computed in the renderer from data it
 * already reads (shared/analysis/findings); the core keeps the thresholds.
 */
import { z } from 'zod';
import { THRESHOLD_KEYS, type ThresholdKey, type Thresholds } from '../analysis/findings/thresholds';
import { command, empty, query } from './define';

export interface FindingsThresholds {
  /** Every threshold: the tuned value, or the default. */
  values: Thresholds;
  /** The thresholds this workspace has tuned (the rest are at their defaults). */
  tuned: ThresholdKey[];
}

/**
 * Any finite number passes here: whether it is in range is the service's
 * check, so an out-of-range value gets FINDINGS_THRESHOLD_RANGE in the user's
 * words instead of a generic validation error. null puts a threshold back to
 * its default.
 */
const patchSchema = z
  .object(Object.fromEntries(THRESHOLD_KEYS.map((key) => [key, z.number().finite().nullable().optional()])) as Record<
    ThresholdKey,
    z.ZodOptional<z.ZodNullable<z.ZodNumber>>
  >)
  .strict();

export const findingsMethods = {
  'findings.getThresholds': query<FindingsThresholds>()(empty),
  /** Change some thresholds as ONE undoable step; nothing is written if any value is out of range. */
  'findings.setThresholds': command<FindingsThresholds>()(z.object({ values: patchSchema }).strict()),
} as const;

/** The synced tables this area owns. */
export const findingsTables = ['findings_thresholds'] as const;
