import { sameLens } from '../domain/lens';
import type { Evidence, Lens, ScenarioCell, Role } from '../domain/types';
import { isActive } from '../domain/roles';

export const cellKey = (phaseId: string, channelId: string): string => `${phaseId}|${channelId}`;

/** What a cell shows in a lens: its own value, or the one inherited from "all customers". */
export interface EffectiveCell {
  phaseId: string;
  channelId: string;
  role: Role | null;
  note: string;
  evidence: Evidence | null;
  /** Shown value comes from "all customers" (the lens has not set this cell). */
  inherited: boolean;
  /** The lens sets this cell itself (always false in the "all customers" lens). */
  overridden: boolean;
}

const isAll = (lens: Lens) => lens.kind === 'all';

/**
 * Resolve inheritance: `cells` are what matrix.get returns (the lens's own cells
 * plus the "all customers" cells). Keyed by cellKey(phase, channel).
 */
export function effectiveMatrix(cells: readonly ScenarioCell[], lens: Lens): Map<string, EffectiveCell> {
  const result = new Map<string, EffectiveCell>();
  for (const cell of cells) {
    if (!isAll(cell.lens)) continue;
    result.set(cellKey(cell.phaseId, cell.channelId), {
      phaseId: cell.phaseId,
      channelId: cell.channelId,
      role: cell.role,
      note: cell.note,
      evidence: cell.evidence,
      inherited: !isAll(lens),
      overridden: false,
    });
  }
  if (isAll(lens)) return result;
  for (const cell of cells) {
    if (!sameLens(cell.lens, lens)) continue;
    result.set(cellKey(cell.phaseId, cell.channelId), {
      phaseId: cell.phaseId,
      channelId: cell.channelId,
      role: cell.role,
      note: cell.note,
      evidence: cell.evidence,
      inherited: false,
      overridden: true,
    });
  }
  return result;
}

export type CellChange = 'rose' | 'fell' | 'appeared' | 'vanished' | 'same';

/** How a cell changed from scenario A to B. "None" (0 or unset) to something is "appeared". */
export function compareRoles(from: Role | null, to: Role | null): CellChange {
  const a = isActive(from);
  const b = isActive(to);
  if (!a && !b) return 'same';
  if (!a) return 'appeared';
  if (!b) return 'vanished';
  return to! > from! ? 'rose' : to! < from! ? 'fell' : 'same';
}

export interface PhaseChangeCount {
  rose: number;
  fell: number;
  appeared: number;
  vanished: number;
}

export interface ScenarioComparison {
  cells: Map<string, { from: Role | null; to: Role | null; change: CellChange }>;
  perPhase: Map<string, PhaseChangeCount>;
  total: PhaseChangeCount;
}

/** Compare two resolved matrices over the given (visible) phases and channels. */
export function compareScenarios(
  from: ReadonlyMap<string, EffectiveCell>,
  to: ReadonlyMap<string, EffectiveCell>,
  phaseIds: readonly string[],
  channelIds: readonly string[],
): ScenarioComparison {
  const cells: ScenarioComparison['cells'] = new Map();
  const perPhase = new Map<string, PhaseChangeCount>();
  const total: PhaseChangeCount = { rose: 0, fell: 0, appeared: 0, vanished: 0 };
  for (const phaseId of phaseIds) {
    const counts: PhaseChangeCount = { rose: 0, fell: 0, appeared: 0, vanished: 0 };
    for (const channelId of channelIds) {
      const key = cellKey(phaseId, channelId);
      const a = from.get(key)?.role ?? null;
      const b = to.get(key)?.role ?? null;
      const change = compareRoles(a, b);
      cells.set(key, { from: a, to: b, change });
      if (change !== 'same') {
        counts[change]++;
        total[change]++;
      }
    }
    perPhase.set(phaseId, counts);
  }
  return { cells, perPhase, total };
}
