/**
 * Journey figures: a 200-step journey (the scale target) on a 12-phase x
 * 60-channel framework with a filled matrix. Times the core's write and read and
 * the pure analysis the map draws from (reading order, channel switches,
 * consistency with the matrix, emotion curve, findings).
 */
import type { Emotion } from '@shared/domain/journeys';
import type { Role } from '@shared/domain/types';
import { summarizeJourney } from '@shared/analysis/journeys';
import type { Figure } from './bench';
import { median, time, withFrameworkWorkspace } from './framework-workspace';

const STEPS = 200;
const ROUNDS = 30;

export function runJourneyBench(): Figure[] {
  return withFrameworkWorkspace('journeys', (ws) => {
    const scenario = ws.catalogRepo.catalog().scenarios[0] ?? ws.catalog.create('scenario', 'As-is');
    const type = ws.catalog.create('customerType', 'Saver');
    const c = ws.catalogRepo.catalog();
    ws.matrix.setCells({
      scenarioId: scenario.id,
      lens: { kind: 'all' },
      cells: c.phases.flatMap((p, i) => c.channels.map((ch, j) => ({ phaseId: p.id, channelId: ch.id, role: ((i + j) % 4) as Role }))),
    });
    const journey = ws.journeys.create({ name: 'Long journey', scenarioId: scenario.id, customerTypeId: type.id });
    const steps = Array.from({ length: STEPS }, (_, i) => ({
      phaseId: c.phases[Math.floor((i * c.phases.length) / STEPS)]!.id,
      channelId: c.channels[(i * 7) % c.channels.length]!.id,
      title: `Step ${i + 1}`,
      does: 'Reads reviews and compares prices',
      emotion: (((i * 3) % 5) - 2) as Emotion,
      evidence: (['observed', 'inferred', 'hypothesis'] as const)[i % 3]!,
    }));
    const figures: Figure[] = [];
    figures.push({ name: `journey: add ${STEPS} steps as one action`, value: time(() => ws.journeys.addSteps({ journeyId: journey.id, steps })), unit: 'ms', budget: { max: 100 } });

    const reads = Array.from({ length: ROUNDS }, () => time(() => ws.journeys.get(journey.id)));
    figures.push({ name: `journey: read ${STEPS} steps (journeys.get, median)`, value: median(reads), unit: 'ms', budget: { max: 10 } });

    const detail = ws.journeys.get(journey.id);
    const cells = ws.matrix.scenarioCells(scenario.id);
    const analyse = () => summarizeJourney(detail, c, cells);
    const runs = Array.from({ length: ROUNDS }, () => time(analyse));
    figures.push({ name: `journey: order + switches + consistency + curve + findings, ${STEPS} steps (median)`, value: median(runs), unit: 'ms', budget: { max: 5 } });
    const moves = Array.from({ length: ROUNDS }, (_, i) =>
      time(() => ws.journeys.moveStep({ id: detail.steps[i]!.id, phaseId: c.phases[5]!.id, afterId: null })),
    );
    figures.push({ name: `journey: move a step in a ${STEPS}-step journey (median)`, value: median(moves), unit: 'ms', budget: { max: 8 } });
    return figures;
  });
}
