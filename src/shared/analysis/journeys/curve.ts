/**
 * The emotion curve: one point per step with an emotion, placed at
 * x = phase index + where the step sits inside its phase column (0..1). Curves
 * of journeys with different step counts then share one chart: the phases line
 * up, whatever the number of steps in each. Steps without a live phase get a
 * trailing column after the last phase. Long journeys are thinned for drawing.
 */
import type { Emotion, JourneyStep } from '../../domain/journeys';
import { phaseIndex } from './order';

export interface CurvePoint {
  stepId: string;
  /** Phase index plus the fractional place inside the phase (0 = first phase's start). */
  x: number;
  emotion: Emotion;
  /** The step's live phase; null for the trailing "no phase" column. */
  phaseId: string | null;
}

/** More points than this are thinned: a 200-step curve has more points than pixels to spare per point. */
export const CURVE_POINT_BUDGET = 120;

/** The curve of one journey; `orderedSteps` in reading order (see readingOrder). */
export function emotionCurve(
  orderedSteps: readonly Pick<JourneyStep, 'id' | 'phaseId' | 'emotion'>[],
  phases: readonly { id: string }[],
): CurvePoint[] {
  const index = phaseIndex(phases);
  const columnOf = (s: (typeof orderedSteps)[number]) => (s.phaseId === null ? undefined : index.get(s.phaseId)) ?? phases.length;
  const sizes = new Map<number, number>();
  for (const step of orderedSteps) sizes.set(columnOf(step), (sizes.get(columnOf(step)) ?? 0) + 1);
  const seen = new Map<number, number>();
  const points: CurvePoint[] = [];
  for (const step of orderedSteps) {
    const column = columnOf(step);
    const k = seen.get(column) ?? 0;
    seen.set(column, k + 1);
    if (step.emotion === null) continue;
    points.push({
      stepId: step.id,
      x: column + (k + 0.5) / sizes.get(column)!,
      emotion: step.emotion,
      phaseId: column < phases.length ? step.phaseId : null,
    });
  }
  return points;
}

export interface CurveSeries {
  journeyId: string;
  points: CurvePoint[];
  /** Whether points were thinned to the budget. */
  thinned: boolean;
}

/** Several journeys' curves on one shared x axis, each thinned to the budget. */
export function overlayCurves(
  journeys: readonly { journeyId: string; orderedSteps: readonly Pick<JourneyStep, 'id' | 'phaseId' | 'emotion'>[] }[],
  phases: readonly { id: string }[],
  budget: number = CURVE_POINT_BUDGET,
): CurveSeries[] {
  return journeys.map(({ journeyId, orderedSteps }) => {
    const points = emotionCurve(orderedSteps, phases);
    const kept = thinCurve(points, budget);
    return { journeyId, points: kept, thinned: kept.length < points.length };
  });
}

/**
 * Largest-triangle-three-buckets: keeps the first and last point and, per
 * bucket, the point that makes the largest triangle with its neighbours, so
 * dips and peaks (the moments that matter in a journey) survive thinning.
 */
export function thinCurve(points: readonly CurvePoint[], budget: number = CURVE_POINT_BUDGET): CurvePoint[] {
  if (!Number.isInteger(budget) || budget < 3) throw new RangeError(`budget must be an integer of at least 3, got ${budget}`);
  if (points.length <= budget) return [...points];
  const out: CurvePoint[] = [points[0]!];
  const size = (points.length - 2) / (budget - 2);
  let a = 0;
  for (let i = 0; i < budget - 2; i++) {
    const start = Math.floor(i * size) + 1;
    const end = Math.min(Math.floor((i + 1) * size) + 1, points.length - 1);
    const nextEnd = Math.min(Math.floor((i + 2) * size) + 1, points.length);
    let avgX = 0;
    let avgY = 0;
    for (let j = end; j < nextEnd; j++) {
      avgX += points[j]!.x;
      avgY += points[j]!.emotion;
    }
    const n = Math.max(nextEnd - end, 1);
    avgX /= n;
    avgY /= n;
    let best = start;
    let bestArea = -1;
    for (let j = start; j < end; j++) {
      const p = points[j]!;
      const area = Math.abs((points[a]!.x - avgX) * (p.emotion - points[a]!.emotion) - (points[a]!.x - p.x) * (avgY - points[a]!.emotion));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    out.push(points[best]!);
    a = best;
  }
  out.push(points[points.length - 1]!);
  return out;
}
