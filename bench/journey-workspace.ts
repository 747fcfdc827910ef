import { join } from 'node:path';
import { Workspace } from '../src/main/core/workspace';

const DOES = ['Looks around', 'Compares offers side by side', 'Asks a friend what they think', 'Calls to check the delivery date', 'Reads the reviews'];
const THINKS = ['Is this worth the money?', 'I hope this is quick.', 'Can I trust them with my data?'];
const PAINS = ['Has to repeat the order number', '', 'Opening hours are unclear', ''];

/**
 * The journey of the render benchmark: the default framework with roles in
 * the matrix and one journey of `steps` steps spread over the six phases,
 * every lane filled, channels alternating between online and offline.
 */
export function buildJourneyWorkspace(path: string, dataDir: string, steps = 200): { path: string; journeyName: string } {
  const ws = Workspace.create(path, 'en', 'default', { dataDir: join(dataDir), deviceId: 'beefbeefbeefbeef' });
  try {
    const c = ws.catalogRepo.catalog();
    const scenarioId = c.scenarios[0]!.id;
    ws.matrix.setCells({
      scenarioId,
      lens: { kind: 'all' },
      cells: c.phases.flatMap((p, i) => c.channels.map((ch, j) => ({ phaseId: p.id, channelId: ch.id, role: ((i + j) % 4) as 0 | 1 | 2 | 3 }))),
    });
    const journeyName = `Bench journey (${steps} steps)`;
    const journey = ws.journeys.create({ name: journeyName, scenarioId });
    ws.journeys.addSteps({
      journeyId: journey.id,
      steps: Array.from({ length: steps }, (_, i) => ({
        phaseId: c.phases[Math.floor((i * c.phases.length) / steps)]!.id,
        channelId: c.channels[(i * 5) % c.channels.length]!.id,
        title: `Step ${i + 1}`,
        does: DOES[i % DOES.length]!,
        thinks: THINKS[i % THINKS.length]!,
        feels: i % 2 ? 'Curious' : 'Impatient',
        emotion: ((i % 5) - 2) as -2 | -1 | 0 | 1 | 2,
        painPoints: PAINS[i % PAINS.length]!,
        opportunities: i % 3 === 0 ? 'Offer a call-back' : '',
        momentOfTruth: i % 17 === 0,
        owner: 'Customer service',
        kpi: i % 4 === 0 ? 'First-contact resolution' : '',
        evidence: (['observed', 'inferred', 'hypothesis'] as const)[i % 3],
      })),
    });
    return { path: ws.path, journeyName };
  } finally {
    ws.close();
  }
}
