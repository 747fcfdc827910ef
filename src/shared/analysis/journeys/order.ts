/**
 * The reading order of a journey: phase order first, then the step's position
 * inside its column. Steps without a live phase (deleted, or never placed)
 * come last, in their own position order, so nothing disappears.
 */
import type { JourneyStep } from '../../domain/journeys';

export type OrderedStep = Pick<JourneyStep, 'id' | 'phaseId' | 'position'>;

/** The index of each live phase (in the given order); missing phases have none. */
export function phaseIndex(phases: readonly { id: string }[]): Map<string, number> {
  return new Map(phases.map((p, i) => [p.id, i]));
}

export function readingOrder<S extends OrderedStep>(steps: readonly S[], phases: readonly { id: string }[]): S[] {
  const index = phaseIndex(phases);
  const column = (s: S) => (s.phaseId === null ? undefined : index.get(s.phaseId)) ?? phases.length;
  const keyed = steps.map((step) => ({ step, column: column(step) }));
  keyed.sort(
    (a, b) =>
      a.column - b.column ||
      compareText(a.step.position, b.step.position) ||
      compareText(a.step.id, b.step.id),
  );
  return keyed.map((k) => k.step);
}

/** Byte order, as SQLite compares positions: the core and the UI sort alike. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether the step sits in a live phase column. */
export function isPlaced(step: Pick<JourneyStep, 'phaseId'>, index: ReadonlyMap<string, number>): boolean {
  return step.phaseId !== null && index.has(step.phaseId);
}
