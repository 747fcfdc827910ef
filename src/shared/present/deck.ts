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
import type { Journey } from '../domain/journeys';
import { lensKey } from '../domain/lens';
import type { Catalog, Lens } from '../domain/types';
import type { VoteSession } from '../domain/workshop';

export const SLIDE_KINDS = ['title', 'matrix', 'chart', 'findings', 'journey', 'economics', 'summary', 'text', 'votes'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** The charts of the Charts page, in its order (see shared/analysis/charts/charts.ts). */
export const CHART_IDS = ['heatmap', 'mix', 'profile', 'quadrant', 'balance', 'delta'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const MAX_SLIDE_TITLE = 200;
export const MAX_SLIDE_BODY = 2000;
export const MAX_SLIDE_NOTES = 5000;
export const MAX_SLIDES = 500;

/** What a slide shows, by kind. Ids name workspace things; texts are the user's own. */
export type SlideParams =
  | { kind: 'title' }
  | { kind: 'matrix'; scenarioId: string; lens: Lens }
  /** The delta chart compares scenarioId with compareScenarioId (from -> to). */
  | { kind: 'chart'; chartId: ChartId; scenarioId: string; lens: Lens; compareScenarioId: string | null }
  | { kind: 'findings' }
  | { kind: 'journey'; journeyId: string }
  | { kind: 'economics' }
  | { kind: 'summary' }
  | { kind: 'text'; title: string; body: string }
  /** A revealed dot vote's totals; `title` is the vote's question as the workspace has it now. */
  | { kind: 'votes'; voteId: string; title: string };

export interface Slide {
  /**
   * Stable identity. A suggested slide's id is its subject key (slideKey), so
   * the same subject is the same slide on every device and after a rebuild; a
   * free text slide's id is the UUID of its stored row.
   */
  id: string;
  kind: SlideKind;
  params: SlideParams;
  hidden: boolean;
  notes: string;
  /** Fractional-index string: ascending is the deck's order. */
  position: string;
  /** True when the facilitator has saved something about it (order, hidden, notes) or it is a text slide. */
  saved: boolean;
}

export type Deck = Slide[];

/** The facilitator's stored choices about one slide (a row of the deck table). */
export interface SavedSlide {
  /** slideKey of a suggested slide, or the text slide's UUID. */
  id: string;
  kind: SlideKind;
  /** Only text slides keep their params (title and body) here; suggested slides take theirs from the workspace. */
  params: SlideParams | null;
  hidden: boolean;
  notes: string;
  position: string;
}

/** The subject key of a suggested slide: what it shows, spelled out. */
export function slideKey(params: Exclude<SlideParams, { kind: 'text' }>): string {
  switch (params.kind) {
    case 'matrix':
      return `matrix:${params.scenarioId}:${lensKey(params.lens)}`;
    case 'chart':
      return `chart:${params.chartId}:${params.scenarioId}:${lensKey(params.lens)}`;
    case 'journey':
      return `journey:${params.journeyId}`;
    case 'votes':
      return `votes:${params.voteId}`;
    default:
      return params.kind;
  }
}

export interface DeckSubjects {
  /** The lens lists are only read to check the facilitator's own matrix slides (see mergeDeck). */
  catalog: Pick<Catalog, 'scenarios'> & { customerTypes?: readonly { id: string }[]; typologies?: readonly { id: string }[]; productDomains?: readonly { id: string }[] };
  journeys: readonly Pick<Journey, 'id' | 'position' | 'scenarioId'>[];
  /** Saved dot votes; only revealed ones get a slide, so hidden totals never reach a screen. */
  votes?: readonly Pick<VoteSession, 'id' | 'title' | 'status' | 'createdAt'>[];
}

const byPosition = <T extends { position: string; id: string }>(a: T, b: T): number =>
  a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The deck the workspace suggests, in the default order: title, the matrix of
 * every visible scenario for all customers, each chart (of the first scenario;
 * the delta from the first to the last when there are two or more), the
 * findings, the results of each revealed vote (oldest first), each journey,
 * the economics, a closing summary.
 */
export function buildDefaultDeck(subjects: DeckSubjects): Deck {
  const all: Lens = { kind: 'all' };
  const scenarios = subjects.catalog.scenarios.filter((s) => !s.hidden).sort(byPosition);
  const scenarioIds = new Set(scenarios.map((s) => s.id));
  const params: Exclude<SlideParams, { kind: 'text' }>[] = [{ kind: 'title' }];
  for (const s of scenarios) params.push({ kind: 'matrix', scenarioId: s.id, lens: all });
  const first = scenarios[0];
  const last = scenarios[scenarios.length - 1];
  if (first && last) {
    for (const chartId of CHART_IDS) {
      if (chartId === 'delta' && first.id === last.id) continue;
      params.push({
        kind: 'chart',
        chartId,
        scenarioId: first.id,
        lens: all,
        compareScenarioId: chartId === 'delta' ? last.id : null,
      });
    }
  }
  params.push({ kind: 'findings' });
  const revealed = (subjects.votes ?? []).filter((v) => v.status === 'revealed');
  revealed.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  for (const v of revealed) params.push({ kind: 'votes', voteId: v.id, title: v.title });
  const journeys = subjects.journeys.filter((j) => scenarioIds.has(j.scenarioId)).slice().sort(byPosition);
  for (const j of journeys) params.push({ kind: 'journey', journeyId: j.id });
  params.push({ kind: 'economics' }, { kind: 'summary' });

  let position: string | null = null;
  return params.map((p) => {
    position = generateKeyBetween(position, null);
    return { id: slideKey(p), kind: p.kind, params: p, hidden: false, notes: '', position, saved: false };
  });
}

const LENS_KINDS_BY_NAME = { customerType: 'customerTypes', typology: 'typologies', productDomain: 'productDomains' } as const;

/** A matrix slide's scenario and lens from its key ('matrix:<scenario>:all' or 'matrix:<scenario>:<kind>:<id>'); null when it is not one. */
export function parseMatrixKey(key: string): { scenarioId: string; lens: Lens } | null {
  const parts = key.split(':');
  if (parts[0] !== 'matrix' || !parts[1]) return null;
  if (parts.length === 3 && parts[2] === 'all') return { scenarioId: parts[1], lens: { kind: 'all' } };
  const kind = parts[2];
  if (parts.length !== 4 || !parts[3] || (kind !== 'customerType' && kind !== 'typology' && kind !== 'productDomain')) return null;
  return { scenarioId: parts[1], lens: { kind, id: parts[3] } };
}

/** Whether a matrix slide the facilitator added still has its scenario (visible) and its lens. */
export function matrixSubjectExists(subjects: DeckSubjects, scenarioId: string, lens: Lens): boolean {
  if (!subjects.catalog.scenarios.some((s) => s.id === scenarioId && !s.hidden)) return false;
  if (lens.kind === 'all') return true;
  const list = subjects.catalog[LENS_KINDS_BY_NAME[lens.kind]] ?? [];
  return list.some((item) => item.id === lens.id);
}

/** Slides the facilitator may delete: text slides and the matrix slides they added (a lens other than all customers). */
export const isRemovable = (slide: Pick<Slide, 'params'>): boolean =>
  slide.params.kind === 'text' || (slide.params.kind === 'matrix' && slide.params.lens.kind !== 'all');

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
    if (row.kind === 'text') {
      if (row.params?.kind !== 'text') continue;
      out.push({ ...row, params: row.params, saved: true });
      continue;
    }
    const suggested = byId.get(row.id);
    if (!suggested) {
      // A matrix of another lens, added by the facilitator: shown while its scenario and lens exist.
      const matrix = row.kind === 'matrix' && subjects ? parseMatrixKey(row.id) : null;
      if (subjects && matrix && matrix.lens.kind !== 'all' && matrixSubjectExists(subjects, matrix.scenarioId, matrix.lens)) {
        out.push({ id: row.id, kind: 'matrix', params: { kind: 'matrix', ...matrix }, hidden: row.hidden, notes: row.notes, position: row.position, saved: true });
      }
      continue;
    }
    out.push({ ...suggested, hidden: row.hidden, notes: row.notes, position: row.position, saved: true });
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
