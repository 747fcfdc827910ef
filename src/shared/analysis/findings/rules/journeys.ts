/**
 * What the scenario's journeys add to the list: the phases where a journey's
 * customer feels worst, and the steps that rest only on a hypothesis. The
 * judgement is journeyFindings' (the journey map shows the same); this family
 * turns it into findings that link to the journey and its steps.
 */
import { journeyFindings, journeyLens, liveLensIds, readingOrder, type JourneyFindingRule } from '../../journeys';
import type { Finding, Severity } from '../types';
import type { FindingRule } from '../context';

const RULES: Record<JourneyFindingRule, { id: string; severity: Severity }> = {
  // A phase that hurts is a place to act; an unchecked step is a place to look.
  journeyLowestEmotion: { id: 'journey.lowestEmotion', severity: 'attention' },
  journeyHypotheses: { id: 'journey.hypotheses', severity: 'info' },
};

const byPosition = <T extends { position: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));

export const journeyRules: FindingRule = {
  family: 'journeys',
  rules: [RULES.journeyLowestEmotion.id, RULES.journeyHypotheses.id],
  scope: 'scenario',
  run(ctx) {
    const journeys = ctx.journeys.filter((d) => d.journey.scenarioId === ctx.scenarioId);
    if (journeys.length === 0) return [];
    // Hidden phases too: the journey map keeps a hidden phase's column while steps sit in it.
    const phases = byPosition(ctx.catalog.phases);
    const live = liveLensIds(ctx.catalog);
    const findings: Finding[] = [];
    for (const { journey, steps } of journeys) {
      const ordered = readingOrder(steps, phases);
      const titles = new Map(ordered.map((s) => [s.id, s.title.trim()]));
      const lens = journeyLens(journey, live);
      for (const found of journeyFindings(journey, ordered, phases)) {
        const rule = RULES[found.rule];
        findings.push({
          id: `${rule.id}|${ctx.scenarioId}|journey:${journey.id}|${found.phaseId ?? ''}`,
          rule: rule.id,
          family: 'journeys',
          severity: rule.severity,
          scenarioId: ctx.scenarioId,
          lens,
          cells: [],
          message: { key: rule.id, params: found.message.params },
          journey: { id: journey.id, name: journey.name, steps: found.stepIds.map((id) => ({ id, title: titles.get(id) ?? '' })) },
        });
      }
    }
    return findings;
  },
};
