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
import type { Finding, FindingRule, LensView, PhaseChange } from '../types';
import type { AnalysisContext } from '../context';
import { playsARole, roleAt } from './shared';

const ALL: Lens = { kind: 'all' };

/** Channel indexes leading phase p in a view. */
function leadsIn(ctx: AnalysisContext, view: LensView, p: number): number[] {
  const leads: number[] = [];
  for (let c = 0; c < ctx.channels.length; c++) if (roleAt(ctx, view, p, c) === 3) leads.push(c);
  return leads;
}

export const changeRules: FindingRule = {
  family: 'change',
  rules: ['scenario.change'],
  scope: 'scenario',
  run(ctx, view) {
    const baseline = ctx.baseline;
    const before = ctx.baselineContext();
    if (!baseline || !before) return [];
    const fromView = before.view(ALL);
    const toView = ctx.view(ALL);
    const fromCells = baseline.cells.filter((c) => c.scenarioId === baseline.scenarioId && c.lens.kind === 'all');
    const from = effectiveMatrix(fromCells, ALL);
    const to = effectiveMatrix(ctx.ownCells(ALL), ALL);
    const phaseIds = ctx.phases.map((p) => p.id);
    const comparison = compareScenarios(from, to, phaseIds, ctx.channels.map((c) => c.id));
    const changes: PhaseChange[] = [];
    const cells: Finding['cells'] = [];
    const names = (cs: readonly number[]) => cs.map((c) => ctx.channels[c]!.name);
    for (const [p, phase] of ctx.phases.entries()) {
      const entry: PhaseChange = { phaseId: phase.id, phase: phase.name, appeared: [], vanished: [], rose: [], fell: [] };
      const leadsBefore = leadsIn(before, fromView, p);
      const leadsNow = leadsIn(ctx, toView, p);
      if (leadsBefore.length === 0 && leadsNow.length > 0) entry.leadGained = names(leadsNow);
      if (leadsBefore.length > 0 && leadsNow.length === 0) entry.leadLost = names(leadsBefore);
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
        retired: names(ctx.channels.flatMap((_, c) => (playsARole(before, fromView, c) && !playsARole(ctx, toView, c) ? [c] : []))),
      },
    ];
  },
};
