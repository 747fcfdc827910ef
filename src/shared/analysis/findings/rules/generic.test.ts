import { describe, expect, it } from 'vitest';
import { computeFindings } from '../index';
import { TestWorkspace } from '../testWorkspace';

const find = (ws: TestWorkspace, rule: string, thresholds = {}) => computeFindings(ws.input(thresholds)).filter((f) => f.rule === rule);
const three = () => new TestWorkspace().phase('A').phase('B').channel('X').channel('Y').channel('Z');

describe('phase coverage', () => {
  it('flags a phase nothing serves, with the whole row as its cells', () => {
    const ws = three().row('A', [3, 2, 2]).row('B', [0, 0, 0]);
    const [f] = find(ws, 'phase.unserved');
    expect(f).toMatchObject({ severity: 'warning', message: { key: 'phase.unserved', params: { phase: 'B' } } });
    expect(f!.cells.map((c) => c.channelId)).toEqual(['c:X', 'c:Y', 'c:Z']);
    // An unset cell serves nothing either.
    expect(find(three().row('A', [3, 2, 2]), 'phase.unserved')).toHaveLength(1);
  });

  it('flags a served phase without a lead, naming the channels that serve it (strongest first)', () => {
    const ws = three().row('A', [3, 2, 2]).row('B', [1, 2, 0]);
    const [f] = find(ws, 'phase.noLead');
    expect(f!.message.params).toEqual({ phase: 'B', channels: ['Y', 'X'] });
    expect(f!.cells.map((c) => c.channelId)).toEqual(['c:X', 'c:Y']);
    expect(find(ws, 'phase.unserved')).toEqual([]);
  });

  it('says nothing once the phase has a lead', () => {
    expect(find(three().row('A', [3, 2, 2]).row('B', [1, 3, 0]), 'phase.noLead')).toEqual([]);
  });
});

describe('channel use', () => {
  it('flags a channel with no role in any phase', () => {
    const ws = three().row('A', [3, 2, 0]).row('B', [2, 3, 0]);
    const found = find(ws, 'channel.unused');
    expect(found.map((f) => f.message.params)).toEqual([{ channel: 'Z' }]);
    expect(found[0]!.cells).toEqual([
      { phaseId: 'p:A', channelId: 'c:Z' },
      { phaseId: 'p:B', channelId: 'c:Z' },
    ]);
    expect(find(ws.set('B', 'Z', 1), 'channel.unused')).toEqual([]);
  });

  it('flags a channel that leads every phase; leading one of two is not "nearly everywhere"', () => {
    const ws = three().row('A', [3, 2, 1]).row('B', [3, 1, 2]);
    expect(find(ws, 'channel.leadsEverywhere').map((f) => f.message.params)).toEqual([{ channel: 'X', count: 2 }]);
    expect(find(ws.set('B', 'X', 2).set('B', 'Y', 3), 'channel.leadsEverywhere')).toEqual([]);
    expect(find(ws, 'channel.leadsNearlyEverywhere')).toEqual([]);
  });

  it('flags a channel that leads all phases but one, and follows the threshold', () => {
    const six = new TestWorkspace().defaultPhases().channel('Web', { online: true }).channel('Store').channel('Phone');
    // Web leads five of six phases; Store leads Support.
    six.row('Attract', [3, 1, 0]).row('Inform', [3, 2, 0]).row('Advise', [3, 2, 1]).row('Transact', [3, 2, 0]).row('Support', [2, 3, 1]).row('Relationship', [3, 1, 2]);
    const [f] = find(six, 'channel.leadsNearlyEverywhere');
    expect(f!.message).toEqual({ key: 'channel.leadsNearlyEverywhere', params: { channel: 'Web', count: 5, total: 6, phases: ['Support'] } });
    expect(f!.severity).toBe('attention');
    expect(f!.id).toBe('channel.leadsNearlyEverywhere|s:As-is|all|c:Web');
    expect(f!.cells).toHaveLength(5);
    expect(find(six, 'channel.leadsEverywhere')).toEqual([]);
    // 0: only leading every phase counts.
    expect(find(six, 'channel.leadsNearlyEverywhere', { leadsAllButPhases: 0 })).toEqual([]);
    // Four of six is not nearly everywhere by default, but is with two phases allowed.
    six.set('Attract', 'Web', 2).set('Attract', 'Store', 3);
    expect(find(six, 'channel.leadsNearlyEverywhere')).toEqual([]);
    expect(find(six, 'channel.leadsNearlyEverywhere', { leadsAllButPhases: 2 }).map((f) => f.message.params.phases)).toEqual([['Attract', 'Support']]);
    // Three of six is half, never "nearly everywhere", whatever the threshold.
    six.set('Inform', 'Web', 2).set('Inform', 'Store', 3);
    expect(find(six, 'channel.leadsNearlyEverywhere', { leadsAllButPhases: 5 })).toEqual([]);
  });

  it('does not call leading the only phase "everywhere"', () => {
    const ws = new TestWorkspace().phase('A').channel('X').channel('Y').row('A', [3, 1]);
    expect(find(ws, 'channel.leadsEverywhere')).toEqual([]);
  });
});

