/**
 * A workspace as a board sees it: the default framework's 13 channels and six
 * phases, As-is and To-be filled in, two customer types with their
 * preferences, a journey with emotions in every phase, cost figures and a
 * revealed dot vote. Screenshots, e2e tests of present mode and the
 * deliverables are taken on it (scripts/board-workspace.mjs writes one).
 */
import { cellItemId } from '@shared/domain/workshop';
import type { Role } from '@shared/domain/types';
import type { Workspace } from '../workspace';

/** Roles per phase (rows) and channel (columns, the default framework's order). */
const AS_IS: Role[][] = [
  [1, 2, 0, 2, 3, 3, 2, 1, 1, 0, 0, 0, 0],
  [1, 3, 2, 2, 1, 0, 1, 1, 1, 0, 0, 0, 0],
  [3, 3, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
  [2, 3, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0],
  [2, 2, 3, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0],
  [3, 2, 1, 0, 2, 0, 0, 2, 0, 0, 0, 0, 0],
];
const TO_BE: Role[][] = [
  [0, 1, 0, 3, 1, 2, 0, 2, 3, 0, 1, 1, 0],
  [0, 2, 1, 3, 0, 0, 0, 2, 2, 1, 2, 1, 0],
  [3, 2, 2, 2, 0, 0, 0, 1, 0, 3, 1, 0, 1],
  [1, 2, 0, 3, 0, 0, 0, 0, 0, 0, 3, 2, 0],
  [1, 1, 2, 2, 0, 0, 0, 1, 1, 3, 3, 0, 2],
  [3, 1, 0, 1, 1, 0, 0, 3, 2, 0, 2, 0, 1],
];

export function fillBoardWorkspace(ws: Workspace): { journeyId: string; voteId: string } {
  ws.catalog.create('customerType', 'Busy professional', null);
  ws.catalog.create('customerType', 'Digital starter', null);
  const { phases, channels, scenarios, customerTypes } = ws.catalogRepo.catalog();
  const shownPhases = phases.filter((p) => !p.hidden);
  const [asIs, toBe] = scenarios;
  const fill = (scenarioId: string, roles: Role[][]) =>
    ws.matrix.setCells({
      scenarioId,
      lens: { kind: 'all' },
      cells: shownPhases.flatMap((phase, p) => channels.map((channel, c) => ({ phaseId: phase.id, channelId: channel.id, role: roles[p]?.[c] ?? 0 }))),
    });
  fill(asIs!.id, AS_IS);
  fill(toBe!.id, TO_BE);
  const byKey = (key: string) => channels.find((c) => c.key === key)!;
  const COSTS: Record<string, number> = {
    account_manager: 45, store: 18, call_centre: 6.5, web: 0.4, direct_mail: 1.2, radio_tv: 0.3, print: 0.5,
    email: 0.05, social_media: 0.2, live_chat: 2.5, mobile_app: 0.1, marketplace: 3, messaging: 1.5,
  };
  for (const channel of channels) {
    const cost = channel.key ? COSTS[channel.key] : undefined;
    if (cost !== undefined) ws.catalog.update(channel.id, { kind: 'channel', costPerContact: cost });
  }
  const typologies = ws.catalogRepo.catalog().typologies;
  ws.catalog.update(customerTypes[0]!.id, { kind: 'customerType', typologyId: typologies[0]!.id });
  ws.catalog.update(customerTypes[1]!.id, { kind: 'customerType', typologyId: typologies[2]!.id });
  ws.catalog.setChannelPreference(customerTypes[1]!.id, byKey('direct_mail').id, 'refused');
  ws.catalog.setChannelPreference(customerTypes[1]!.id, byKey('mobile_app').id, 'preferred');
  ws.catalog.setChannelPreference(customerTypes[0]!.id, byKey('account_manager').id, 'preferred');

  const journey = ws.journeys.create({ name: 'Opening a savings account', description: 'A busy professional moves their savings', scenarioId: toBe!.id });
  const step = (phase: number, channel: string, title: string, emotion: -2 | -1 | 0 | 1 | 2) => ({
    phaseId: shownPhases[phase]!.id,
    channelId: byKey(channel).id,
    title,
    emotion,
  });
  ws.journeys.addSteps({
    journeyId: journey.id,
    steps: [
      step(0, 'social_media', 'Sees a rate comparison', 1),
      step(1, 'web', 'Compares rates online', 0),
      step(1, 'web', 'Reads the conditions', -1),
      step(2, 'live_chat', 'Asks about early withdrawal', 1),
      step(3, 'mobile_app', 'Opens the account in the app', 2),
      step(3, 'mobile_app', 'Identity check fails once', -2),
      step(4, 'call_centre', 'Calls to unblock the check', -1),
      step(5, 'email', 'Gets a yearly interest overview', 1),
    ],
  });

  const votes = ws.votes;
  const items = ['mobile_app', 'live_chat', 'web', 'call_centre'].map((key) => {
    const channel = byKey(key);
    return { kind: 'cell' as const, id: cellItemId(toBe!.id, { kind: 'all' }, shownPhases[3]!.id, channel.id), label: `${shownPhases[3]!.name} × ${channel.name}` };
  });
  const session = votes.open('Where do we invest first?', items, 3);
  const dots = [3, 1, 2, 0];
  ['Ann', 'Bas', 'Carla', 'Dirk', 'Eva'].forEach((name, i) => {
    const person = votes.join(name);
    votes.setDots(session.id, person.id, items[i % items.length]!, dots[i % dots.length]! || 1);
  });
  votes.close(session.id);
  votes.reveal(session.id);
  for (const type of customerTypes) {
    ws.economics.updateCustomerType({
      customerTypeId: type.id,
      patch: { transactions: 4, purchasesPerTransaction: 1, price: 120, acquisitionCost: 150, yearlyMargin: 180, retention: 85, discountRate: 6, horizonYears: 5 },
    });
  }
  return { journeyId: journey.id, voteId: session.id };
}
