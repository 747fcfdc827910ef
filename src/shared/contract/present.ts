/**
 * Present mode (see api.ts for how a method is dispatched): the deck the
 * facilitator arranges, and which slide is on screen right now.
 */
import { z } from 'zod';
import type { Deck, Slide } from '../present/deck';
import { MAX_SLIDES } from '../present/deck';
import { CHART_IDS } from '../analysis/charts/registry';
import { command, empty, idSchema, lensSchema, query } from './define';

/** What is on screen: shared by the presentation, the presenter view and a reload. */
export interface PresentState {
  presenting: boolean;
  /** The slide on screen (a Slide id), null before a presentation starts. */
  slideId: string | null;
  /** Bumped on every change, so a window can tell a newer state from its own echo. */
  version: number;
}

/**
 * A slide id is a UUID or a subject key ('chart:heatmap:<uuid>:customerType:<uuid>'),
 * hence longer than idSchema. Texts are checked for length by the service, which
 * says what is wrong in the user's words (TEXT_TOO_LONG, SLIDE_TITLE_REQUIRED).
 */
const slideIdSchema = z.string().min(1).max(400);
const looseText = z.string().max(1_000_000);

/** What a facilitator can add: each kind with what it shows (see AddableParams). */
export const addableSlideSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('matrix'), scenarioId: idSchema, lens: lensSchema }).strict(),
  z.object({ kind: z.literal('chart'), chartId: z.enum(CHART_IDS), scenarioId: idSchema, lens: lensSchema, compareScenarioId: idSchema.nullable() }).strict(),
  z.object({ kind: z.literal('findings'), scenarioId: idSchema, lens: lensSchema }).strict(),
  z.object({ kind: z.literal('change'), scenarioId: idSchema, compareScenarioId: idSchema, lens: lensSchema }).strict(),
  z.object({ kind: z.literal('economics'), scenarioId: idSchema, lens: lensSchema }).strict(),
  z.object({ kind: z.literal('join') }).strict(),
]);

export const presentMethods = {
  /** The deck in its order: suggested slides merged with what the facilitator saved. */
  'present.deck': query<Deck>()(empty),
  /**
   * Hide or show a slide, edit its speaker notes or a text slide's title and
   * body, or point a slide at another scenario, scenario to compare with, or
   * lens: ONE undoable step.
   */
  'present.saveSlide': command<Deck>()(
    z
      .object({
        id: slideIdSchema,
        patch: z
          .object({ hidden: z.boolean(), notes: looseText, title: looseText, body: looseText, scenarioId: idSchema, compareScenarioId: idSchema, lens: lensSchema })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  /** Put a slide at an index of the deck as it is now (counting the moved slide). */
  'present.moveSlide': command<Deck>()(
    z.object({ id: slideIdSchema, toIndex: z.number().int().min(0).max(MAX_SLIDES) }).strict(),
  ),
  /** A free text slide after `afterId` (or at the end). */
  'present.addTextSlide': command<Slide>()(
    z
      .object({ title: looseText, body: looseText, notes: looseText.optional(), afterId: slideIdSchema.nullable().optional() })
      .strict(),
  ),
  /**
   * A slide of a scenario through a lens (a matrix, a chart, findings, a
   * scenario change, economics) or the workshop's join slide, after `afterId`
   * or at the end. The same subject twice is the one slide it already is.
   */
  'present.addSlide': command<Slide>()(
    z.object({ params: addableSlideSchema, afterId: slideIdSchema.nullable().optional() }).strict(),
  ),
  /** Text slides and added slides are deleted; the workspace's own slides are hidden instead. */
  'present.deleteSlide': command<null>()(z.object({ id: slideIdSchema }).strict()),
  'present.state': query<PresentState>()(empty),
  /** Not a workspace change (nothing journaled), so a read-only workspace can be presented too. */
  'present.setState': query<PresentState>()(
    z.object({ presenting: z.boolean(), slideId: slideIdSchema.nullable() }).strict(),
  ),
} as const;

/** The synced tables this area owns: the facilitator's saved deck. */
export const presentTables = ['deck_slides'] as const;
