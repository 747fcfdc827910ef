/**
 * The scenario a scenario's findings are compared with when nobody chose one:
 * the first visible scenario (the as-is, in the default framework), unless that
 * is the scenario itself. The Findings page, present mode, the report, the
 * deck and the vote labels all use it, so they count the same list.
 */
import { visibleSorted } from '../charts/cells';
import type { Scenario } from '../../domain/types';

export function defaultBaseline(scenarios: readonly Scenario[], scenarioId: string): string | null {
  const first = visibleSorted(scenarios)[0];
  return first && first.id !== scenarioId ? first.id : null;
}
