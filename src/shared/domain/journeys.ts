/**
 * Customer-journey maps. A journey belongs to a scenario and (optionally) a
 * customer type, typology and product domain: together they are its lens on
 * the matrix. Its steps sit in the phases' columns.
 */
import type { Evidence } from './types';

export const EMOTIONS = [-2, -1, 0, 1, 2] as const;
export type Emotion = (typeof EMOTIONS)[number];

export interface Journey {
  id: string;
  name: string;
  description: string;
  scenarioId: string;
  customerTypeId: string | null;
  typologyId: string | null;
  productDomainId: string | null;
  /** Fractional-index string: the user's order of journeys. */
  position: string;
  stepCount: number;
}

export interface JourneyStep {
  id: string;
  journeyId: string;
  /** The phase column; null when the step was never placed. */
  phaseId: string | null;
  channelId: string | null;
  /**
   * Order inside its phase column (fractional index). The journey's reading
   * order is: phase order first, then position.
   */
  position: string;
  title: string;
  does: string;
  thinks: string;
  feels: string;
  emotion: Emotion | null;
  painPoints: string;
  opportunities: string;
  momentOfTruth: boolean;
  owner: string;
  kpi: string;
  evidence: Evidence | null;
  /** The step's phase was deleted: the step stays, marked, until it is reassigned. */
  phaseMissing: boolean;
  /** The step's channel was deleted: the step stays, marked, until it is reassigned. */
  channelMissing: boolean;
}

export interface JourneyDetail {
  journey: Journey;
  /** In reading order (phase order, then position); steps with a missing phase last. */
  steps: JourneyStep[];
}

/** The fields of a step a user edits (everything but identity and order). */
export type StepFields = Omit<JourneyStep, 'id' | 'journeyId' | 'position' | 'phaseMissing' | 'channelMissing'>;
