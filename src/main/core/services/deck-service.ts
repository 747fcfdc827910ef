import { v7 as uuidv7 } from 'uuid';
import { AppError } from '@shared/errors';
import type { Journey } from '@shared/domain/journeys';
import type { VoteSession } from '@shared/domain/workshop';
import type { Label } from '@shared/domain/types';
import type { Lens } from '@shared/domain/types';
import { lensKey } from '@shared/domain/lens';
import { applyTarget, isTargeted, subjectExists, type AddableParams, type DeckSubjects } from '@shared/present/slide-keys';
import {
  buildDefaultDeck,
  isRemovable,
  slideKey,
  MAX_SLIDE_BODY,
  MAX_SLIDE_NOTES,
  MAX_SLIDE_TITLE,
  MAX_SLIDES,
  mergeDeck,
  positionForMove,
  type Deck,
  type Slide,
} from '@shared/present/deck';
import type { Writer, Journal } from '../journal/journal';
import type { CatalogRepo } from '../repos/catalog-repo';
import type { DeckRepo } from '../repos/deck-repo';
import { derivedId } from '../db/ids';
import { positionBetween } from './positions';

/** The row id of a slide: a suggested slide's is derived from its subject, so devices converge. */
export const deckRowId = (slide: Pick<Slide, 'id' | 'kind'>): string =>
  slide.kind === 'text' ? slide.id : derivedId('deckSlide', slide.id);

export interface SlidePatch {
  hidden?: boolean;
  notes?: string;
  title?: string;
  body?: string;
  /** Point the slide at another scenario, scenario to compare with, or lens. */
  scenarioId?: string;
  compareScenarioId?: string;
  lens?: Lens;
}

function checkLength(text: string, max: number): void {
  if (text.length > max) throw new AppError('TEXT_TOO_LONG', `Text of ${text.length} characters`, { max, length: text.length });
}

function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length === 0) throw new AppError('SLIDE_TITLE_REQUIRED', 'A text slide needs a title');
  checkLength(trimmed, MAX_SLIDE_TITLE);
  return trimmed;
}

/**
 * The presentation deck of a workspace. Every write first stores the deck as
 * it is shown (the suggested slides nobody saved yet get rows at their shown
 * positions), so a move among unsaved slides cannot be reordered by a later
 * merge; then it makes its one change. One call is one undoable step.
 */
export class DeckService {
  constructor(
    private readonly repo: DeckRepo,
    private readonly catalogRepo: CatalogRepo,
    private readonly journeys: () => Journey[],
    private readonly journal: Journal,
    /** The saved dot votes: each revealed one suggests a results slide. */
    private readonly votes: () => VoteSession[] = () => [],
  ) {}

  deck(): Deck {
    const subjects = this.subjects();
    return mergeDeck(this.repo.saved(), buildDefaultDeck(subjects), subjects);
  }

  private subjects(): DeckSubjects {
    return { catalog: this.catalogRepo.catalog(), journeys: this.journeys(), votes: this.votes() };
  }

  save(id: string, patch: SlidePatch): Deck {
    const deck = this.deck();
    const slide = this.find(deck, id);
    if ((patch.title !== undefined || patch.body !== undefined) && slide.params.kind !== 'text') {
      throw new AppError('SLIDE_NOT_TEXT', `Slide ${id} is not a text slide`, { id });
    }
    const row: Record<string, string | number> = {};
    if (patch.hidden !== undefined) row.hidden = patch.hidden ? 1 : 0;
    if (patch.notes !== undefined) {
      checkLength(patch.notes, MAX_SLIDE_NOTES);
      row.notes = patch.notes;
    }
    if (patch.title !== undefined) row.title = checkTitle(patch.title);
    if (patch.body !== undefined) {
      checkLength(patch.body, MAX_SLIDE_BODY);
      row.body = patch.body;
    }
    Object.assign(row, this.targetColumns(slide, patch));
    this.write(deck, this.label(slide, patch), (w) => w.update('deck_slides', deckRowId(slide), row));
    return this.deck();
  }

  move(id: string, toIndex: number): Deck {
    const deck = this.deck();
    const slide = this.find(deck, id);
    const position = positionForMove(deck, id, toIndex);
    if (position === null) return deck;
    this.write(deck, { key: 'history.slideMove' }, (w) => w.update('deck_slides', deckRowId(slide), { position }));
    return this.deck();
  }

  addText(title: string, body: string, notes: string, afterId: string | null): Slide {
    const cleanTitle = checkTitle(title);
    checkLength(body, MAX_SLIDE_BODY);
    checkLength(notes, MAX_SLIDE_NOTES);
    const deck = this.deck();
    if (deck.length >= MAX_SLIDES) throw new AppError('DECK_FULL', `A deck holds at most ${MAX_SLIDES} slides`, { max: MAX_SLIDES });
    const at = afterId === null ? deck.length - 1 : deck.indexOf(this.find(deck, afterId));
    const before = deck[at];
    const after = deck[at + 1];
    const position = positionBetween(before ? before.position : null, after ? after.position : null);
    const id = uuidv7();
    this.write(deck, { key: 'history.slideAddText', params: { name: cleanTitle } }, (w) =>
      w.insert('deck_slides', { id, kind: 'text', slide_key: id, title: cleanTitle, body, notes, hidden: 0, position, deleted: 0 }),
    );
    return this.find(this.deck(), id);
  }

