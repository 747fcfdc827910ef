import { lensKey } from './lens';
import { EVIDENCE_LEVELS, type Lens, type MatrixCell, type Role } from './types';

/**
 * A scenario's cells in every lens as they travel from the core to a window
 * (matrix.scenarioCells). As objects, 60 channels x 12 phases x 40 lenses are
 * about 9 MB of JSON, mostly the same ids and lens names repeated; here each id
 * and lens is written once and a cell is five small numbers, about a sixth of
 * that, so the charts, findings and economics open that much sooner.
 */
export interface PackedCells {
  scenarioId: string;
  phaseIds: string[];
  channelIds: string[];
  lenses: Lens[];
  /** The cells' own ids, in cell order. */
  ids: string[];
  /** FIELDS numbers per cell: phase, channel and lens index, role (NONE for none), evidence index (NONE for none). */
  grid: number[];
  /** [cell index, note] for the cells whose note is not empty. */
  notes: [number, string][];
}

const FIELDS = 5;
const NONE = -1;

/** Gives each distinct key a position in order of first appearance. */
class Positions<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly keyOf: (item: T) => string) {}
  of(item: T): number {
    const key = this.keyOf(item);
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.items.length;
      this.items.push(item);
      this.index.set(key, at);
    }
    return at;
  }
}

/** Packs cells of one scenario; every cell must belong to `scenarioId`. */
export function packCells(scenarioId: string, cells: readonly MatrixCell[]): PackedCells {
  const phases = new Positions<string>((id) => id);
  const channels = new Positions<string>((id) => id);
  const lenses = new Positions<Lens>(lensKey);
  // Cells read from the store share one object per lens: found by identity, a lens's key is built once, not per cell.
  const lensAt = new Map<Lens, number>();
  const grid = new Array<number>(cells.length * FIELDS);
  const notes: [number, string][] = [];
  cells.forEach((cell, i) => {
    if (cell.scenarioId !== scenarioId) throw new Error(`Cell ${cell.id} is not in scenario ${scenarioId}`);
    const at = i * FIELDS;
    grid[at] = phases.of(cell.phaseId);
    grid[at + 1] = channels.of(cell.channelId);
    let lens = lensAt.get(cell.lens);
    if (lens === undefined) lensAt.set(cell.lens, (lens = lenses.of(cell.lens)));
    grid[at + 2] = lens;
    grid[at + 3] = cell.role ?? NONE;
    grid[at + 4] = cell.evidence === null ? NONE : EVIDENCE_LEVELS.indexOf(cell.evidence);
    if (cell.note !== '') notes.push([i, cell.note]);
  });
  return {
    scenarioId,
    phaseIds: phases.items,
    channelIds: channels.items,
    lenses: lenses.items,
    ids: cells.map((cell) => cell.id),
    grid,
    notes,
  };
}

/** The cells back, equal to what was packed, in the same order. */
export function unpackCells(packed: PackedCells): MatrixCell[] {
  const { scenarioId, phaseIds, channelIds, lenses, ids, grid } = packed;
  const notes = new Map(packed.notes);
  return ids.map((id, i) => {
    const at = i * FIELDS;
    const role = grid[at + 3]!;
    const evidence = grid[at + 4]!;
    return {
      id,
      scenarioId,
      phaseId: phaseIds[grid[at]!]!,
      channelId: channelIds[grid[at + 1]!]!,
      lens: lenses[grid[at + 2]!]!,
      role: role === NONE ? null : (role as Role),
      note: notes.get(i) ?? '',
      evidence: evidence === NONE ? null : EVIDENCE_LEVELS[evidence]!,
    };
  });
}
