/**
 * What a slide shows, as one string (its subject key) and back, and whether
 * that subject still exists in the workspace. Suggested slides and the slides
 * a facilitator adds are identified by their subject key, so two devices that
 * add the same slide converge on one row.
 */
import { lensFromKey, lensKey } from '../domain/lens';
import type { Catalog, Lens } from '../domain/types';
import type { Journey } from '../domain/journeys';
import type { VoteSession } from '../domain/workshop';
import { CHART_IDS, CHARTS, type ChartId } from '../analysis/charts/registry';

export { CHART_IDS, type ChartId };

/** What a slide shows, by kind. Ids name workspace things; texts are the user's own. */
export type SlideParams =
  | { kind: 'title' }
  | { kind: 'matrix'; scenarioId: string; lens: Lens }
  /** The delta chart compares scenarioId with compareScenarioId (from -> to). */
  | { kind: 'chart'; chartId: ChartId; scenarioId: string; lens: Lens; compareScenarioId: string | null }
  | { kind: 'findings'; scenarioId: string; lens: Lens }
  /** The step from one scenario to another: what it adds and removes, with the delta chart. */
  | { kind: 'change'; scenarioId: string; compareScenarioId: string; lens: Lens }
  | { kind: 'journey'; journeyId: string }
  /** Cost to serve per customer type; a customer-type lens shows that type alone. */
  | { kind: 'economics'; scenarioId: string; lens: Lens }
  | { kind: 'summary' }
  | { kind: 'text'; title: string; body: string }
  /** A revealed dot vote's totals; `title` is the vote's question as the workspace has it now. */
  | { kind: 'votes'; voteId: string; title: string }
  /** How participants join the workshop: the QR code and the short address, full screen. */
  | { kind: 'join' };

export type SubjectParams = Exclude<SlideParams, { kind: 'text' }>;

/** Slides that show a scenario through a lens: the facilitator can point each at another one. */
export type TargetedParams = Extract<SlideParams, { scenarioId: string }>;

/** The kinds a facilitator can add (the others the workspace suggests by itself, or are text). */
export const ADDABLE_KINDS = ['matrix', 'chart', 'findings', 'change', 'economics', 'join'] as const;
export type AddableParams = Extract<SlideParams, { kind: (typeof ADDABLE_KINDS)[number] }>;

export const isTargeted = (params: SlideParams): params is TargetedParams => 'scenarioId' in params;

/** The keys of the findings and economics slides of the first scenario, as version 4 of the file saved them. */
export const FIRST_SCENARIO_KEYS = { findings: 'findings', economics: 'economics' } as const;

/** The subject key of a slide: what it shows, spelled out. */
export function slideKey(params: SubjectParams): string {
  switch (params.kind) {
    case 'matrix':
    case 'findings':
    case 'economics':
      return `${params.kind}:${params.scenarioId}:${lensKey(params.lens)}`;
    case 'chart':
      return `chart:${params.chartId}:${params.scenarioId}:${lensKey(params.lens)}`;
    case 'change':
      return `change:${params.scenarioId}:${params.compareScenarioId}:${lensKey(params.lens)}`;
    case 'journey':
      return `journey:${params.journeyId}`;
    case 'votes':
      return `votes:${params.voteId}`;
    default:
      return params.kind;
  }
}

const isChartId = (id: string | undefined): id is ChartId => (CHART_IDS as readonly (string | undefined)[]).includes(id);

/** A lens written as the rest of a key ('all' or '<kind>:<id>'); null when it is unreadable. */
function lensFromParts(parts: string[]): Lens | null {
  if (parts.length === 1 && parts[0] === 'all') return { kind: 'all' };
  if (parts.length !== 2) return null;
  const lens = lensFromKey(parts.join(':'));
  return lens.kind === 'all' ? null : lens;
}

/**
 * The params of a slide a facilitator added, read back from its key; null for
 * a key that names nothing addable. A delta chart's other scenario is not in
 * its key: it comes from the row's target (see SlideTarget).
 */
