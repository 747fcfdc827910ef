/**
 * Consistency with the matrix: a step on a channel the matrix gives no role in
 * that phase (0, or unset), for the journey's lens and scenario, is flagged.
 * Each flag carries what the one-click fixes need: the cell to set, and the
 * channels that do have a role in that phase (strongest first) to move to.
 */
import type { JourneyStep } from '../../domain/journeys';
import type { Role } from '../../domain/types';
import { cellKey, type EffectiveCell } from '../matrix';

export interface ConsistencyFlag {
  stepId: string;
  /** The cell to give a role (the step's phase and channel). */
  cell: { phaseId: string; channelId: string };
  /** What the matrix says now: 0 (explicitly none) or null (unset). */
  role: 0 | null;
  /** Channels with a role >= 1 in the step's phase: strongest first, then in channel order. */
  candidates: { channelId: string; role: Role }[];
}

/**
 * Steps without a phase or channel, or on a deleted one, are not judged here:
 * they are marked as missing and reassigned first.
 */
export function consistency(
  steps: readonly Pick<JourneyStep, 'id' | 'phaseId' | 'channelId'>[],
  matrix: ReadonlyMap<string, Pick<EffectiveCell, 'role'>>,
  phases: readonly { id: string }[],
  channels: readonly { id: string }[],
): ConsistencyFlag[] {
  const livePhases = new Set(phases.map((p) => p.id));
  const liveChannels = new Set(channels.map((c) => c.id));
  const candidatesOf = new Map<string, ConsistencyFlag['candidates']>();
  const candidates = (phaseId: string) => {
    let list = candidatesOf.get(phaseId);
    if (!list) {
      list = [];
      for (const channel of channels) {
        const role = matrix.get(cellKey(phaseId, channel.id))?.role ?? null;
        if (role !== null && role >= 1) list.push({ channelId: channel.id, role });
      }
      // Array.prototype.sort is stable: equal roles keep the channel order.
      list.sort((a, b) => b.role - a.role);
      candidatesOf.set(phaseId, list);
    }
    return list;
  };
  const flags: ConsistencyFlag[] = [];
  for (const step of steps) {
    const { phaseId, channelId } = step;
    if (phaseId === null || channelId === null || !livePhases.has(phaseId) || !liveChannels.has(channelId)) continue;
    const role = matrix.get(cellKey(phaseId, channelId))?.role ?? null;
    if (role !== null && role >= 1) continue;
    flags.push({ stepId: step.id, cell: { phaseId, channelId }, role: role === 0 ? 0 : null, candidates: candidates(phaseId) });
  }
  return flags;
}
