import { cellItemId } from '@shared/domain/workshop';
import type { Workspace } from '../workspace';

/**
 * A workspace with something in every part a deliverable shows: matrix roles
 * (one a note), a journey with two steps (one with formula-looking text), a
 * revealed vote, and economics inputs for the first customer type.
 */
export function fillWorkspace(ws: Workspace): { journeyId: string; voteId: string } {
  ws.catalog.create('customerType', 'Loyal buyer', null);
  const { phases, channels, scenarios, customerTypes } = ws.catalogRepo.catalog();
  const scenarioId = scenarios[0]!.id;
  ws.matrix.setCells({
    scenarioId,
    lens: { kind: 'all' },
    cells: [
      { phaseId: phases[0]!.id, channelId: channels[0]!.id, role: 3, note: '=SUM(A1:A2) is not a formula here' },
      { phaseId: phases[1]!.id, channelId: channels[1]!.id, role: 2 },
      { phaseId: phases[2]!.id, channelId: channels[0]!.id, role: 1 },
    ],
  });
  const journey = ws.journeys.create({ name: 'Renewal', description: 'A customer renews', scenarioId });
  ws.journeys.addSteps({
    journeyId: journey.id,
    steps: [
      { phaseId: phases[0]!.id, channelId: channels[0]!.id, title: 'Sees an ad', emotion: 1 },
      { phaseId: phases[1]!.id, channelId: channels[1]!.id, title: '+31 calls the shop', painPoints: 'Long wait', momentOfTruth: true },
    ],
  });
  const votes = ws.votes;
  const items = channels.slice(0, 2).map((c) => ({ kind: 'cell' as const, id: cellItemId(scenarioId, { kind: 'all' }, phases[0]!.id, c.id), label: `${phases[0]!.name} × ${c.name}` }));
  const session = votes.open('Where do we invest?', items, 3);
  const ann = votes.join('Ann');
  votes.setDots(session.id, ann.id, items[1]!, 2);
  votes.close(session.id);
  votes.reveal(session.id);
  ws.economics.updateCustomerType({
    customerTypeId: customerTypes[0]!.id,
    patch: { transactions: 10, purchasesPerTransaction: 2, price: 50, acquisitionCost: 100, yearlyMargin: 200, retention: 80, discountRate: 5, horizonYears: 3 },
  });
  return { journeyId: journey.id, voteId: session.id };
}
