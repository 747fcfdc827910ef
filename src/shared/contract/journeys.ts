/** The journeys part of the contract (see api.ts for how a method is dispatched). */
import { z } from 'zod';
import type { Journey, JourneyDetail, JourneyStep } from '../domain/journeys';
import { command, empty, evidenceSchema, idSchema, nameSchema, query } from './define';

export const emotionSchema = z.union([z.literal(-2), z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]);

/**
 * Texts and emotions are checked for length and range by the service, which
 * says what is wrong in the user's words (TEXT_TOO_LONG, EMOTION_OUT_OF_RANGE)
 * instead of a schema message; the bounds here only keep absurd payloads out.
 */
const looseTextSchema = z.string().max(1_000_000);
const looseEmotionSchema = z.number().finite();

const journeyFields = {
  name: nameSchema,
  description: looseTextSchema.optional(),
  scenarioId: idSchema,
  customerTypeId: idSchema.nullable().optional(),
  typologyId: idSchema.nullable().optional(),
  productDomainId: idSchema.nullable().optional(),
};

export const stepFieldsSchema = z
  .object({
    phaseId: idSchema.nullable(),
    channelId: idSchema.nullable(),
    title: looseTextSchema,
    does: looseTextSchema,
    thinks: looseTextSchema,
    feels: looseTextSchema,
    emotion: looseEmotionSchema.nullable(),
    painPoints: looseTextSchema,
    opportunities: looseTextSchema,
    momentOfTruth: z.boolean(),
    owner: looseTextSchema,
    kpi: looseTextSchema,
    evidence: evidenceSchema.nullable(),
  })
  .partial()
  .strict();

export const journeyMethods = {
  'journeys.list': query<Journey[]>()(empty),
  'journeys.get': query<JourneyDetail>()(z.object({ id: idSchema }).strict()),
  /** Every journey of one scenario with its steps (the Findings list reads them all at once). */
  'journeys.details': query<JourneyDetail[]>()(z.object({ scenarioId: idSchema }).strict()),
  'journeys.create': command<Journey>()(z.object(journeyFields).strict()),
  'journeys.update': command<Journey>()(
    z.object({ id: idSchema, patch: z.object(journeyFields).partial().strict() }).strict(),
  ),
  /** A copy with all its steps (e.g. as-is into to-be), optionally in another scenario. */
  'journeys.duplicate': command<Journey>()(
    z.object({ id: idSchema, name: nameSchema, scenarioId: idSchema.optional() }).strict(),
  ),
  'journeys.delete': command<null>()(z.object({ id: idSchema }).strict()),
  /** Adds steps as ONE undoable action (a draft from the matrix adds several at once). */
  'journeys.addSteps': command<JourneyStep[]>()(
    z
      .object({
        journeyId: idSchema,
        /** Insert after this step of the same phase column; null or absent: at the end of the column. */
        afterId: idSchema.nullable().optional(),
        steps: z.array(stepFieldsSchema).min(1).max(500),
      })
      .strict(),
  ),
  'journeys.updateStep': command<JourneyStep>()(z.object({ id: idSchema, patch: stepFieldsSchema }).strict()),
  /** Move a step to a phase column (the same or another), after `afterId` (null: first in the column). */
  'journeys.moveStep': command<JourneyStep>()(
    z.object({ id: idSchema, phaseId: idSchema, afterId: idSchema.nullable() }).strict(),
  ),
  'journeys.deleteStep': command<null>()(z.object({ id: idSchema }).strict()),
} as const;

/** The synced tables this area owns. */
export const journeyTables = ['journeys', 'journey_steps'] as const;
