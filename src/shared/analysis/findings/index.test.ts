import { describe, expect, it } from 'vitest';
import { computeFindings, registerFindingRule, allRuleIds, findingRules, sortFindings, type FindingRule } from './index';
import { TestWorkspace, lensOf } from './testWorkspace';

const rulesOf = (ws: TestWorkspace, ...args: Parameters<TestWorkspace['input']>) => computeFindings(ws.input(...args)).map((f) => f.rule);

describe('computeFindings: edge cases', () => {
  it('finds nothing in an empty workspace', () => {
    expect(computeFindings(new TestWorkspace().input())).toEqual([]);
  });

  it('finds nothing about phases when there are no channels, and nothing about channels without phases', () => {
    expect(computeFindings(new TestWorkspace().defaultPhases().input())).toEqual([]);
    expect(computeFindings(new TestWorkspace().channel('Web', { online: true }).input())).toEqual([]);
  });

  it('with one channel leading everywhere, flags neither dominance nor leading everywhere', () => {
    const ws = new TestWorkspace().defaultPhases().channel('Store', { personal: true, dialogue: true });
    for (const p of ['Attract', 'Inform', 'Advise', 'Transact', 'Support', 'Relationship']) ws.set(p, 'Store', 3);
    expect(computeFindings(ws.input())).toEqual([]);
  });

  it('with all roles at zero, says every phase is unserved and every channel unused', () => {
    const ws = new TestWorkspace().phase('A').phase('B').channel('X').channel('Y');
    ws.row('A', [0, 0]).row('B', [0, 0]);
    expect(rulesOf(ws).sort()).toEqual(['channel.unused', 'channel.unused', 'phase.unserved', 'phase.unserved']);
  });
});

describe('computeFindings: lenses', () => {
  const ws = () =>
    new TestWorkspace()
      .phase('A')
      .phase('B')
      .channel('X')
      .channel('Y')
      .channel('Z')
      .customerType('Young')
      .row('A', [3, 2, 2])
      .row('B', [2, 2, 3]);

  it('says nothing for a lens that only inherits from all customers', () => {
    expect(computeFindings(ws().input())).toEqual([]);
  });

  it('reports a lens-only problem in that lens, and not again what all customers already has', () => {
    const w = ws().set('B', 'Z', 2, { lens: lensOf('customerType', 'Young') });
    const findings = computeFindings(w.input());
    expect(findings.map((f) => [f.rule, f.lens])).toEqual([['phase.noLead', { kind: 'customerType', id: 't:Young' }]]);
    expect(findings[0]!.cells).toEqual([
      { phaseId: 'p:B', channelId: 'c:X' },
      { phaseId: 'p:B', channelId: 'c:Y' },
      { phaseId: 'p:B', channelId: 'c:Z' },
    ]);
    // The same gap in all customers is said once, for all customers.
    const both = w.set('B', 'Z', 2);
    expect(computeFindings(both.input()).map((f) => f.lens.kind)).toEqual(['all']);
  });

  it('leaves hidden phases and channels out', () => {
    const w = ws().phase('Hidden', null, { hidden: true }).channel('Ghost', { hidden: true });
    expect(computeFindings(w.input())).toEqual([]);
  });

  it('gives ids that stay the same when other data changes', () => {
    const w = ws().row('B', [2, 2, 2]);
    const before = computeFindings(w.input()).map((f) => f.id);
    const after = computeFindings(w.set('B', 'X', 1).input()).map((f) => f.id);
    expect(before).toEqual(['phase.noLead|s:As-is|all|p:B']);
    expect(after).toEqual(before);
  });
});

