/**
 * The chart functions' view of a scenario: visible phases and channels in the
 * user's order, and every lens's cells indexed once, so a chart over 40 lenses
 * resolves inheritance by array position instead of a scan.
 */
import { PACKED_FIELDS, PACKED_NONE, type PackedCells } from '../../domain/packed-cells';
import type { Catalog, Channel, Lens, ScenarioCell, Phase, Role } from '../../domain/types';

export interface AxisItem {
  id: string;
  name: string;
}

const byPosition = <T extends { position: string; id: string }>(a: T, b: T): number =>
  a.position !== b.position ? (a.position < b.position ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Items that are not hidden, in the user's order (positions compare as plain strings). */
export function visibleSorted<T extends { position: string; id: string; hidden: boolean }>(items: readonly T[]): T[] {
  return items.filter((item) => !item.hidden).sort(byPosition);
}

export const visiblePhases = (catalog: Pick<Catalog, 'phases'>): Phase[] => visibleSorted(catalog.phases);
export const visibleChannels = (catalog: Pick<Catalog, 'channels'>): Channel[] => visibleSorted(catalog.channels);

/**
 * One scenario's cells: per lens a flat array over (phase, channel) positions,
 * -1 where the lens has no cell, -2 where its cell has no role (a note only),
 * else the role. Ids get positions in order of appearance.
 */
export interface CellIndex {
  phases: ReadonlyMap<string, number>;
  channels: ReadonlyMap<string, number>;
  /** By lens kind, then lens id ('' for all customers). */
  lenses: ReadonlyMap<string, ReadonlyMap<string, Int8Array>>;
}

const ABSENT = -1;
const NO_ROLE = -2;

export function indexCells(cells: readonly ScenarioCell[]): CellIndex {
  const phases = new Map<string, number>();
  const channels = new Map<string, number>();
  for (const cell of cells) {
    if (!phases.has(cell.phaseId)) phases.set(cell.phaseId, phases.size);
    if (!channels.has(cell.channelId)) channels.set(cell.channelId, channels.size);
  }
  const size = phases.size * channels.size;
  const lenses = new Map<string, Map<string, Int8Array>>();
  for (const cell of cells) {
    const id = cell.lens.kind === 'all' ? '' : cell.lens.id;
    let byId = lenses.get(cell.lens.kind);
    if (!byId) lenses.set(cell.lens.kind, (byId = new Map()));
    let values = byId.get(id);
    if (!values) byId.set(id, (values = new Int8Array(size).fill(ABSENT)));
    values[phases.get(cell.phaseId)! * channels.size + channels.get(cell.channelId)!] = cell.role ?? NO_ROLE;
  }
  return { phases, channels, lenses };
}

/**
 * The same index straight from the packed answer (matrix.scenarioCells), without
 * a cell object per cell: the packed form already numbers phases, channels and
 * lenses in order of appearance, as indexCells does.
 */
export function indexPackedCells(packed: PackedCells): CellIndex {
  const phases = new Map(packed.phaseIds.map((id, i) => [id, i]));
  const channels = new Map(packed.channelIds.map((id, i) => [id, i]));
  const width = channels.size;
  const size = phases.size * width;
  const lenses = new Map<string, Map<string, Int8Array>>();
  const valuesOf = packed.lenses.map((lens) => {
    const id = lens.kind === 'all' ? '' : lens.id;
    let byId = lenses.get(lens.kind);
    if (!byId) lenses.set(lens.kind, (byId = new Map()));
    let values = byId.get(id);
    if (!values) byId.set(id, (values = new Int8Array(size).fill(ABSENT)));
    return values;
  });
  const { grid } = packed;
  for (let at = 0; at < grid.length; at += PACKED_FIELDS) {
    const role = grid[at + 3]!;
    valuesOf[grid[at + 2]!]![grid[at]! * width + grid[at + 1]!] = role === PACKED_NONE ? NO_ROLE : role;
  }
  return { phases, channels, lenses };
}

const lensValues = (index: CellIndex, lens: Lens): Int8Array | undefined => index.lenses.get(lens.kind)?.get(lens.kind === 'all' ? '' : lens.id);

/**
 * The role each (phase, channel) shows in `lens`: the lens's own cell, else the
 * one from "all customers"; null when neither sets a role. Rows are phases.
 */
export function roleGrid(index: CellIndex, lens: Lens, phases: readonly AxisItem[], channels: readonly AxisItem[]): (Role | null)[][] {
  const all = lensValues(index, { kind: 'all' });
  const own = lens.kind === 'all' ? undefined : lensValues(index, lens);
  const width = index.channels.size;
  const columns = channels.map((channel) => index.channels.get(channel.id));
  return phases.map((phase) => {
    const p = index.phases.get(phase.id);
    return columns.map((c) => {
      if (p === undefined || c === undefined) return null;
      const at = p * width + c;
      const ownValue = own ? own[at]! : ABSENT;
      const value = ownValue !== ABSENT ? ownValue : all ? all[at]! : ABSENT;
      return value < 0 ? null : (value as Role);
    });
  });
}

/** Role weight is the role number: none 0, supporting 1, important 2, lead 3; an unset cell weighs 0. */
export function weightGrid(index: CellIndex, lens: Lens, phases: readonly AxisItem[], channels: readonly AxisItem[]): number[][] {
  return roleGrid(index, lens, phases, channels).map((row) => row.map((role) => role ?? 0));
}

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** Index of the largest value (the first on a tie); -1 for an empty list. */
export function argMax(values: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (best === -1 || values[i]! > values[best]!) best = i;
  return best;
}

export function argMin(values: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (best === -1 || values[i]! < values[best]!) best = i;
  return best;
}

export const pick = ({ id, name }: AxisItem): AxisItem => ({ id, name });
