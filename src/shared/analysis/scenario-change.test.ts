import { describe, expect, it } from 'vitest';
import { catalogOf, cell, channel, phase } from './charts/testData';
import { scenarioChange } from './scenario-change';

const catalog = catalogOf({
  phases: [phase('inform', 'a1'), phase('buy', 'a0'), phase('gone', 'a2', { hidden: true })],
  channels: [channel('web', 'a0'), channel('shop', 'a1'), channel('mail', 'a2')],
});
const type = { kind: 'customerType', id: 't1' } as const;

describe('scenarioChange', () => {
  it('lists per phase, in phase order, the channels that come in, drop out, rise and fall', () => {
    const from = [cell('buy', 'shop', 3), cell('inform', 'web', 1), cell('inform', 'mail', 2), cell('gone', 'web', 3)];
    const to = [cell('buy', 'shop', 3), cell('buy', 'web', 2), cell('inform', 'web', 3), cell('inform', 'mail', 1)];
    const change = scenarioChange(catalog, from, to, { kind: 'all' });
    expect(change.changes).toEqual([
      { phaseId: 'buy', phase: 'BUY', appeared: ['WEB'], vanished: [], rose: [], fell: [] },
      { phaseId: 'inform', phase: 'INFORM', appeared: [], vanished: [], rose: ['WEB'], fell: ['MAIL'] },
    ]);
    expect(change.count).toBe(3);
    expect(change.total).toEqual({ appeared: 1, vanished: 0, rose: 1, fell: 1 });
  });

  it("compares in the lens asked for, inheriting all customers' roles", () => {
    const from = [cell('buy', 'shop', 2)];
    const to = [cell('buy', 'shop', 2), cell('buy', 'shop', 0, type)];
    expect(scenarioChange(catalog, from, to, { kind: 'all' }).count).toBe(0);
    expect(scenarioChange(catalog, from, to, type).changes).toEqual([{ phaseId: 'buy', phase: 'BUY', appeared: [], vanished: ['SHOP'], rose: [], fell: [] }]);
  });
});