describe('computeFindings: the retail bank of issue 13', () => {
  /** Services bank: a branch, a web portal, a mobile app, direct mail; a digital starter who refuses direct mail. */
  function bank(): TestWorkspace {
    const ws = new TestWorkspace().scenario('To-be', 'to_be').defaultPhases();
    ws.channel('Branch', { personal: true, dialogue: true }).channel('Web portal', { online: true }).channel('Mobile app', { online: true }).channel('Direct mail');
    ws.domain('Accounts', 'service', { isMain: true }).domain('Gadgets', 'sensory').typology('Impulse', 'impulsive');
    ws.customerType('Digital starter', { refused: ['Direct mail'] });
    // As-is: direct mail important in Attract; Support served but led by nobody.
    const asIs: [string, [0 | 1 | 2 | 3, 0 | 1 | 2 | 3, 0 | 1 | 2 | 3, 0 | 1 | 2 | 3]][] = [
      ['Attract', [1, 3, 0, 2]],
      ['Inform', [1, 3, 2, 0]],
      ['Advise', [3, 2, 0, 0]],
      ['Transact', [2, 3, 1, 0]],
      ['Support', [2, 2, 1, 0]],
      ['Relationship', [3, 2, 1, 0]],
    ];
    for (const [phase, roles] of asIs) ws.row(phase, roles);
    // To-be: direct mail retired, the app leads Support.
    for (const [phase, roles] of asIs) ws.row(phase, [roles[0], roles[1], phase === 'Support' ? 3 : roles[2], 0], { scenario: 'To-be' });
    return ws;
  }

  it('says what matters and leaves the noise out', () => {
    const asIs = computeFindings(bank().input());
    // The refused direct mail is important in Attract for the digital starter (inherited from all customers).
    expect(asIs.map((f) => f.rule)).toContain('customerType.refusedImportant');
    // Support has no lead in As-is.
    expect(asIs.filter((f) => f.rule === 'phase.noLead').map((f) => f.message.params.phase)).toEqual(['Support']);
    // No sensory-domain findings for a services bank, no typology findings for an unlinked typology.
    expect(asIs.filter((f) => f.family === 'domains' || f.family === 'typologies')).toEqual([]);

    const toBe = computeFindings(bank().input({}, 'To-be', 'As-is'));
    const change = toBe.find((f) => f.rule === 'scenario.change')!;
    expect(change.retired).toEqual(['Direct mail']);
    expect(change.changes!.find((c) => c.phase === 'Support')!.leadGained).toEqual(['Mobile app']);
    // Direct mail retired on purpose: no "cost without use" warning, and the refused channel no longer plays a role.
    expect(toBe.filter((f) => f.rule === 'channel.unused' || f.family === 'customerTypes')).toEqual([]);
    // Sorted by severity.
    const ranks = toBe.map((f) => ['warning', 'attention', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('registry', () => {
  it('lists every rule once and runs an added family', () => {
    const ids = allRuleIds();
    expect(new Set(ids).size).toBe(ids.length);
    const extra: FindingRule = {
      family: 'test-extra',
      rules: ['test.always'],
      scope: 'scenario',
      run: (ctx, view) => [
        { id: `test.always|${ctx.scenarioId}`, rule: 'test.always', family: 'test-extra', severity: 'info', scenarioId: ctx.scenarioId, lens: view.lens, cells: [], message: { key: 'test.always', params: {} } },
      ],
    };
    expect(computeFindings(new TestWorkspace().input(), [...findingRules(), extra]).map((f) => f.rule)).toEqual(['test.always']);
    const unregister = registerFindingRule({ ...extra, family: 'test-registered' }, 'coverage');
    expect(findingRules()[0]!.family).toBe('test-registered');
    expect(computeFindings(new TestWorkspace().input()).map((f) => f.rule)).toEqual(['test.always']);
    unregister();
    expect(findingRules().some((r) => r.family === 'test-registered')).toBe(false);
    expect(() => registerFindingRule({ ...extra, family: 'coverage' })).toThrow(/already registered/);
  });

  it('sorts by severity, then by rule order', () => {
    const ws = new TestWorkspace().phase('A').phase('B').channel('X').channel('Y').row('A', [2, 1]).row('B', [0, 0]);
    const rules = computeFindings(ws.input()).map((f) => f.rule);
    expect(rules.indexOf('phase.unserved')).toBeLessThan(rules.indexOf('phase.noLead'));
    expect(sortFindings([])).toEqual([]);
  });
});
