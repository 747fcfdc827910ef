import { AppError } from '../errors';
import type { Lang } from '../domain/types';
import { DEFAULT_CHANNELS, DEFAULT_PHASES } from '../framework/default-framework';
import { transposeMatrix } from './read-table';
import { nameKey, withinDistance } from './text';
import type { ImportPreview, MatchTarget, NameMatch, SheetMatrix, SheetName } from './types';

type Axis = 'phase' | 'channel';
const DEFAULTS: Record<Axis, readonly { key: string; name: Record<Lang, string> }[]> = {
  phase: DEFAULT_PHASES,
  channel: DEFAULT_CHANNELS,
};

/**
 * Which existing item a sheet name is. An item's own name wins; an item from
 * the default framework also answers to its default name in English and in
 * Dutch ("Winkel" is the Store channel in an English workspace, even renamed).
 */
function lookup(axis: Axis, targets: readonly MatchTarget[]): (name: string) => MatchTarget | undefined {
  const exact = new Map<string, MatchTarget>();
  const byDefault = new Map<string, MatchTarget>();
  for (const target of targets) if (!exact.has(nameKey(target.name))) exact.set(nameKey(target.name), target);
  for (const target of targets) {
    const row = target.key ? DEFAULTS[axis].find((d) => d.key === target.key) : undefined;
    if (!row) continue;
    for (const name of Object.values(row.name)) if (!byDefault.has(nameKey(name))) byDefault.set(nameKey(name), target);
  }
  return (name) => exact.get(nameKey(name)) ?? byDefault.get(nameKey(name));
}

/** An existing item whose name is one or two typing errors away, or that the name starts with. */
function suggestion(name: string, candidates: readonly MatchTarget[]): MatchTarget | undefined {
  const key = nameKey(name);
  const allowed = key.length >= 6 ? 2 : key.length >= 3 ? 1 : 0;
  const near = candidates.find((t) => allowed > 0 && withinDistance(key, nameKey(t.name), allowed));
  if (near) return near;
  if (key.length < 4) return undefined;
  return candidates.find((t) => {
    const other = nameKey(t.name);
    return other.length >= 4 && (other.startsWith(key) || key.startsWith(other));
  });
}

function matchAxis(axis: Axis, names: readonly SheetName[], targets: readonly MatchTarget[]): NameMatch[] {
  const find = lookup(axis, targets);
  const matched = names.map((n) => find(n.name));
  const used = new Set(matched.filter((t) => t !== undefined).map((t) => t.id));
  const free = targets.filter((t) => !used.has(t.id));
  return names.map((n, i) => ({
    ...n,
    targetId: matched[i]?.id ?? null,
    suggestionId: matched[i] ? null : (suggestion(n.name, free)?.id ?? null),
  }));
}

const countMatches = (axis: Axis, names: readonly SheetName[], targets: readonly MatchTarget[]) => {
  const find = lookup(axis, targets);
  return names.filter((n) => find(n.name) !== undefined).length;
};

/** Two names in the sheet that are one item ("Store" and "Winkel") would set the same cells twice. */
function assertDistinct(axis: Axis, matches: readonly NameMatch[], targets: readonly MatchTarget[]): void {
  const first = new Map<string, NameMatch>();
  for (const match of matches) {
    if (match.targetId === null) continue;
    const earlier = first.get(match.targetId);
    if (earlier) {
      const target = targets.find((t) => t.id === match.targetId)!;
      throw new AppError(axis === 'channel' ? 'IMPORT_DUPLICATE_HEADER' : 'IMPORT_DUPLICATE_PHASE', `${target.name} appears twice`, {
        name: target.name,
        cells: `${earlier.ref}, ${match.ref}`,
      });
    }
    first.set(match.targetId, match);
  }
}

export interface PreviewInput extends Omit<ImportPreview, 'matrix' | 'phases' | 'channels'> {
  matrix: SheetMatrix;
}

/**
 * The preview of an import: the sheet's names matched to the workspace's
 * phases and channels (turning the sheet around when it plainly has channels
 * down the side), plus everything `planImport` needs. Pure, so the renderer
 * can re-plan as the user decides, and the core plans the write the same way.
 */
export function buildPreview(input: PreviewInput): ImportPreview {
  const { targets } = input;
  const straight = countMatches('phase', input.matrix.phases, targets.phases) + countMatches('channel', input.matrix.channels, targets.channels);
  const turned = countMatches('phase', input.matrix.channels, targets.phases) + countMatches('channel', input.matrix.phases, targets.channels);
  const matrix = turned > straight ? transposeMatrix(input.matrix) : input.matrix;
  const phases = matchAxis('phase', matrix.phases, targets.phases);
  const channels = matchAxis('channel', matrix.channels, targets.channels);
  assertDistinct('phase', phases, targets.phases);
  assertDistinct('channel', channels, targets.channels);
  // Names that match nothing and no role to set: this is not a matrix sheet.
  if (Math.max(straight, turned) === 0 && matrix.cells.length === 0) {
    throw new AppError('IMPORT_NO_MATRIX', `No matrix in ${input.fileName}`, { name: input.fileName });
  }
  return { ...input, matrix, phases, channels };
}
