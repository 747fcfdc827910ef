import { describe, expect, it } from 'vitest';
import { computeFindings } from '../index';
import { TestWorkspace, lensOf } from '../testWorkspace';

function twoScenarios(): TestWorkspace {
  const ws = new TestWorkspace().scenario('To-be', 'to_be').phase('Inform', 'inform').phase('Transact', 'transact').customerType('Young');
  ws.channel('Store', { personal: true, dialogue: true }).channel('Web', { online: true }).channel('Print');
  for (const scenario of ['As-is', 'To-be']) ws.row('Inform', [2, 3, 1], { scenario }).row('Transact', [3, 2, 0], { scenario });
  return ws;
}
const change = (ws: TestWorkspace) => computeFindings(ws.input({}, 'To-be', 'As-is')).filter((f) => f.family === 'change');

describe('as-is vs to-be', () => {
  it('says there is no change when the roles are the same', () => {
    const [f] = change(twoScenarios());
    expect(f!.message).toEqual({
      key: 'scenario.noChange',
      params: { from: 'As-is', to: 'To-be', count: 0, rose: 0, fell: 0, appeared: 0, vanished: 0, phases: 0 },
    });
    expect(f!.changes).toEqual([]);
    expect(f!.baselineId).toBe('s:As-is');
  });

  it('lists what appears, vanishes, rises and falls, per phase, from the baseline to the scenario', () => {
    const ws = twoScenarios()
      .set('Inform', 'Print', 0, { scenario: 'To-be' })
      .set('Inform', 'Store', 3, { scenario: 'To-be' })
      .set('Transact', 'Print', 1, { scenario: 'To-be' })
      .set('Transact', 'Web', 1, { scenario: 'To-be' })
      // Lens cells do not change the all-customers paragraph.
      .set('Transact', 'Store', 0, { scenario: 'To-be', lens: lensOf('customerType', 'Young') });
    const [f] = change(ws);
    expect(f!.message.key).toBe('scenario.change');
    expect(f!.message.params).toMatchObject({ count: 4, rose: 1, fell: 1, appeared: 1, vanished: 1, phases: 2 });
    expect(f!.changes).toEqual([
      { phaseId: 'p:Inform', phase: 'Inform', appeared: [], vanished: ['Print'], rose: ['Store'], fell: [] },
      { phaseId: 'p:Transact', phase: 'Transact', appeared: ['Print'], vanished: [], rose: [], fell: ['Web'] },
    ]);
    expect(f!.cells).toHaveLength(4);
    expect(f!.severity).toBe('info');
  });

  it('is left out without a baseline, or when the baseline is the scenario itself', () => {
    const ws = twoScenarios();
    expect(computeFindings(ws.input({}, 'To-be')).filter((f) => f.family === 'change')).toEqual([]);
    expect(computeFindings(ws.input({}, 'To-be', 'To-be')).filter((f) => f.family === 'change')).toEqual([]);
  });
});
