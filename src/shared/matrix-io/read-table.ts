import { AppError } from '../errors';
import { parseRole } from '../domain/roles';
import { MAX_NAME_LENGTH } from '../domain/types';
import { cellRef, cleanCell, listCells, nameKey } from './text';
import {
  MAX_IMPORT_CELLS,
  MAX_IMPORT_NAMES,
  type IgnoredCell,
  type SheetCell,
  type SheetGrid,
  type SheetMatrix,
  type SheetName,
} from './types';

/** Only the first few ignored cells travel to the preview; the count says how many there were. */
const MAX_IGNORED_LISTED = 50;

/**
 * Find the matrix in a sheet, as strategists lay it out: the first non-blank
 * column holds the phase names, the first row with text to the right of that
 * column holds the channel names, roles (0-3 or words, either language) fill
 * the cells between. Blank rows and columns anywhere are fine; a title above
 * the header row is ignored. Refuses (nothing partial) formulas, duplicate
 * names, cells that are not roles and absurd sizes.
 */
export function readSheetMatrix(grid: SheetGrid, fileName: string): SheetMatrix {
  if (grid.formulas.length > 0) {
    throw new AppError('IMPORT_FORMULA', `Formulas in ${grid.formulas.join(', ')}`, {
      cells: listCells(grid.formulas),
      count: grid.formulas.length,
    });
  }
  const text = grid.rows.map((row) => row.map(cleanCell));
  const at = (r: number, c: number) => text[r]?.[c] ?? '';
  const width = text.reduce((n, row) => Math.max(n, row.length), 0);

  const noMatrix = () => new AppError('IMPORT_NO_MATRIX', `No matrix in ${fileName}`, { name: fileName });
  let nameColumn = -1;
  for (let c = 0; c < width && nameColumn < 0; c++) if (text.some((row) => (row[c] ?? '') !== '')) nameColumn = c;
  if (nameColumn < 0) throw noMatrix();
  const headerRow = text.findIndex((row) => row.some((value, c) => c > nameColumn && value !== ''));
  if (headerRow < 0) throw noMatrix();

  const ignored: IgnoredCell[] = [];
  let ignoredCount = 0;
  const ignore = (r: number, c: number, reason: IgnoredCell['reason']) => {
    ignoredCount++;
    if (ignored.length < MAX_IGNORED_LISTED) ignored.push({ ref: cellRef(r, c), text: at(r, c), reason });
  };
  for (let r = 0; r < headerRow; r++) for (let c = 0; c < width; c++) if (at(r, c) !== '') ignore(r, c, 'aboveHeader');

  const channelColumns: number[] = [];
  const channels: SheetName[] = [];
  for (let c = nameColumn + 1; c < width; c++) {
    if (at(headerRow, c) === '') continue;
    channelColumns.push(c);
    channels.push({ name: at(headerRow, c), ref: cellRef(headerRow, c) });
  }
  const phaseRows: number[] = [];
  const phases: SheetName[] = [];
  for (let r = headerRow + 1; r < text.length; r++) {
    if (at(r, nameColumn) !== '') {
      phaseRows.push(r);
      phases.push({ name: at(r, nameColumn), ref: cellRef(r, nameColumn) });
    } else {
      for (let c = nameColumn + 1; c < width; c++) if (at(r, c) !== '') ignore(r, c, 'noPhase');
    }
  }
  assertNames(channels, 'IMPORT_DUPLICATE_HEADER');
  assertNames(phases, 'IMPORT_DUPLICATE_PHASE');
  if (phases.length === 0 || channels.length === 0) throw noMatrix();

  const filled = phaseRows.reduce((n, r) => n + channelColumns.filter((c) => at(r, c) !== '').length, 0);
  if (phases.length > MAX_IMPORT_NAMES || channels.length > MAX_IMPORT_NAMES || filled > MAX_IMPORT_CELLS) {
    throw new AppError('IMPORT_GRID_TOO_BIG', 'Sheet too big for a matrix', {
      phases: phases.length,
      channels: channels.length,
      cells: filled,
      maxNames: MAX_IMPORT_NAMES,
      maxCells: MAX_IMPORT_CELLS,
    });
  }

  const channelOf = new Map(channelColumns.map((c, index) => [c, index]));
  const cells: SheetCell[] = [];
  const bad: string[] = [];
  let emptyCells = 0;
  phaseRows.forEach((r, phase) => {
    for (let c = nameColumn + 1; c < width; c++) {
      const value = at(r, c);
      const channel = channelOf.get(c);
      if (channel === undefined) {
        if (value !== '') ignore(r, c, 'noChannel');
        continue;
      }
      const ref = cellRef(r, c);
      if (value === '') {
        emptyCells++;
        continue;
      }
      const role = parseRole(value);
      if (role === null) bad.push(`${ref}: ${value.length > 20 ? `${value.slice(0, 20)}…` : value}`);
      else cells.push({ phase, channel, ref, role });
    }
  });
  if (bad.length > 0) {
    throw new AppError('IMPORT_BAD_ROLE', `Not a role: ${bad.join(', ')}`, { cells: listCells(bad), count: bad.length });
  }
  return { phases, channels, cells, emptyCells, ignored, ignoredCount, transposed: false };
}

function assertNames(names: readonly SheetName[], duplicateCode: 'IMPORT_DUPLICATE_HEADER' | 'IMPORT_DUPLICATE_PHASE'): void {
  const seen = new Map<string, SheetName>();
  for (const item of names) {
    if ([...item.name].length > MAX_NAME_LENGTH) {
      throw new AppError('NAME_TOO_LONG', `${item.ref} is too long for a name`, { max: MAX_NAME_LENGTH, length: [...item.name].length });
    }
    const key = nameKey(item.name);
    const first = seen.get(key);
    if (first) {
      throw new AppError(duplicateCode, `${item.name} appears twice`, { name: first.name, cells: `${first.ref}, ${item.ref}` });
    }
    seen.set(key, item);
  }
}

/** The same table with phases and channels swapped (a sheet laid out the other way round). */
export function transposeMatrix(matrix: SheetMatrix): SheetMatrix {
  return {
    ...matrix,
    phases: matrix.channels,
    channels: matrix.phases,
    cells: matrix.cells.map((cell) => ({ ...cell, phase: cell.channel, channel: cell.phase })),
    transposed: !matrix.transposed,
  };
}
