import { lensKey } from './lens';
import { EVIDENCE_LEVELS, type Evidence, type Lens, type Role, type ScenarioCell } from './types';

/**
 * A scenario's cells in every lens as they travel from the core to a window
 * (matrix.scenarioCells). As objects, 60 channels x 12 phases x 40 lenses are
 * about 9 MB of JSON, mostly the same ids and lens names repeated; here each id
 * and lens is written once and a cell is five small numbers. A cell's own id is
 * left out (ScenarioCell): it is derived from the cell's key (scenario, phase, channel, lens),
 * so it says nothing the key does not, and as UUID strings the ids were three
 * quarters of the answer.
 */
export interface PackedCells {
  scenarioId: string;
  phaseIds: string[];
  channelIds: string[];
  lenses: Lens[];
  /** FIELDS numbers per cell: phase, channel and lens index, role (NONE for none), evidence index (NONE for none). */
  grid: number[];
  /** [cell index, note] for the cells whose note is not empty. */
  notes: [number, string][];
}

export const PACKED_FIELDS = 5;
export const PACKED_NONE = -1;

/** The position of `id` in `items`, appended (in order of first appearance) when new. */
function positionOf(at: Map<string, number>, items: string[], id: string): number {
  let position = at.get(id);
  if (position === undefined) {
    position = items.length;
    items.push(id);
    at.set(id, position);
  }
  return position;
}

export interface CellPacker {
  /** One cell from its stored columns; `lensId` is '' for all customers. */
  add(phaseId: string, channelId: string, lensKind: Lens['kind'], lensId: string, role: Role | null, note: string, evidence: Evidence | null): void;
  done(): PackedCells;
}

/**
 * Packs cells one at a time from their columns, so the core can pack the rows
 * it reads without making a cell object per row first. Called once per cell
 * (28,800 times for a scenario of the benchmark workspace), so it allocates
 * nothing per cell but its numbers.
 */
export function cellPacker(scenarioId: string): CellPacker {
  const phaseAt = new Map<string, number>();
  const phaseIds: string[] = [];
  const channelAt = new Map<string, number>();
  const channelIds: string[] = [];
  const lensAt = new Map<string, number>();
  const lenses: Lens[] = [];
  const grid: number[] = [];
  const notes: [number, string][] = [];
  // Rows come lens by lens (the store's index is by scenario and lens): the last lens is usually this one.
  let lastKind = '';
  let lastId = '';
  let lastLens = -1;
  return {
    add(phaseId, channelId, lensKind, lensId, role, note, evidence) {
      if (lensKind !== lastKind || lensId !== lastId) {
        const key = lensKind === 'all' ? 'all' : `${lensKind}:${lensId}`;
        let position = lensAt.get(key);
        if (position === undefined) {
          position = lenses.length;
          lenses.push(lensKind === 'all' ? { kind: 'all' } : { kind: lensKind, id: lensId });
          lensAt.set(key, position);
        }
        lastKind = lensKind;
        lastId = lensId;
        lastLens = position;
      }
      if (note !== '') notes.push([grid.length / PACKED_FIELDS, note]);
      grid.push(
        positionOf(phaseAt, phaseIds, phaseId),
        positionOf(channelAt, channelIds, channelId),
        lastLens,
        role ?? PACKED_NONE,
        evidence === null ? PACKED_NONE : EVIDENCE_LEVELS.indexOf(evidence),
      );
    },
    done: () => ({ scenarioId, phaseIds, channelIds, lenses, grid, notes }),
  };
}

/** Packs cells of one scenario; every cell must belong to `scenarioId`. */
export function packCells(scenarioId: string, cells: readonly ScenarioCell[]): PackedCells {
  const packer = cellPacker(scenarioId);
  for (const cell of cells) {
    if (cell.scenarioId !== scenarioId) throw new Error(`Cell ${lensKey(cell.lens)} ${cell.phaseId}/${cell.channelId} is not in scenario ${scenarioId}`);
    packer.add(cell.phaseId, cell.channelId, cell.lens.kind, cell.lens.kind === 'all' ? '' : cell.lens.id, cell.role, cell.note, cell.evidence);
  }
  return packer.done();
}

/** The number of cells packed. */
export const packedCount = (packed: PackedCells): number => packed.grid.length / PACKED_FIELDS;

/** The cells back, equal to what was packed (without ids), in the same order; the cells of one lens share its object. */
export function unpackCells(packed: PackedCells): ScenarioCell[] {
  const { scenarioId, phaseIds, channelIds, lenses, grid } = packed;
  const notes = new Map(packed.notes);
  const cells = new Array<ScenarioCell>(packedCount(packed));
  for (let i = 0; i < cells.length; i++) {
    const at = i * PACKED_FIELDS;
    const role = grid[at + 3]!;
    const evidence = grid[at + 4]!;
    cells[i] = {
      scenarioId,
      phaseId: phaseIds[grid[at]!]!,
      channelId: channelIds[grid[at + 1]!]!,
      lens: lenses[grid[at + 2]!]!,
      role: role === PACKED_NONE ? null : (role as Role),
      note: notes.get(i) ?? '',
      evidence: evidence === PACKED_NONE ? null : EVIDENCE_LEVELS[evidence]!,
    };
  }
  return cells;
}