  /**
   * A slide of a scenario through a lens, or the join slide. A delta chart's
   * other scenario is not part of its key, so it is stored as the row's target.
   */
  add(params: AddableParams, afterId: string | null): Slide {
    if (!subjectExists(this.subjects(), params)) throw new AppError('NOT_FOUND', `Nothing to show for slide ${params.kind}`, { id: params.kind });
    const deck = this.deck();
    const key = slideKey(params);
    const existing = deck.find((s) => s.id === key);
    if (existing) return existing;
    if (deck.length >= MAX_SLIDES) throw new AppError('DECK_FULL', `A deck holds at most ${MAX_SLIDES} slides`, { max: MAX_SLIDES });
    const at = afterId === null ? deck.length - 1 : deck.indexOf(this.find(deck, afterId));
    const position = positionBetween(deck[at]?.position ?? null, deck[at + 1]?.position ?? null);
    const id = derivedId('deckSlide', key);
    const compare = params.kind === 'chart' ? params.compareScenarioId : null;
    const row = { id, kind: params.kind, slide_key: key, title: '', body: '', notes: '', hidden: 0, position, deleted: 0, scenario_id: null, compare_scenario_id: compare, lens: null };
    this.write(deck, { key: 'history.slideAdd' }, (w) => w.put('deck_slides', row, w.get('deck_slides', id) ?? null));
    return this.find(this.deck(), key);
  }

  /** The row columns that point a slide elsewhere; refused when the slide shows no scenario or the target does not exist. */
  private targetColumns(slide: Slide, patch: SlidePatch): Record<string, string> {
    const { scenarioId, compareScenarioId, lens } = patch;
    if (scenarioId === undefined && compareScenarioId === undefined && lens === undefined) return {};
    const params = slide.params;
    if (!isTargeted(params)) throw new AppError('SLIDE_NOT_TARGETED', `Slide ${slide.id} shows no scenario`, { id: slide.id });
    const target = {
      scenarioId: scenarioId ?? params.scenarioId,
      compareScenarioId: compareScenarioId ?? ('compareScenarioId' in params ? params.compareScenarioId : null),
      lens: lens ?? params.lens,
    };
    const pointed = applyTarget(params, target, this.subjects());
    const moved =
      !isTargeted(pointed) ||
      (scenarioId !== undefined && pointed.scenarioId !== scenarioId) ||
      (lens !== undefined && lensKey(pointed.lens) !== lensKey(lens)) ||
      (compareScenarioId !== undefined && (!('compareScenarioId' in pointed) || pointed.compareScenarioId !== compareScenarioId));
    if (moved) throw new AppError('SLIDE_TARGET_INVALID', `Slide ${slide.id} cannot show that scenario or lens`, { id: slide.id });
    const out: Record<string, string> = {};
    if (scenarioId !== undefined) out.scenario_id = scenarioId;
    if (compareScenarioId !== undefined) out.compare_scenario_id = compareScenarioId;
    if (lens !== undefined) out.lens = lensKey(lens);
    return out;
  }

  delete(id: string): void {
    const deck = this.deck();
    const slide = this.find(deck, id);
    if (!isRemovable(slide)) throw new AppError('SLIDE_NOT_TEXT', `Slide ${id} cannot be deleted`, { id });
    const label: Label = slide.params.kind === 'text' ? { key: 'history.slideDelete', params: { name: slide.params.title } } : { key: 'history.slideDeleteAdded' };
    this.write(deck, label, (w) => w.remove('deck_slides', deckRowId(slide)));
  }

  private find(deck: Deck, id: string): Slide {
    const slide = deck.find((s) => s.id === id);
    if (!slide) throw new AppError('NOT_FOUND', `No slide ${id}`, { id });
    return slide;
  }

  private label(slide: Slide, patch: SlidePatch): Label {
    const name = slide.params.kind === 'text' ? slide.params.title : null;
    if (patch.scenarioId !== undefined || patch.compareScenarioId !== undefined || patch.lens !== undefined) return { key: 'history.slideTarget' };
    if (patch.title !== undefined || patch.body !== undefined) return { key: 'history.slideEditText', params: { name: name ?? '' } };
    if (patch.hidden !== undefined && patch.notes === undefined) return { key: patch.hidden ? 'history.slideHide' : 'history.slideShow' };
    return { key: 'history.slideNotes' };
  }

  private write(deck: Deck, label: Label, change: (w: Writer) => void): void {
    this.journal.run({ kind: 'edit', label, undoable: true }, (w) => {
      for (const slide of deck) {
        if (slide.saved) continue;
        const id = deckRowId(slide);
        // A tombstone of an earlier save (undone) is revived rather than duplicated.
        w.put(
          'deck_slides',
          {
            id, kind: slide.kind, slide_key: slide.id, title: '', body: '', notes: slide.notes, hidden: slide.hidden ? 1 : 0,
            position: slide.position, deleted: 0, scenario_id: null, compare_scenario_id: null, lens: null,
          },
          w.get('deck_slides', id) ?? null,
        );
      }
      change(w);
    });
  }
}
