/**
 * What the step from one scenario to another adds and removes, in one lens:
 * per phase, the channels that come in, drop out, get a bigger or a smaller
 * role. The same counting as the matrix's comparison view (compareScenarios),
 * for any lens, so a deck can show the change for one customer type too.
 */
import type { Catalog, Lens, ScenarioCell } from '../domain/types';
import { visibleChannels, visiblePhases } from './charts/cells';
import type { PhaseChange } from './findings/types';
import { cellKey, compareScenarios, effectiveMatrix, type PhaseChangeCount } from './matrix';

export interface ScenarioChange {
  /** Only the phases where something changes, in phase order; channel names in channel order. */
  changes: PhaseChange[];
  total: PhaseChangeCount;
  /** Cells that change. */
  count: number;
}

/** `fromCells` and `toCells`: each scenario's cells in every lens (matrix.scenarioCells). */
export function scenarioChange(catalog: Pick<Catalog, 'phases' | 'channels'>, fromCells: readonly ScenarioCell[], toCells: readonly ScenarioCell[], lens: Lens): ScenarioChange {
  const phases = visiblePhases(catalog);
  const channels = visibleChannels(catalog);
  const comparison = compareScenarios(
    effectiveMatrix(fromCells, lens),
    effectiveMatrix(toCells, lens),
    phases.map((p) => p.id),
    channels.map((c) => c.id),
  );
  const changes: PhaseChange[] = [];
  let count = 0;
  for (const phase of phases) {
    const entry: PhaseChange = { phaseId: phase.id, phase: phase.name, appeared: [], vanished: [], rose: [], fell: [] };
    let changed = false;
    for (const channel of channels) {
      const change = comparison.cells.get(cellKey(phase.id, channel.id))?.change ?? 'same';
      if (change === 'same') continue;
      entry[change].push(channel.name);
      changed = true;
      count++;
    }
    if (changed) changes.push(entry);
  }
  return { changes, total: comparison.total, count };
}
