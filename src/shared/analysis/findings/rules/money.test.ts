import { describe, expect, it } from 'vitest';
import { computeFindings } from '../index';
import { TestWorkspace, lensOf } from '../testWorkspace';

/**
 * A bank: in Attract the branch (18.00 a contact) only supports, the website
 * leads and social media is important. Default contacts per role: supporting
 * 0.5, important 1, lead 2.
 */
function bank(): TestWorkspace {
  const ws = new TestWorkspace().scenario('To-be').phase('Attract', 'attract').phase('Advise', 'advise').customerType('Starter');
  ws.channel('Branch', { personal: true, dialogue: true, costPerContact: 18 })
    .channel('Web', { online: true, costPerContact: 0.3 })
    .channel('Social', { online: true, costPerContact: 1 })
    .channel('Account manager', { personal: true, dialogue: true, costPerContact: 40 });
  for (const scenario of ['As-is', 'To-be']) ws.row('Attract', [1, 3, 2, 0], { scenario }).row('Advise', [2, 1, 0, 3], { scenario });
  return ws.costs();
}
const money = (ws: TestWorkspace, scenario = 'As-is', baseline?: string) => computeFindings(ws.input({}, scenario, baseline)).filter((f) => f.family === 'money');

describe('money findings', () => {
  it('say nothing about money when no costs are entered', () => {
    const ws = new TestWorkspace().phase('Attract').channel('Branch').channel('Web').row('Attract', [1, 3]).costs();
    expect(money(ws)).toEqual([]);
    // Costs per contact without economics inputs (the economics page never opened) say nothing either.
    const noInputs = new TestWorkspace().phase('Attract').channel('Branch', { costPerContact: 18 }).channel('Web').row('Attract', [1, 3]);
    expect(money(noInputs)).toEqual([]);
  });

  it('report an expensive channel that only supports a phase, with the formula', () => {
    const found = money(bank()).filter((f) => f.rule === 'money.supportingCost');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('attention');
    expect(found[0]!.cells).toEqual([{ phaseId: 'p:Attract', channelId: 'c:Branch' }]);
    expect(found[0]!.message.params).toEqual({
      phase: 'Attract',
      channel: 'Branch',
      share: 85,
      contacts: 0.5,
      costPerContact: { money: 18 },
      cost: { money: 9 },
      phaseCost: { money: 10.6 },
    });
  });

  it('leave a supporting channel alone when it is cheap, or when nothing else carries the phase', () => {
    const cheap = bank().set('Attract', 'Social', 3);
    // Branch 9.00 of 9.00 + 0.60 + 2.00 = 77 %: still over the 50 % default; raise the threshold instead.
    expect(computeFindings(cheap.input({ supportingCostShare: 80 })).filter((f) => f.rule === 'money.supportingCost')).toEqual([]);
    const alone = new TestWorkspace().phase('Attract').channel('Branch', { costPerContact: 18 }).channel('Web', { costPerContact: 0.3 }).row('Attract', [1, 1]).costs();
    expect(money(alone).filter((f) => f.rule === 'money.supportingCost')).toEqual([]);
  });

  it('report the channel that makes up most of a journey’s cost', () => {
    const found = money(bank()).filter((f) => f.rule === 'money.journeyShare');
    // Journey: Attract 10.60 + Advise 18 + 0.15 + 80 = 98.15; account manager 80.00 of 108.75.
    expect(found).toHaveLength(1);
    expect(found[0]!.message.params).toMatchObject({ channel: 'Account manager', share: 74, contacts: 2, cost: { money: 80 }, total: { money: 108.75 } });
    expect(found[0]!.cells).toEqual([{ phaseId: 'p:Advise', channelId: 'c:Account manager' }]);
  });

  it('do not call a channel most of the cost when it is the only one with a cost', () => {
    const ws = new TestWorkspace().phase('Attract').channel('Branch', { costPerContact: 18 }).channel('Web').row('Attract', [3, 3]).costs();
    expect(money(ws).filter((f) => f.rule === 'money.journeyShare')).toEqual([]);
  });

  it('name channels with contacts but no cost, since the figures leave them out', () => {
    const ws = bank().channel('Chat', { online: true }).set('Attract', 'Chat', 2);
    const [missing] = money(ws).filter((f) => f.rule === 'money.missingCost');
    expect(missing!.message).toEqual({ key: 'money.missingCost', params: { channels: ['Chat'], count: 1 } });
    expect(missing!.severity).toBe('info');
  });

  it('report the change in the cost of a journey against the baseline, with its drivers', () => {
    const ws = bank().set('Attract', 'Account manager', 2, { scenario: 'To-be' }).set('Advise', 'Web', 2, { scenario: 'To-be' });
    const [change] = money(ws, 'To-be', 'As-is').filter((f) => f.rule === 'money.costChange');
    // +40.00 (account manager, 1 contact) + 0.15 (web, 0.5 more contacts) on 108.75.
    expect(change!.message.key).toBe('money.costRises');
    expect(change!.severity).toBe('attention');
    expect(change!.baselineId).toBe('s:As-is');
    expect(change!.message.params).toMatchObject({
      from: 'As-is',
      to: 'To-be',
      fromCost: { money: 108.75 },
      toCost: { money: 148.9 },
      change: 36.9,
      drivers: { moneyList: [{ name: 'Account manager', money: 40 }] },
    });
    expect((change!.message.params.difference as { money: number }).money).toBeCloseTo(40.15);
  });

  it('stay silent on a cost change under the threshold, and without a baseline', () => {
    const ws = bank().set('Advise', 'Web', 2, { scenario: 'To-be' });
    expect(money(ws, 'To-be', 'As-is').filter((f) => f.rule === 'money.costChange')).toEqual([]);
    expect(computeFindings(ws.input({ costChangeShare: 0.1 }, 'To-be', 'As-is')).filter((f) => f.rule === 'money.costChange')).toHaveLength(1);
    expect(money(ws, 'To-be').filter((f) => f.rule === 'money.costChange')).toEqual([]);
  });

  it('weigh the change over the customer types by their share when they differ from all customers', () => {
    const ws = bank().set('Attract', 'Branch', 0, { scenario: 'To-be' });
    ws.catalog.customerTypes[0]!.share = 40;
    ws.customerType('Busy', {}, { share: 60 });
    // Busy professionals meet the account manager twice as often in both scenarios.
    for (const scenario of ['As-is', 'To-be']) ws.contacts('Advise', 'Account manager', 4, { scenario, customerType: 'Busy' });
    const [change] = money(ws, 'To-be', 'As-is').filter((f) => f.rule === 'money.costChange');
    expect(change!.message.key).toBe('money.costFallsWeighted');
    expect(change!.severity).toBe('info');
    // Starter: 108.75 -> 99.75; Busy: 188.75 -> 179.75; weighted 40/60: 156.75 -> 147.75.
    expect(change!.message.params).toMatchObject({ weightedFrom: { money: 156.75 }, weightedTo: { money: 147.75 }, drivers: { moneyList: [{ name: 'Branch', money: -9 }] } });
  });

  it('speak for a customer type only where its own figures add something', () => {
    const ws = bank();
    expect(money(ws).every((f) => f.lens.kind === 'all')).toBe(true);
    // The starter never meets the account manager, but a branch adviser in Advise: the branch makes up most of it.
    ws.set('Advise', 'Account manager', 0, { lens: lensOf('customerType', 'Starter') }).set('Advise', 'Branch', 3, { lens: lensOf('customerType', 'Starter') });
    const own = money(ws).filter((f) => f.lens.kind === 'customerType');
    expect(own.map((f) => [f.rule, f.message.params.channel])).toEqual([['money.journeyShare', 'Branch']]);
  });
});
