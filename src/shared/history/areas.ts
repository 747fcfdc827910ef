/**
 * Which part of the workspace a history entry is about, so the history can be
 * filtered by it. The journal stores only a label (key + params), so the area
 * is read from the label key, here in one table and nowhere else.
 */
import type en from '../i18n/locales/en/history';

export const HISTORY_AREAS = [
  'framework',
  'matrix',
  'journeys',
  'economics',
  'findings',
  'presentation',
  'workshop',
  'restore',
] as const;
export type HistoryArea = (typeof HISTORY_AREAS)[number];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StripPlural<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
/**
 * Every label name of the history catalog, without the wrappers an undo or
 * redo puts around the label of the step it took back (those carry the
 * original label, so they fall in that step's area).
 */
export type HistoryLabelName = Exclude<StripPlural<keyof typeof en>, 'undo' | 'redo'>;

/** A Record over the catalog, so a new label without an area does not compile. */
const AREA_OF: Readonly<Record<HistoryLabelName, HistoryArea>> = {
  // The framework: channels, phases, customer types, typologies, product domains, scenarios
  create: 'framework',
  rename: 'framework',
  update: 'framework',
  updateField: 'framework',
  hide: 'framework',
  show: 'framework',
  showAll: 'framework',
  move: 'framework',
  delete: 'framework',
  currency: 'framework',
  preference: 'framework',
  copyScenario: 'framework',
  addExamples: 'framework',
  removeExamples: 'framework',
  // Roles, notes and evidence in the matrix
  setCells: 'matrix',
  setCellsInAll: 'matrix',
  setCellsIn: 'matrix',
  setCellAll: 'matrix',
  setCell: 'matrix',
  editCellAll: 'matrix',
  editCell: 'matrix',
  clearCells: 'matrix',
  cellRunAll: 'matrix',
  cellRun: 'matrix',
  noteRunAll: 'matrix',
  noteRun: 'matrix',
  // A whole workspace at once
  snapshotCreate: 'restore',
  snapshotDelete: 'restore',
  restore: 'restore',
  import: 'restore',
  seed: 'restore',
  // Taking back a teammate's value can touch any area: filed with the workspace-wide actions.
  useConflictValue: 'restore',
  voteOpen: 'workshop',
  voteClose: 'workshop',
  voteReveal: 'workshop',
  voteJoin: 'workshop',
  vote: 'workshop',
  votes: 'workshop',
  voteJoins: 'workshop',
  economicsRoleContacts: 'economics',
  economicsContacts: 'economics',
  economicsContactsRun: 'economics',
  economicsInputs: 'economics',
  journeyCreate: 'journeys',
  journeyRename: 'journeys',
  journeyUpdate: 'journeys',
  journeyDuplicate: 'journeys',
  journeyDelete: 'journeys',
  stepsAdd: 'journeys',
  stepUpdate: 'journeys',
  stepMove: 'journeys',
  stepDelete: 'journeys',
  findingsThresholds: 'findings',
  slideMove: 'presentation',
  slideHide: 'presentation',
  slideShow: 'presentation',
  slideNotes: 'presentation',
  slideAddText: 'presentation',
  slideEditText: 'presentation',
  slideDelete: 'presentation',
  slideAddMatrix: 'presentation',
  slideDeleteMatrix: 'presentation',
  slideAdd: 'presentation',
  slideDeleteAdded: 'presentation',
  slideTarget: 'presentation',
};

/** The label names the table knows, for tests that check the core writes no other. */
export const HISTORY_LABEL_NAMES: readonly string[] = Object.keys(AREA_OF);

export function isHistoryArea(value: unknown): value is HistoryArea {
  return typeof value === 'string' && (HISTORY_AREAS as readonly string[]).includes(value);
}

/** The area of a label key ("history.setCell" → matrix); null for a key this version does not know. */
export function areaOf(key: string): HistoryArea | null {
  if (!key.startsWith('history.')) return null;
  const name = key.slice('history.'.length);
  return Object.hasOwn(AREA_OF, name) ? AREA_OF[name as HistoryLabelName] : null;
}
