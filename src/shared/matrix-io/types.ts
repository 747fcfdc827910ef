/**
 * Shapes of the matrix import and export (see docs/file-format.md, "Matrix
 * spreadsheets"). Pure types: the core builds them, the renderer shows them,
 * and `planImport` turns a preview plus the user's decisions into the change.
 */
import type { Lens, Role } from '../domain/types';

/**
 * The largest file the import accepts. It keeps the upload (base64 in a JSON
 * body, +33%) inside the browser host's 5 MiB request limit, so that limit did
 * not have to grow; a real matrix sheet is a few kB to a few hundred kB.
 */
export const MAX_IMPORT_BYTES = 3 * 1024 * 1024;
/** Most phases (rows) and channels (columns) one sheet may hold; a matrix has tens. */
export const MAX_IMPORT_NAMES = 500;
/** Most filled cells one import may set (the same cap as matrix.setCells). */
export const MAX_IMPORT_CELLS = 100_000;

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** A sheet as a reader found it: each cell's text by 0-based row and column. */
export interface SheetGrid {
  rows: string[][];
  /** A1 references of cells that hold a formula (in reading order). */
  formulas: string[];
}

/** A phase or channel name as it stands in the sheet. */
export interface SheetName {
  name: string;
  /** Where it stands, e.g. "A4" or "C1". */
  ref: string;
}

/** A filled cell of the table: indexes into `phases` and `channels`. */
export interface SheetCell {
  phase: number;
  channel: number;
  ref: string;
  role: Role;
}

export type IgnoredReason = 'aboveHeader' | 'noPhase' | 'noChannel';
export interface IgnoredCell {
  ref: string;
  text: string;
  reason: IgnoredReason;
}

/** The table found in a sheet: names along both axes and the roles in between. */
export interface SheetMatrix {
  phases: SheetName[];
  channels: SheetName[];
  cells: SheetCell[];
  /** Blank cells inside the table: they leave the matrix as it is. */
  emptyCells: number;
  /** Text outside the table (a title, a remark beside it); the first few, see `ignoredCount`. */
  ignored: IgnoredCell[];
  ignoredCount: number;
  /** The sheet had channels down the side and phases across: it was read turned around. */
  transposed: boolean;
}

/** An existing phase or channel a sheet name can match or be mapped to. */
export interface MatchTarget {
  id: string;
  name: string;
  /** Default-framework key ("store"): names in either language match it. */
  key: string | null;
}

export interface NameMatch extends SheetName {
  /** The existing item this name is, or null when unknown. */
  targetId: string | null;
  /** For an unknown name: an existing item with a very similar name (a likely typo). */
  suggestionId: string | null;
}

/** What a cell shows now in the chosen view. */
export interface CurrentRole {
  role: Role | null;
  /** Shown through "All customers" (the lens has not set it). */
  inherited: boolean;
}

export interface ImportPreview {
  fileName: string;
  format: ImportFormat;
  /** Worksheets of an XLSX file (empty for CSV). */
  sheets: string[];
  sheet: string | null;
  delimiter: CsvDelimiter | null;
  scenarioId: string;
  lens: Lens;
  matrix: SheetMatrix;
  /** Parallel to matrix.phases / matrix.channels. */
  phases: NameMatch[];
  channels: NameMatch[];
  targets: { phases: MatchTarget[]; channels: MatchTarget[] };
  /** Current roles of the view, keyed by cellKey(phaseId, channelId). */
  current: Record<string, CurrentRole>;
}

export type NameDecision = { action: 'create' } | { action: 'skip' } | { action: 'map'; targetId: string };
/** Per unknown name (as in NameMatch.name): create it, map it to an existing item, or skip it. */
export interface ImportDecisions {
  phases: Record<string, NameDecision>;
  channels: Record<string, NameDecision>;
}

export type PlannedTarget = { kind: 'existing'; id: string } | { kind: 'new'; name: string };

export interface PlannedChange {
  ref: string;
  phaseName: string;
  channelName: string;
  phase: PlannedTarget;
  channel: PlannedTarget;
  from: Role | null;
  fromInherited: boolean;
  to: Role;
}

export interface MappingConflict {
  kind: 'phase' | 'channel';
  targetId: string;
  names: string[];
}

/** Exactly what applying would do; the same function decides it for the preview and the write. */
export interface ImportPlan {
  changes: PlannedChange[];
  /** Filled cells that already hold that role. */
  unchanged: number;
  /** Filled cells in skipped rows or columns. */
  skipped: number;
  create: { phases: string[]; channels: string[] };
  unknown: { phases: string[]; channels: string[] };
  conflicts: MappingConflict[];
}

export interface ImportResult {
  cellsSet: number;
  unchanged: number;
  skipped: number;
  phasesCreated: number;
  channelsCreated: number;
}

export const EXPORT_SCOPES = ['view', 'all'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export interface ExportFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}
