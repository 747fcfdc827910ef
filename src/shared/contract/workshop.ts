/**
 * The facilitator's side of the workshop share and dot voting (see api.ts for
 * how a method is dispatched). Participants never reach these methods: the
 * share listener offers them only join, state and dots (src/main/host/workshop).
 */
import { z } from 'zod';
import {
  MAX_DOTS_PER_PARTICIPANT,
  MAX_SLIDE_COLUMNS,
  MAX_SLIDE_ROWS,
  MAX_SLIDE_TEXT,
  MAX_TIMER_SECONDS,
  MAX_VOTE_ITEMS,
  VOTE_ITEM_KINDS,
  type VoteResults,
  type VoteSession,
  type WorkshopState,
} from '../domain/workshop';
import { command, empty, idSchema, nameSchema, query } from './define';

const slideText = z.string().max(MAX_SLIDE_TEXT);

export const slideSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('table'),
      title: slideText,
      subtitle: slideText,
      columns: z.array(slideText).max(MAX_SLIDE_COLUMNS + 1),
      rows: z
        .array(z.object({ header: slideText, cells: z.array(z.string().max(200)).max(MAX_SLIDE_COLUMNS) }).strict())
        .max(MAX_SLIDE_ROWS),
    })
    .strict(),
  z.object({ kind: z.literal('text'), title: slideText, body: z.string().max(MAX_SLIDE_TEXT * 5) }).strict(),
  z
    .object({
      kind: z.literal('results'),
      title: slideText,
      voteId: z.string().max(100).optional(),
      rows: z.array(z.object({ label: slideText, dots: z.number().int().min(0) }).strict()).max(MAX_VOTE_ITEMS),
    })
    .strict(),
]);

export const voteItemSchema = z
  .object({ kind: z.enum(VOTE_ITEM_KINDS), id: z.string().min(1).max(400), label: z.string().min(1).max(300) })
  .strict();

export const workshopMethods = {
  /** Turn sharing on: a second listener on the local network with a fresh token. */
  'workshop.start': command<WorkshopState>()(empty),
  /** Turn sharing off: the listener closes and the token is forgotten. */
  'workshop.stop': query<WorkshopState>()(empty),
  'workshop.state': query<WorkshopState>()(empty),
  /** What the participants see; null shows nothing but the vote and the timer. */
  'workshop.setSlide': query<WorkshopState>()(z.object({ slide: slideSchema.nullable() }).strict()),
  'workshop.timer': query<WorkshopState>()(
    z.discriminatedUnion('action', [
      z.object({ action: z.literal('start'), seconds: z.number().int().min(1).max(MAX_TIMER_SECONDS) }).strict(),
      z.object({ action: z.enum(['pause', 'resume', 'stop']) }).strict(),
    ]),
  ),

  /** Open a dot vote for the room (one at a time); the session is saved in the workspace. */
  'votes.open': command<VoteSession>()(
    z
      .object({
        title: nameSchema,
        items: z.array(voteItemSchema).min(1).max(MAX_VOTE_ITEMS),
        dotsPerParticipant: z.number().int().min(1).max(MAX_DOTS_PER_PARTICIPANT),
      })
      .strict(),
  ),
  /** No more dots; totals stay hidden. */
  'votes.close': command<VoteSession>()(z.object({ id: idSchema }).strict()),
  /** Show the totals to everyone (closes the vote if it was open). */
  'votes.reveal': command<VoteSession>()(z.object({ id: idSchema }).strict()),
  'votes.results': query<VoteResults>()(z.object({ id: idSchema }).strict()),
  /** Every saved vote, newest first. */
  'votes.list': query<VoteSession[]>()(empty),
} as const;

/** The synced tables this area owns: the saved dot votes and who cast them. */
export const workshopTables = ['vote_sessions', 'participants', 'votes'] as const;
