/**
 * How a journey's steps sit on the map: one column per phase in the user's
 * order, steps by position inside it, and a last column for steps whose
 * phase is gone (or was never set) until they are reassigned.
 */
import { generateKeyBetween } from 'fractional-indexing';
import { EMOTIONS, type Emotion, type JourneyDetail, type JourneyStep, type StepFields } from '@shared/domain/journeys';
import type { Phase } from '@shared/domain/types';
import { comparePositions } from '../framework';

/** The id of the column of steps without a (living) phase. */
export const UNPLACED = 'unplaced';

export interface MapColumn {
  /** A phase id, or UNPLACED. */
  id: string;
  phase: Phase | null;
  steps: JourneyStep[];
}

export const isPlaced = (step: JourneyStep): step is JourneyStep & { phaseId: string } =>
  step.phaseId !== null && !step.phaseMissing;

/**
 * Visible phases in order; a hidden phase still shows when it holds steps (a
 * step never disappears from its map). The unplaced column only when needed.
 */
export function mapColumns(sortedPhases: readonly Phase[], steps: readonly JourneyStep[]): MapColumn[] {
  const byPhase = new Map<string, JourneyStep[]>();
  const unplaced: JourneyStep[] = [];
  const known = new Set(sortedPhases.map((p) => p.id));
  for (const step of steps) {
    if (isPlaced(step) && known.has(step.phaseId)) {
      const list = byPhase.get(step.phaseId) ?? [];
      list.push(step);
      byPhase.set(step.phaseId, list);
    } else {
      unplaced.push(step);
    }
  }
  const columns: MapColumn[] = sortedPhases
    .filter((phase) => !phase.hidden || byPhase.has(phase.id))
    .map((phase) => ({ id: phase.id, phase, steps: (byPhase.get(phase.id) ?? []).sort(comparePositions) }));
  if (unplaced.length > 0) columns.push({ id: UNPLACED, phase: null, steps: unplaced });
  return columns;
}

/** The steps in reading order as the map shows them: column by column, top to bottom. */
export function readingSteps(columns: readonly MapColumn[]): JourneyStep[] {
  return columns.flatMap((column) => column.steps);
}

export interface MoveTarget {
  phaseId: string;
  /** The step it goes after in that column; null: first. */
  afterId: string | null;
}

/**
 * A moved step as the core will place it, for showing the move before the
 * answer comes: its new phase and a position between its new neighbours.
 * The detail is returned unchanged when the position cannot be computed.
 */
export function applyMove(detail: JourneyDetail, stepId: string, target: MoveTarget): JourneyDetail {
  const column = detail.steps
    .filter((s) => s.id !== stepId && isPlaced(s) && s.phaseId === target.phaseId)
    .sort(comparePositions);
  const index = target.afterId === null ? -1 : column.findIndex((s) => s.id === target.afterId);
  if (target.afterId !== null && index < 0) return detail;
  let position: string;
  try {
    position = generateKeyBetween(index >= 0 ? column[index]!.position : null, column[index + 1]?.position ?? null);
  } catch {
    return detail;
  }
  return {
    ...detail,
    steps: detail.steps.map((s) => (s.id === stepId ? { ...s, phaseId: target.phaseId, phaseMissing: false, position } : s)),
  };
}

/** A change to a step's fields as sent (the core checks the emotion's range and says what is wrong). */
export type StepPatch = Partial<Omit<StepFields, 'emotion'>> & { emotion?: number | null };

export const isEmotion = (value: number | null | undefined): value is Emotion => (EMOTIONS as readonly unknown[]).includes(value);

/** A step edit shown at once; the core's answer replaces it. An emotion out of range waits for the core's refusal. */
export function applyStepPatch(detail: JourneyDetail, stepId: string, input: StepPatch): JourneyDetail {
  const { emotion, ...rest } = input;
  const patch: Partial<JourneyStep> = emotion === undefined || (emotion !== null && !isEmotion(emotion)) ? rest : { ...rest, emotion };
  const cleared = {
    ...('channelId' in patch ? { channelMissing: false } : {}),
    ...('phaseId' in patch ? { phaseMissing: false } : {}),
  };
  return { ...detail, steps: detail.steps.map((s) => (s.id === stepId ? { ...s, ...patch, ...cleared } : s)) };
}
