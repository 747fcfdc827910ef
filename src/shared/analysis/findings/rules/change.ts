/**
 * As-is vs to-be: what the selected scenario adds and removes compared with a
 * baseline, for all customers, as one paragraph (a summary plus a sentence per
 * phase that changes). Built on compareScenarios, so it counts exactly what
 * the matrix's comparison view shows.
 *
 * Two things are said as such rather than as cell changes: a phase that gains
 * or loses its lead channel (leadGained / leadLost on its PhaseChange), and a
 * channel the scenario retires (a role in the baseline, none now: `retired`;
 * the channel rules then leave out their "plays no role" warning for it).
 */
import type { Lens } from '../../../domain/types';
import { cellKey, compareScenarios, effectiveMatrix } from '../../matrix';
import type { Finding, PhaseChange } from '../types';
import type { FindingRule } from '../context';

const ALL: Lens = { kind: 'all' };

export const changeRules: FindingRule = {
  family: 'change',
  rules: ['scenario.change'],
  scope: 'scenario',
  run(ctx, view) {
    const baseline = ctx.baseline;
    if (!baseline || baseline.scenarioId === ctx.scenarioId) return [];
    const fromCells = baseline.cells.filter((c) => c.scenarioId === baseline.scenarioId && c.lens.kind === 'all');
    const from = effectiveMatrix(fromCells, ALL);
    const to = effectiveMatrix(ctx.ownCells(ALL), ALL);
    const phaseIds = ctx.phases.map((p) => p.id);
    const comparison = compareScenarios(from, to, phaseIds, ctx.channels.map((c) => c.id));
    const changes: PhaseChange[] = [];
    const cells: Finding['cells'] = [];
    // Per channel: a role somewhere in the baseline, a role somewhere now.
    const usedBefore = new Uint8Array(ctx.channels.length);
    const usedNow = new Uint8Array(ctx.channels.length);
    for (const phase of ctx.phases) {
      const entry: PhaseChange = { phaseId: phase.id, phase: phase.name, appeared: [], vanished: [], rose: [], fell: [] };
      const leadsBefore: string[] = [];
      const leadsNow: string[] = [];
      ctx.channels.forEach((channel, c) => {
        const cell = comparison.cells.get(cellKey(phase.id, channel.id));
        const was = cell?.from ?? 0;
        const is = cell?.to ?? 0;
        if (was > 0) usedBefore[c] = 1;
        if (is > 0) usedNow[c] = 1;
        if (was === 3) leadsBefore.push(channel.name);
        if (is === 3) leadsNow.push(channel.name);
        const change = cell?.change ?? 'same';
        if (change === 'same') return;
        entry[change].push(channel.name);
        cells.push({ phaseId: phase.id, channelId: channel.id });
      });
      if (leadsBefore.length === 0 && leadsNow.length > 0) entry.leadGained = leadsNow;
      if (leadsBefore.length > 0 && leadsNow.length === 0) entry.leadLost = leadsBefore;
      if (cells.length > 0 && cells[cells.length - 1]!.phaseId === phase.id) changes.push(entry);
    }
    const fromName = ctx.catalog.scenarios.find((s) => s.id === baseline.scenarioId)?.name ?? '';
    const toName = ctx.catalog.scenarios.find((s) => s.id === ctx.scenarioId)?.name ?? '';
    const { total } = comparison;
    return [
      {
        id: `scenario.change|${ctx.scenarioId}|${view.lensKey}|${baseline.scenarioId}`,
        rule: 'scenario.change',
        family: 'change',
        severity: 'info',
        scenarioId: ctx.scenarioId,
        lens: view.lens,
        cells,
        message: {
          key: cells.length > 0 ? 'scenario.change' : 'scenario.noChange',
          params: { from: fromName, to: toName, count: cells.length, ...total, phases: changes.length },
        },
        changes,
        baselineId: baseline.scenarioId,
        retired: ctx.channels.flatMap((channel, c) => (usedBefore[c] === 1 && usedNow[c] === 0 ? [channel.name] : [])),
      },
    ];
  },
};
