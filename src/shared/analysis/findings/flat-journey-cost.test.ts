import { describe, expect, it } from 'vitest';
import { journeyCost } from '../economics/journey-cost';
import { AnalysisContext } from './context';
import { TestWorkspace, lensOf } from './testWorkspace';

/** The generic journeyCost over the same inputs the findings context prices. */
function generic(ws: TestWorkspace, customerTypeId: string | null) {
  const input = ws.input();
  const channels = [...input.catalog.channels].filter((c) => !c.hidden);
  return journeyCost({
    phases: input.catalog.phases,
    channels,
    cells: input.cells,
    customerTypeId,
    roleContacts: input.economics!.scenario.roleContacts,
    overrides: input.economics!.scenario.overrides,
  });
}

describe('the findings’ journey cost', () => {
  it('prices every lens exactly as the economics page does: own numbers, own roles, shared numbers, inherited roles', () => {
    const ws = new TestWorkspace().phase('Attract').phase('Advise').customerType('Starter').customerType('Busy');
    ws.channel('Branch', { costPerContact: 18 }).channel('Web', { costPerContact: 0.3 }).channel('Chat').channel('Hidden', { costPerContact: 5, hidden: true });
    ws.row('Attract', [1, 3, 2, 3]).row('Advise', [2, 1, 0, 3]);
    // The starter sets a role of its own, and clears one (a cell set with no role).
    ws.set('Attract', 'Branch', 3, { lens: lensOf('customerType', 'Starter') }).set('Advise', 'Branch', null, { lens: lensOf('customerType', 'Starter') });
    ws.costs({ 0: 0.25, 1: 0.5, 2: 1, 3: 2 })
      .contacts('Attract', 'Web', 4)
      .contacts('Advise', 'Web', 6, { customerType: 'Busy' })
      .contacts('Attract', 'Branch', 7, { customerType: 'Starter' });
    const ctx = new AnalysisContext(ws.input());
    for (const type of [null, 't:Starter', 't:Busy']) expect(ctx.journeyCost(type)).toEqual(generic(ws, type));
  });

  it('is null without economics inputs or without any cost per contact', () => {
    const ws = new TestWorkspace().phase('Attract').channel('Branch').row('Attract', [3]);
    expect(new AnalysisContext(ws.input()).journeyCost(null)).toBeNull();
    expect(new AnalysisContext(ws.costs().input()).journeyCost(null)).toBeNull();
  });
});
