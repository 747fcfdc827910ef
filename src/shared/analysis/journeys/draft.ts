/**
 * "Draft from matrix": one proposed step per visible phase, on the channel
 * that leads that phase for the journey's lens and scenario. The user keeps,
 * edits or drops each proposal; kept ones go to journeys.addSteps as they are.
 */
import type { Channel, Lens, Phase, Role } from '../../domain/types';
import { cellKey, type EffectiveCell } from '../matrix';

export interface DraftProposal {
  phaseId: string;
  channelId: string;
  /** 3 when a channel leads the phase; else the strongest role found (2). */
  role: Role;
  /** The role comes from "all customers" because the lens sets nothing there. */
  inherited: boolean;
  /** A suggested title: a message key (ui.journeys.*) and the names that fill it in. */
  title: { key: 'draft.stepTitle'; params: { phase: string; channel: string } };
}

/**
 * Lead (role 3) wins; among several leads, the first in channel order. With no
 * lead, the strongest role of at least 2 (again first in order). A phase with
 * nothing stronger than supporting gets no proposal: a guess there would be noise.
 * Hidden phases and channels are left out, as the matrix view leaves them out.
 */
export function draftFromMatrix(
  phases: readonly Pick<Phase, 'id' | 'name' | 'hidden'>[],
  channels: readonly Pick<Channel, 'id' | 'name' | 'hidden'>[],
  matrix: ReadonlyMap<string, Pick<EffectiveCell, 'role' | 'inherited'>>,
  lens: Lens,
): DraftProposal[] {
  const visible = channels.filter((c) => !c.hidden);
  const proposals: DraftProposal[] = [];
  for (const phase of phases) {
    if (phase.hidden) continue;
    let best: { channel: (typeof visible)[number]; role: Role; inherited: boolean } | null = null;
    for (const channel of visible) {
      const cell = matrix.get(cellKey(phase.id, channel.id));
      const role = cell?.role ?? null;
      if (role === null || role < 2 || (best && role <= best.role)) continue;
      best = { channel, role, inherited: lens.kind !== 'all' && (cell?.inherited ?? false) };
    }
    if (!best) continue;
    proposals.push({
      phaseId: phase.id,
      channelId: best.channel.id,
      role: best.role,
      inherited: best.inherited,
      title: { key: 'draft.stepTitle', params: { phase: phase.name, channel: best.channel.name } },
    });
  }
  return proposals;
}
