/**
 * The Findings page's view in the URL hash (#/findings?scenario=..&compare=..&group=..),
 * so Back from the matrix returns to the same list; and the links from a
 * finding into the matrix.
 */
import { SEVERITIES, type Finding, type Severity } from '@shared/analysis/findings';
import { journeyHash } from '../journeys';
import { formatMatrixHash, type CellRef, type MatrixRoute } from '../matrix';

export type GroupBy = 'rule' | 'severity';

export interface FindingsRoute {
  scenario: string | null;
  /** The scenario to describe the change from; null: the default (the first scenario); 'none': no comparison. */
  compare: string | null;
  group: GroupBy;
  /** Only the findings of one severity; 'all' shows every one (the counts always count them all). */
  show: Severity | 'all';
}

export function parseFindingsHash(hash: string): FindingsRoute {
  const params = new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
  return {
    scenario: params.get('scenario') || null,
    compare: params.get('compare') || null,
    group: params.get('group') === 'severity' ? 'severity' : 'rule',
    show: SEVERITIES.find((s) => s === params.get('show')) ?? 'all',
  };
}

export function formatFindingsHash(route: FindingsRoute): string {
  const params = new URLSearchParams();
  if (route.scenario) params.set('scenario', route.scenario);
  if (route.compare) params.set('compare', route.compare);
  if (route.group !== 'rule') params.set('group', route.group);
  if (route.show !== 'all') params.set('show', route.show);
  const query = params.toString();
  return query ? `#/findings?${query}` : '#/findings';
}

/**
 * The baseline for "what the scenario changes": the one asked for, or else
 * `fallback` (defaultBaseline: the first visible scenario unless it is the one
 * shown, as every other surface compares).
 */
export function baselineFor(route: FindingsRoute, scenarioIds: readonly string[], scenario: string | null, fallback: string | null): string | null {
  if (route.compare === 'none') return null;
  if (route.compare && route.compare !== scenario && scenarioIds.includes(route.compare)) return route.compare;
  return fallback;
}

const matrixView: Omit<MatrixRoute, 'scenario' | 'lens'> = { compare: null, mode: 'diff', transposed: false, groupBy: 'none' };

/** The matrix at the finding's scenario and lens with one cell selected and focused. */
export function cellHref(finding: Finding, cell: CellRef): string {
  return formatMatrixHash({ ...matrixView, scenario: finding.scenarioId, lens: finding.lens, cell });
}

/** The matrix comparing the baseline with the scenario (the as-is vs to-be finding). */
export function compareHref(finding: Finding): string | null {
  if (!finding.baselineId) return null;
  return formatMatrixHash({ ...matrixView, scenario: finding.baselineId, compare: finding.scenarioId, lens: { kind: 'all' } });
}

/** A journey finding's journey, with one of its steps focused (by default the first it names). */
export function journeyHref(finding: Finding, stepId?: string): string | null {
  if (!finding.journey) return null;
  return journeyHash(finding.journey.id, stepId ?? finding.journey.steps[0]?.id ?? null);
}
