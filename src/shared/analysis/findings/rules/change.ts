/**
 * As-is vs to-be: what the selected scenario adds and removes compared with a
 * baseline, for all customers, as one paragraph (a summary plus a sentence per
 * phase that changes). Built on compareScenarios, so it counts exactly what
 * the matrix's comparison view shows.
 */
import type { Lens } from '../../../domain/types';
import { cellKey, compareScenarios, effectiveMatrix } from '../../matrix';
import type { Finding, FindingRule, PhaseChange } from '../types';

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
    for (const phase of ctx.phases) {
      const entry: PhaseChange = { phaseId: phase.id, phase: phase.name, appeared: [], vanished: [], rose: [], fell: [] };
      for (const channel of ctx.channels) {
        const change = comparison.cells.get(cellKey(phase.id, channel.id))?.change ?? 'same';
        if (change === 'same') continue;
        entry[change].push(channel.name);
        cells.push({ phaseId: phase.id, channelId: channel.id });
      }
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
      },
    ];
  },
};
