import type { Catalog, Lens, Scenario } from '../../domain/types';
import { argMax, pick, sum, visibleChannels, visiblePhases, visibleSorted, weightGrid, type AxisItem, type CellIndex } from './cells';
import { DRAW_BUDGET, foldByWeight } from './downsample';
import { reading, signed, type Reading } from './reading';

export interface DeltaRow extends AxisItem {
  from: number;
  to: number;
  delta: number;
  /** 0 for a phase or channel; n for "Other (n)". */
  folded: number;
}

export interface DeltaData {
  phases: DeltaRow[];
  channels: DeltaRow[];
  /** Cells whose role weight differs between the two scenarios. */
  changedCells: number;
  from: number;
  to: number;
  reading: Reading;
}

const row = (item: AxisItem, from: number, to: number, folded = 0): DeltaRow => ({ ...item, from, to, delta: to - from, folded });

/**
 * Scenario A against B in one lens: role weight per phase and per channel.
 * Channels past the budget are folded, keeping those that change most.
 */
export function deltaData(
  catalog: Pick<Catalog, 'phases' | 'channels'>,
  fromIndex: CellIndex,
  toIndex: CellIndex,
  lens: Lens,
  names: { from: string; to: string },
  budget = DRAW_BUDGET,
): DeltaData {
  const phases = visiblePhases(catalog).map(pick);
  const channels = visibleChannels(catalog).map(pick);
  const a = weightGrid(fromIndex, lens, phases, channels);
  const b = weightGrid(toIndex, lens, phases, channels);
  const phaseRows = phases.map((phase, p) => row(phase, sum(a[p]!), sum(b[p]!)));
  const channelRows = channels.map((channel, c) => row(channel, sum(a.map((r) => r[c]!)), sum(b.map((r) => r[c]!))));
  // Change first, size second: a big unchanged channel says less here than a small one that moved.
  const { kept, folded } = foldByWeight(channelRows, (r) => Math.abs(r.delta) * 10_000 + Math.max(r.from, r.to), budget);
  if (folded.length > 0) kept.push(row({ id: '__other__', name: '' }, sum(folded.map((r) => r.from)), sum(folded.map((r) => r.to)), folded.length));
  let changedCells = 0;
  a.forEach((r, p) => r.forEach((w, c) => (changedCells += w === b[p]![c] ? 0 : 1)));
  const from = sum(phaseRows.map((r) => r.from));
  const to = sum(phaseRows.map((r) => r.to));
  return { phases: phaseRows, channels: kept, changedCells, from, to, reading: readDelta(phaseRows, channelRows, changedCells, from, to, names) };
}

function readDelta(phases: DeltaRow[], channels: DeltaRow[], changed: number, from: number, to: number, names: { from: string; to: string }): Reading {
  if (phases.length === 0 || channels.length === 0) return reading('delta.noAxes');
  if (changed === 0) return reading('delta.same', names);
  const moved = channels[argMax(channels.map((r) => Math.abs(r.delta)))]!;
  // Roles can move between phases without any channel's total changing.
  if (moved.delta === 0) return reading('delta.reshuffled', { ...names, count: changed });
  return reading('delta.summary', { ...names, count: changed, delta: signed(to - from), channel: moved.name, channelDelta: signed(moved.delta) });
}

/** The pair compared by default: As-is and To-be when they exist, else the first two scenarios in order. */
export function defaultDeltaPair(scenarios: readonly Scenario[]): { from: string; to: string } | null {
  const sorted = visibleSorted(scenarios);
  const from = sorted.find((s) => s.key === 'as_is') ?? sorted[0];
  const to = sorted.find((s) => s.key === 'to_be' && s !== from) ?? sorted.find((s) => s !== from);
  return from && to ? { from: from.id, to: to.id } : null;
}
