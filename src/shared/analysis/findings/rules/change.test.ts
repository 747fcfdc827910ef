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

  it('says a phase gains a lead channel, or loses its lead, as such', () => {
    const ws = twoScenarios().phase('Support', 'support');
    // As-is: Support has help but no lead; Transact is led by the Store.
    ws.row('Support', [1, 2, 0]).row('Support', [1, 3, 0], { scenario: 'To-be' });
    ws.row('Transact', [2, 2, 0], { scenario: 'To-be' });
    const [f] = change(ws);
    expect(f!.changes).toEqual([
      { phaseId: 'p:Transact', phase: 'Transact', appeared: [], vanished: [], rose: [], fell: ['Store'], leadLost: ['Store'] },
      { phaseId: 'p:Support', phase: 'Support', appeared: [], vanished: [], rose: ['Web'], fell: [], leadGained: ['Web'] },
    ]);
  });

  it('does not call a lead changing hands, or a stronger role beside an existing lead, a gain or a loss', () => {
    const ws = twoScenarios().row('Transact', [2, 3, 0], { scenario: 'To-be' }).set('Inform', 'Print', 2, { scenario: 'To-be' });
    const [f] = change(ws);
    expect(f!.changes!.every((c) => c.leadGained === undefined && c.leadLost === undefined)).toBe(true);
    expect(f!.changes).toHaveLength(2);
  });

  it('reports a channel the change retires as part of the change, not as a channel without use', () => {
    // Print supports Inform in As-is and plays no role in To-be.
    const ws = twoScenarios().set('Inform', 'Print', 0, { scenario: 'To-be' });
    const all = computeFindings(ws.input({}, 'To-be', 'As-is'));
    const [f] = all.filter((x) => x.family === 'change');
    expect(f!.retired).toEqual(['Print']);
    expect(f!.changes).toEqual([{ phaseId: 'p:Inform', phase: 'Inform', appeared: [], vanished: ['Print'], rose: [], fell: [] }]);
    expect(all.filter((x) => x.rule === 'channel.unused')).toEqual([]);
    // Without the comparison, To-be on its own has a channel without use.
    expect(computeFindings(ws.input({}, 'To-be')).filter((x) => x.rule === 'channel.unused').map((x) => x.message.params.channel)).toEqual(['Print']);
  });

  it('still warns about a channel that had no role in the baseline either', () => {
    const ws = twoScenarios().channel('Fax');
    const all = computeFindings(ws.input({}, 'To-be', 'As-is'));
    expect(all.filter((x) => x.rule === 'channel.unused').map((x) => x.message.params.channel)).toEqual(['Fax']);
    expect(all.find((x) => x.family === 'change')!.retired).toEqual([]);
  });

  it('judges a lens by the same lens of the baseline', () => {
    const young = lensOf('customerType', 'Young');
    // For Young, Print is retired in To-be; for all customers it stays.
    const ws = twoScenarios().set('Inform', 'Print', 0, { scenario: 'To-be', lens: young }).set('Transact', 'Print', 0, { scenario: 'To-be', lens: young });
    expect(computeFindings(ws.input({}, 'To-be', 'As-is')).filter((x) => x.rule === 'channel.unused')).toEqual([]);
    // Unused for Young in both scenarios: a warning in Young's lens.
    ws.set('Inform', 'Print', 0, { lens: young });
    const unused = computeFindings(ws.input({}, 'To-be', 'As-is')).filter((x) => x.rule === 'channel.unused');
    expect(unused.map((x) => [x.message.params.channel, x.lens])).toEqual([['Print', young]]);
  });
});
