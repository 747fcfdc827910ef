import { cellKey } from '../analysis/matrix';
import type {
  ImportDecisions,
  ImportPlan,
  ImportPreview,
  MappingConflict,
  MatchTarget,
  NameDecision,
  NameMatch,
  PlannedChange,
  PlannedTarget,
} from './types';

type Axis = 'phase' | 'channel';

/** Decisions for every unknown name: `mode` for all of them, or (UI) the suggested item where there is one. */
export function defaultDecisions(preview: ImportPreview, mode: 'create' | 'skip' | 'suggest'): ImportDecisions {
  const decide = (matches: readonly NameMatch[]) => {
    const out: Record<string, NameDecision> = {};
    for (const m of matches) {
      if (m.targetId !== null) continue;
      if (mode === 'suggest' && m.suggestionId !== null) out[m.name] = { action: 'map', targetId: m.suggestionId };
      else out[m.name] = { action: mode === 'skip' ? 'skip' : 'create' };
    }
    return out;
  };
  return { phases: decide(preview.phases), channels: decide(preview.channels) };
}

/** Unknown names without a decision are skipped: nothing is created that nobody asked for. */
const decisionFor = (decisions: Record<string, NameDecision>, name: string): NameDecision => decisions[name] ?? { action: 'skip' };

function resolveAxis(
  axis: Axis,
  matches: readonly NameMatch[],
  targets: readonly MatchTarget[],
  decisions: Record<string, NameDecision>,
  conflicts: MappingConflict[],
): { resolved: (PlannedTarget | null)[]; create: string[]; unknown: string[] } {
  const known = new Set(targets.map((t) => t.id));
  const create: string[] = [];
  const unknown: string[] = [];
  const resolved = matches.map((m): PlannedTarget | null => {
    if (m.targetId !== null) return { kind: 'existing', id: m.targetId };
    unknown.push(m.name);
    const decision = decisionFor(decisions, m.name);
    if (decision.action === 'create') {
      create.push(m.name);
      return { kind: 'new', name: m.name };
    }
    if (decision.action === 'map' && known.has(decision.targetId)) return { kind: 'existing', id: decision.targetId };
    return null;
  });
  // Two names landing on one item would write the same cells twice: the user must choose.
  const byTarget = new Map<string, string[]>();
  resolved.forEach((r, i) => {
    if (r?.kind === 'existing') byTarget.set(r.id, [...(byTarget.get(r.id) ?? []), matches[i]!.name]);
  });
  for (const [targetId, names] of byTarget) if (names.length > 1) conflicts.push({ kind: axis, targetId, names });
  return { resolved, create, unknown };
}

/**
 * Exactly what an import will do: which cells change (from, to), which are
 * already right, which fall in skipped rows or columns, which names get
 * created, and any mapping conflicts (then nothing may be applied). The
 * preview in the renderer and the write in the core both call this.
 */
export function planImport(preview: ImportPreview, decisions: ImportDecisions): ImportPlan {
  const conflicts: MappingConflict[] = [];
  const phases = resolveAxis('phase', preview.phases, preview.targets.phases, decisions.phases, conflicts);
  const channels = resolveAxis('channel', preview.channels, preview.targets.channels, decisions.channels, conflicts);
  const changes: PlannedChange[] = [];
  let unchanged = 0;
  let skipped = 0;
  for (const cell of preview.matrix.cells) {
    const phase = phases.resolved[cell.phase] ?? null;
    const channel = channels.resolved[cell.channel] ?? null;
    if (phase === null || channel === null) {
      skipped++;
      continue;
    }
    const current =
      phase.kind === 'existing' && channel.kind === 'existing' ? preview.current[cellKey(phase.id, channel.id)] : undefined;
    const from = current?.role ?? null;
    if (from === cell.role) {
      unchanged++;
      continue;
    }
    changes.push({
      ref: cell.ref,
      phaseName: preview.phases[cell.phase]!.name,
      channelName: preview.channels[cell.channel]!.name,
      phase,
      channel,
      from,
      fromInherited: current?.inherited ?? false,
      to: cell.role,
    });
  }
  return {
    changes,
    unchanged,
    skipped,
    create: { phases: phases.create, channels: channels.create },
    unknown: { phases: phases.unknown, channels: channels.unknown },
    conflicts,
  };
}