export function parseSlideKey(key: string): AddableParams | null {
  const [kind, ...rest] = key.split(':');
  if (kind === 'join') return rest.length === 0 ? { kind: 'join' } : null;
  if (kind === 'matrix' || kind === 'findings' || kind === 'economics') {
    const [scenarioId, ...lensParts] = rest;
    const lens = lensFromParts(lensParts);
    return scenarioId && lens ? { kind, scenarioId, lens } : null;
  }
  if (kind === 'chart') {
    const [chartId, scenarioId, ...lensParts] = rest;
    const lens = lensFromParts(lensParts);
    return isChartId(chartId) && scenarioId && lens ? { kind: 'chart', chartId, scenarioId, lens, compareScenarioId: null } : null;
  }
  if (kind === 'change') {
    const [scenarioId, compareScenarioId, ...lensParts] = rest;
    const lens = lensFromParts(lensParts);
    return scenarioId && compareScenarioId && lens ? { kind: 'change', scenarioId, compareScenarioId, lens } : null;
  }
  return null;
}

/** A matrix slide's scenario and lens from its key; null when it is not one. */
export function parseMatrixKey(key: string): { scenarioId: string; lens: Lens } | null {
  const params = parseSlideKey(key);
  return params?.kind === 'matrix' ? { scenarioId: params.scenarioId, lens: params.lens } : null;
}

export interface DeckSubjects {
  /** The lens lists are only read to check slides pointed at another lens (see subjectExists). */
  catalog: Pick<Catalog, 'scenarios'> & { customerTypes?: readonly { id: string }[]; typologies?: readonly { id: string }[]; productDomains?: readonly { id: string }[] };
  journeys: readonly Pick<Journey, 'id' | 'position' | 'scenarioId'>[];
  /** Saved dot votes; only revealed ones get a slide, so hidden totals never reach a screen. */
  votes?: readonly Pick<VoteSession, 'id' | 'title' | 'status' | 'createdAt'>[];
}

const LENS_LISTS = { customerType: 'customerTypes', typology: 'typologies', productDomain: 'productDomains' } as const;

export const scenarioShown = (subjects: DeckSubjects, id: string | null): boolean =>
  id !== null && subjects.catalog.scenarios.some((s) => s.id === id && !s.hidden);

export function lensExists(subjects: DeckSubjects, lens: Lens): boolean {
  if (lens.kind === 'all') return true;
  const list = subjects.catalog[LENS_LISTS[lens.kind]] ?? [];
  return list.some((item) => item.id === lens.id);
}

/** Whether a matrix slide's scenario (visible) and lens still exist. */
export const matrixSubjectExists = (subjects: DeckSubjects, scenarioId: string, lens: Lens): boolean =>
  scenarioShown(subjects, scenarioId) && lensExists(subjects, lens);

/** Whether everything a slide shows still exists (a deleted or hidden scenario, a deleted lens: no). */
export function subjectExists(subjects: DeckSubjects, params: SubjectParams): boolean {
  switch (params.kind) {
    case 'matrix':
    case 'findings':
    case 'economics':
      return matrixSubjectExists(subjects, params.scenarioId, params.lens);
    case 'chart':
      return (
        matrixSubjectExists(subjects, params.scenarioId, params.lens) &&
        (params.chartId !== 'delta' || (scenarioShown(subjects, params.compareScenarioId) && params.compareScenarioId !== params.scenarioId))
      );
    case 'change':
      return matrixSubjectExists(subjects, params.scenarioId, params.lens) && scenarioShown(subjects, params.compareScenarioId) && params.compareScenarioId !== params.scenarioId;
    case 'journey':
      return subjects.journeys.some((j) => j.id === params.journeyId);
    case 'votes':
      return (subjects.votes ?? []).some((v) => v.id === params.voteId && v.status === 'revealed');
    default:
      return true;
  }
}

/** Where the facilitator pointed a slide: each field null keeps what the slide shows by itself. */
export interface SlideTarget {
  scenarioId: string | null;
  compareScenarioId: string | null;
  lens: Lens | null;
}

export const NO_TARGET: SlideTarget = { scenarioId: null, compareScenarioId: null, lens: null };

/** A slide's params pointed at its target; the params as they were when the target does not apply or no longer exists. */
export function applyTarget(params: SlideParams, target: SlideTarget, subjects: DeckSubjects): SlideParams {
  if (!isTargeted(params)) return params;
  let next: TargetedParams = { ...params };
  if (target.scenarioId !== null) next = { ...next, scenarioId: target.scenarioId };
  if (target.lens !== null) next = { ...next, lens: target.lens };
  if (target.compareScenarioId !== null && (next.kind === 'change' || (next.kind === 'chart' && CHARTS[next.chartId].compares))) {
    next = { ...next, compareScenarioId: target.compareScenarioId };
  }
  return subjectExists(subjects, next) ? next : params;
}
