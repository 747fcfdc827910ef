/**
 * What a journey adds to the Findings list: the phases where the customer
 * feels worst (lowest average emotion, when it is below 0), and the steps that
 * rest only on a hypothesis. Results carry message keys and ids, never
 * sentences: the Findings list words them and links to the steps.
 */
import type { JourneyStep } from '../../domain/journeys';
import type { Phase } from '../../domain/types';

export type JourneyFindingRule = 'journeyLowestEmotion' | 'journeyHypotheses';

export interface JourneyFinding {
  /** Rule plus journey plus subject: stable while the data around it changes. */
  id: string;
  rule: JourneyFindingRule;
  journeyId: string;
  /** The phase it is about (lowest emotion); null for the hypotheses finding. */
  phaseId: string | null;
  /** The steps it is about, in the order given. */
  stepIds: string[];
  message: { key: string; params: Record<string, string | number> };
}

type FindingStep = Pick<JourneyStep, 'id' | 'phaseId' | 'emotion' | 'evidence'>;

export function journeyFindings(
  journey: { id: string; name: string },
  orderedSteps: readonly FindingStep[],
  phases: readonly Pick<Phase, 'id' | 'name'>[],
): JourneyFinding[] {
  return [...lowestEmotion(journey, orderedSteps, phases), ...hypotheses(journey, orderedSteps)];
}

/** Every phase that shares the lowest average emotion, when that average is below 0. */
function lowestEmotion(journey: { id: string; name: string }, steps: readonly FindingStep[], phases: readonly Pick<Phase, 'id' | 'name'>[]): JourneyFinding[] {
  const perPhase = new Map<string, { sum: number; stepIds: string[] }>();
  for (const step of steps) {
    if (step.emotion === null || step.phaseId === null) continue;
    const entry = perPhase.get(step.phaseId) ?? { sum: 0, stepIds: [] };
    entry.sum += step.emotion;
    entry.stepIds.push(step.id);
    perPhase.set(step.phaseId, entry);
  }
  const averages = phases
    .filter((p) => perPhase.has(p.id))
    .map((phase) => {
      const { sum, stepIds } = perPhase.get(phase.id)!;
      return { phase, average: sum / stepIds.length, stepIds };
    });
  if (averages.length === 0) return [];
  const lowest = Math.min(...averages.map((a) => a.average));
  if (lowest >= 0) return [];
  return averages
    .filter((a) => a.average === lowest)
    .map(({ phase, average, stepIds }) => ({
      id: `journeyLowestEmotion:${journey.id}:${phase.id}`,
      rule: 'journeyLowestEmotion' as const,
      journeyId: journey.id,
      phaseId: phase.id,
      stepIds,
      message: {
        key: 'journeyLowestEmotion',
        params: { journey: journey.name, phase: phase.name, average: Math.round(average * 100) / 100, count: stepIds.length },
      },
    }));
}

function hypotheses(journey: { id: string; name: string }, steps: readonly FindingStep[]): JourneyFinding[] {
  const stepIds = steps.filter((s) => s.evidence === 'hypothesis').map((s) => s.id);
  if (stepIds.length === 0) return [];
  return [
    {
      id: `journeyHypotheses:${journey.id}`,
      rule: 'journeyHypotheses',
      journeyId: journey.id,
      phaseId: null,
      stepIds,
      message: { key: 'journeyHypotheses', params: { journey: journey.name, count: stepIds.length, total: steps.length } },
    },
  ];
}