describe('dominance', () => {
  it('flags a channel above the overall share, and follows the threshold', () => {
    // X: 3+3 = 6 of 6+2+2 = 10 → 60%; in each phase 3 of 5 = 60%, not above the phase limit.
    const ws = three().row('A', [3, 1, 1]).row('B', [3, 1, 1]);
    const overall = find(ws, 'dominance.overall');
    expect(overall.map((f) => f.message)).toEqual([
      { key: 'dominance.overall', params: { channel: 'X', share: 60, threshold: 40, phases: [], count: 0, phaseThreshold: 60 } },
    ]);
    expect(overall[0]!.cells).toHaveLength(2);
    expect(find(ws, 'dominance.overall', { dominantShareOverall: 60 })).toEqual([]);
    expect(find(ws, 'dominance.overall', { dominantShareOverall: 59.9 })).toHaveLength(1);
  });

  it('flags a channel above the share within a phase', () => {
    // In A, X has 3 of 4 → 75%; B is balanced.
    const ws = three().row('A', [3, 1, 0]).row('B', [1, 2, 3]);
    const inPhase = find(ws, 'dominance.phase');
    expect(inPhase.map((f) => f.message.params)).toEqual([{ channel: 'X', phases: ['A'], count: 1, share: 75, threshold: 60 }]);
    expect(inPhase[0]!.cells).toEqual([{ phaseId: 'p:A', channelId: 'c:X' }]);
    expect(inPhase[0]!.id).toBe('dominance.phase|s:As-is|all|c:X');
    expect(find(ws, 'dominance.phase', { dominantSharePhase: 75 })).toEqual([]);
  });

  it('says one channel over the limit in several phases once, listing the phases and its highest share', () => {
    const ws = new TestWorkspace().phase('A').phase('B').phase('C').channel('X').channel('Y').channel('Z');
    // X: 3 of 4 = 75% in A and in C; B is shared by Y and Z. Overall limit out of the way.
    ws.row('A', [3, 1, 0]).row('B', [1, 3, 3]).row('C', [3, 0, 1]);
    const found = computeFindings(ws.input({ dominantShareOverall: 90 })).filter((f) => f.family === 'dominance');
    expect(found.map((f) => [f.rule, f.message.params])).toEqual([['dominance.phase', { channel: 'X', phases: ['A', 'C'], count: 2, share: 75, threshold: 60 }]]);
    expect(found[0]!.cells.map((c) => c.phaseId)).toEqual(['p:A', 'p:C']);
  });

  it('merges the overall over-concentration and the per-phase ones of the same channel into one finding', () => {
    // The web portal case: Web carries most of the weight and dominates three phases.
    const ws = new TestWorkspace().phase('A').phase('B').phase('C').phase('D').channel('Web').channel('Store').channel('Mail');
    ws.row('A', [3, 1, 0]).row('B', [3, 0, 1]).row('C', [3, 1, 0]).row('D', [2, 2, 2]);
    const found = computeFindings(ws.input()).filter((f) => f.family === 'dominance');
    expect(found).toHaveLength(1);
    expect(found[0]!.rule).toBe('dominance.overall');
    expect(found[0]!.id).toBe('dominance.overall|s:As-is|all|c:Web');
    expect(found[0]!.message).toEqual({
      key: 'dominance.overallAndPhases',
      params: { channel: 'Web', share: 61, threshold: 40, phases: ['A', 'B', 'C'], count: 3, phaseThreshold: 60 },
    });
    // Every cell the channel plays a role in, the phases it dominates among them.
    expect(found[0]!.cells.map((c) => c.phaseId)).toEqual(['p:A', 'p:B', 'p:C', 'p:D']);
  });

  it('does not call an equal split or a single channel in a phase dominant', () => {
    const two = new TestWorkspace().phase('A').phase('B').channel('X').channel('Y').row('A', [3, 3]).row('B', [2, 2]);
    expect(find(two, 'dominance.overall')).toEqual([]);
    const thin = three().row('A', [3, 0, 0]).row('B', [0, 3, 0]);
    expect(find(thin, 'dominance.phase')).toEqual([]);
  });
});

describe('competition', () => {
  it('flags two leads in one phase when neither cell has a note', () => {
    const ws = three().row('A', [3, 3, 1]).row('B', [3, 1, 2]);
    const [f] = find(ws, 'competition.leads');
    expect(f!.message.params).toEqual({ phase: 'A', channels: ['X', 'Y'], count: 2 });
    expect(f!.cells.map((c) => c.channelId)).toEqual(['c:X', 'c:Y']);
  });

  it('is satisfied by a note on either lead cell', () => {
    const ws = three().row('A', [3, 3, 1]).row('B', [3, 1, 2]).set('A', 'Y', 3, { note: 'Y does the repeat orders' });
    expect(find(ws, 'competition.leads')).toEqual([]);
    // Whitespace says nothing.
    expect(find(ws.set('A', 'Y', 3, { note: '  ' }), 'competition.leads')).toHaveLength(1);
  });

  it('follows the number of silent leads it takes', () => {
    const ws = three().row('A', [3, 3, 3]).row('B', [3, 1, 2]);
    expect(find(ws, 'competition.leads', { competingLeads: 3 })).toHaveLength(1);
    expect(find(ws.set('A', 'Z', 3, { note: 'split by region' }), 'competition.leads', { competingLeads: 3 })).toEqual([]);
  });
});
