/**
 * The presentation deck: which slides a workspace presents, in which order,
 * with what notes. Pure: the core stores the facilitator's choices (order,
 * hidden, notes, free text slides) and this module merges them with the
 * slides the workspace itself suggests, so a new journey or scenario shows up
 * without anyone adding it and a deleted one disappears from the deck.
 *
 * Present mode, the presenter view and the PDF/PPTX/XLSX deliverables all read
 * the same Deck, so what is shown and what is exported agree.
 */
import { generateKeyBetween } from 'fractional-indexing';
import { CHART_IDS, CHARTS } from '../analysis/charts/registry';
import type { Lens } from '../domain/types';
import {
  FIRST_SCENARIO_KEYS,
  NO_TARGET,
  applyTarget,
  parseSlideKey,
  slideKey,
  subjectExists,
  type DeckSubjects,
  type SlideParams,
  type SlideTarget,
  type SubjectParams,
} from './slide-keys';

export { CHART_IDS, parseMatrixKey, matrixSubjectExists, slideKey } from './slide-keys';
export type { ChartId, DeckSubjects, SlideParams, SlideTarget } from './slide-keys';

/** Every kind of slide. The deck table's CHECK lists the same kinds (a test compares them). */
export const SLIDE_KINDS = ['title', 'matrix', 'chart', 'findings', 'change', 'journey', 'economics', 'summary', 'text', 'votes', 'join'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export const MAX_SLIDE_TITLE = 200;
export const MAX_SLIDE_BODY = 2000;
export const MAX_SLIDE_NOTES = 5000;
export const MAX_SLIDES = 500;

export interface Slide {
  /**
   * Stable identity. A suggested or added slide's id is its subject key
   * (slideKey), so the same subject is the same slide on every device and
   * after a rebuild; a free text slide's id is the UUID of its stored row.
   */
  id: string;
  kind: SlideKind;
  /** What the slide shows, its target applied. */
  params: SlideParams;
  hidden: boolean;
  notes: string;
  /** Fractional-index string: ascending is the deck's order. */
  position: string;
  /** True when the facilitator has saved something about it (order, hidden, notes) or it is a text slide. */
  saved: boolean;
  /** Where the facilitator pointed the slide (another scenario or lens than it shows by itself). */
  target: SlideTarget;
  /** Text slides and the slides the facilitator added can be deleted; the workspace's own are hidden instead. */
  removable: boolean;
}

export type Deck = Slide[];

/** The facilitator's stored choices about one slide (a row of the deck table). */
export interface SavedSlide {
  /** slideKey of a suggested or added slide, or the text slide's UUID. */
  id: string;
  kind: SlideKind;
  /** Only text slides keep their params (title and body) here; the others take theirs from their key and the workspace. */
  params: SlideParams | null;
  hidden: boolean;
  notes: string;
  position: string;
  target?: SlideTarget;
}

const byPosition = <T extends { position: string; id: string }>(a: T, b: T): number =>
  a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The deck the workspace suggests, in the default order: title, the matrix of
 * every visible scenario for all customers, each chart of the first scenario
 * (the delta from the first to the last when there are two or more), the
 * change from the first scenario to the last, the findings of each scenario,
 * the results of each revealed vote (oldest first), each journey, the
 * economics of each scenario, a closing summary.
 */
export function buildDefaultDeck(subjects: DeckSubjects): Deck {
  const all: Lens = { kind: 'all' };
  const scenarios = subjects.catalog.scenarios.filter((s) => !s.hidden).sort(byPosition);
  const scenarioIds = new Set(scenarios.map((s) => s.id));
  const params: SubjectParams[] = [{ kind: 'title' }];
  for (const s of scenarios) params.push({ kind: 'matrix', scenarioId: s.id, lens: all });
  const first = scenarios[0];
  const last = scenarios[scenarios.length - 1];
  const twoOrMore = first !== undefined && last !== undefined && first.id !== last.id;
  if (first) {
    for (const chartId of CHART_IDS) {
      const { compares } = CHARTS[chartId];
      if (compares && !twoOrMore) continue;
      params.push({ kind: 'chart', chartId, scenarioId: first.id, lens: all, compareScenarioId: compares ? last!.id : null });
    }
  }
  if (twoOrMore) params.push({ kind: 'change', scenarioId: first.id, compareScenarioId: last.id, lens: all });
  for (const s of scenarios) params.push({ kind: 'findings', scenarioId: s.id, lens: all });
  const revealed = (subjects.votes ?? []).filter((v) => v.status === 'revealed');
  revealed.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  for (const v of revealed) params.push({ kind: 'votes', voteId: v.id, title: v.title });
  const journeys = subjects.journeys.filter((j) => scenarioIds.has(j.scenarioId)).slice().sort(byPosition);
  for (const j of journeys) params.push({ kind: 'journey', journeyId: j.id });
  for (const s of scenarios) params.push({ kind: 'economics', scenarioId: s.id, lens: all });
  params.push({ kind: 'summary' });

  let position: string | null = null;
  return params.map((p) => {
    position = generateKeyBetween(position, null);
    return { id: defaultKey(p, first?.id), kind: p.kind, params: p, hidden: false, notes: '', position, saved: false, target: NO_TARGET, removable: false };
  });
}

/** Version 4 saved the first scenario's findings and economics under a bare key; they keep it, so their notes stay theirs. */
function defaultKey(params: SubjectParams, firstScenarioId: string | undefined): string {
  if ((params.kind === 'findings' || params.kind === 'economics') && params.scenarioId === firstScenarioId && params.lens.kind === 'all') {
    return FIRST_SCENARIO_KEYS[params.kind];
  }
  return slideKey(params);
}

/** Text slides and the slides the facilitator added. */
export const isRemovable = (slide: Pick<Slide, 'removable'>): boolean => slide.removable;

/** A position strictly between two (either open); tolerates neighbours out of order from a merge of two devices. */
function between(after: string | null, before: string | null): string {
  if (after !== null && before !== null && after >= before) return generateKeyBetween(after, null);
  return generateKeyBetween(after, before);
}

/**
 * The deck to show: the saved slides in their saved order with their hidden
 * flag and notes; suggested slides whose subject is gone are left out (their
 * rows stay, so an undone delete brings the slide back as it was); suggested
 * slides never saved are placed right after the slide that precedes them in
 * the default order, at a position between their neighbours. With `subjects`,
 * the matrix slides the facilitator added for other lenses are kept too.
 */
export function mergeDeck(saved: readonly SavedSlide[], defaults: Deck, subjects?: DeckSubjects): Deck {
  const byId = new Map(defaults.map((s) => [s.id, s]));
  const out: Slide[] = [];
  for (const row of saved.slice().sort(byPosition)) {
    const target = row.target ?? NO_TARGET;
    const stored = { hidden: row.hidden, notes: row.notes, position: row.position, saved: true, target };
    if (row.kind === 'text') {
      if (row.params?.kind !== 'text') continue;
      out.push({ id: row.id, kind: 'text', params: row.params, ...stored, removable: true });
      continue;
    }
    const suggested = byId.get(row.id);
    if (suggested) {
      out.push({ ...suggested, ...stored, params: subjects ? applyTarget(suggested.params, target, subjects) : suggested.params });
      continue;
    }
    // A slide the facilitator added: shown while what it shows exists.
    const added = subjects ? parseSlideKey(row.id) : null;
    if (!subjects || !added || added.kind !== row.kind) continue;
    const params = applyTarget(withDefaultCompare(added, subjects), target, subjects);
    if (params.kind === 'text' || !subjectExists(subjects, params)) continue;
    out.push({ id: row.id, kind: row.kind, params, ...stored, removable: true });
  }
  const placed = new Set(out.map((s) => s.id));
  if (out.length === 0) return defaults.slice();
  let anchor = -1; // index in `out` after which the next new subject goes
  for (const slide of defaults) {
    if (placed.has(slide.id)) {
      anchor = out.findIndex((s) => s.id === slide.id);
      continue;
    }
    const after = anchor >= 0 ? out[anchor]!.position : null;
    const next = out[anchor + 1];
    const fresh: Slide = { ...slide, position: between(after, next ? next.position : null) };
    out.splice(anchor + 1, 0, fresh);
    placed.add(slide.id);
    anchor += 1;
  }
  return out;
}

/** An added delta chart compares with the last visible scenario until the facilitator picks another. */
function withDefaultCompare(params: SubjectParams, subjects: DeckSubjects): SubjectParams {
  if (params.kind !== 'chart' || params.chartId !== 'delta' || params.compareScenarioId !== null) return params;
  const others = subjects.catalog.scenarios.filter((s) => !s.hidden && s.id !== params.scenarioId).sort(byPosition);
  return { ...params, compareScenarioId: others[others.length - 1]?.id ?? null };
}

/** The slides a presentation shows, in order. */
export const visibleSlides = (deck: Deck): Deck => deck.filter((s) => !s.hidden);

/**
 * The position that puts a slide at `toIndex` of the deck (an index in the
 * deck as it is now, counting the moved slide); null when nothing would move.
 */
export function positionForMove(deck: Deck, slideId: string, toIndex: number): string | null {
  const from = deck.findIndex((s) => s.id === slideId);
  if (from < 0) return null;
  const target = Math.max(0, Math.min(deck.length - 1, Math.trunc(toIndex)));
  if (target === from) return null;
  const rest = deck.filter((s) => s.id !== slideId);
  const before = rest[target - 1];
  const after = rest[target];
  return between(before ? before.position : null, after ? after.position : null);
}

/** A free text slide's params, trimmed; null when the title is empty or a text is too long. */
export function textSlideParams(title: string, body: string): Extract<SlideParams, { kind: 'text' }> | null {
  const t = title.trim();
  if (t.length === 0 || t.length > MAX_SLIDE_TITLE || body.length > MAX_SLIDE_BODY) return null;
  return { kind: 'text', title: t, body };
}
