/** Domain vocabulary shared by every process. Pure types and constants, no I/O. */

export const LANGUAGES = ['en', 'nl'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const CATALOG_KINDS = [
  'phase',
  'channel',
  'customerType',
  'typology',
  'productDomain',
  'scenario',
] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

/** Role of a channel in a phase: 0 none, 1 supporting, 2 important, 3 lead. */
export const ROLES = [0, 1, 2, 3] as const;
export type Role = (typeof ROLES)[number];

export const EVIDENCE_LEVELS = ['observed', 'inferred', 'hypothesis'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

export const LENS_KINDS = ['all', 'customerType', 'typology', 'productDomain'] as const;
export type LensKind = (typeof LENS_KINDS)[number];
export type Lens = { kind: 'all' } | { kind: Exclude<LensKind, 'all'>; id: string };

export const COST_GROUPS = ['office', 'telephone', 'internet'] as const;
export type CostGroup = (typeof COST_GROUPS)[number];

export const DOMAIN_TYPES = ['catalogue', 'sensory', 'service'] as const;
export type DomainType = (typeof DOMAIN_TYPES)[number];

export const SEARCH_BEHAVIOURS = ['structured', 'unstructured'] as const;
export const CERTAINTIES = ['certain', 'uncertain'] as const;
export const SEARCH_INTENSITIES = ['high', 'low'] as const;
export type SearchBehaviour = (typeof SEARCH_BEHAVIOURS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type SearchIntensity = (typeof SEARCH_INTENSITIES)[number];

export const CHANNEL_PREFERENCES = ['preferred', 'refused'] as const;
export type ChannelPreference = (typeof CHANNEL_PREFERENCES)[number];

/** Longest name a user may give anything. */
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 20_000;

interface CatalogBase {
  id: string;
  /** Stable key of a default-framework item (e.g. "attract"); null for user-made items. */
  key: string | null;
  name: string;
  description: string;
  /** Fractional-index string: sort ascending to get the user's order. */
  position: string;
  hidden: boolean;
}

export interface Phase extends CatalogBase {
  kind: 'phase';
  /** What digital channels can and cannot do in this phase. */
  digitalRole: string;
}

export interface Channel extends CatalogBase {
  kind: 'channel';
  online: boolean;
  personal: boolean;
  /** Two-way (dialogue) rather than one-way. */
  dialogue: boolean;
  costPerContact: number | null;
  reach: number | null;
  costGroup: CostGroup | null;
  color: string | null;
  icon: string | null;
}

export interface CustomerType extends CatalogBase {
  kind: 'customerType';
  /** Share of the customer base in percent (0-100). */
  share: number | null;
  value: number | null;
  color: string | null;
  /** Picture as a data URL (small, resized by the UI). */
  picture: string | null;
  typologyId: string | null;
  /** Position on each dimension, 0 (pole A) .. 100 (pole B), by dimension id. */
  dimensions: Record<string, number>;
  preferredChannelIds: string[];
  refusedChannelIds: string[];
}

export interface Typology extends CatalogBase {
  kind: 'typology';
  searchBehaviour: SearchBehaviour | null;
  certainty: Certainty | null;
  searchIntensity: SearchIntensity | null;
  preferredSources: string;
}

export interface ProductDomain extends CatalogBase {
  kind: 'productDomain';
  domainType: DomainType | null;
  isMain: boolean;
  /** Marked by the user as a domain the business works in: its findings count even without its own cells or journeys. */
  inUse: boolean;
}

export interface Scenario extends CatalogBase {
  kind: 'scenario';
}

export type CatalogItem = Phase | Channel | CustomerType | Typology | ProductDomain | Scenario;
export type CatalogItemOf<K extends CatalogKind> = Extract<CatalogItem, { kind: K }>;

/** A bipolar customer-type dimension (openness, motive, activity). */
export interface Dimension {
  id: string;
  key: string | null;
  name: string;
  poleA: string;
  poleB: string;
  position: string;
}

export interface MatrixCell {
  id: string;
  scenarioId: string;
  phaseId: string;
  channelId: string;
  lens: Lens;
  role: Role | null;
  note: string;
  evidence: Evidence | null;
}

/** A cell as the analyses across lenses read it (matrix.scenarioCells): everything but its id, which its key determines. */
export type ScenarioCell = Omit<MatrixCell, 'id'>;

export interface Catalog {
  phases: Phase[];
  channels: Channel[];
  customerTypes: CustomerType[];
  typologies: Typology[];
  productDomains: ProductDomain[];
  scenarios: Scenario[];
  dimensions: Dimension[];
}

export const READ_ONLY_REASONS = ['newer-version', 'file-read-only', 'requested'] as const;
export type ReadOnlyReason = (typeof READ_ONLY_REASONS)[number];

export interface WorkspaceInfo {
  path: string;
  /** File name without the .channelwise extension. */
  name: string;
  contentLanguage: Lang;
  readOnly: boolean;
  readOnlyReason: ReadOnlyReason | null;
  schemaVersion: number;
  /** Schema version the file was written with (higher than schemaVersion when from the future). */
  fileSchemaVersion: number;
  /** Non-fatal remarks made while opening (e.g. WAL unavailable). */
  warnings: string[];
}

export interface WorkspaceCounts {
  phases: number;
  channels: number;
  customerTypes: number;
  typologies: number;
  productDomains: number;
  scenarios: number;
  matrixCells: number;
  journeys: number;
  journeySteps: number;
  schemaVersion: number;
}

/** A translatable label: an i18n key plus its interpolation values. */
export interface Label {
  key: string;
  params?: Record<string, string | number>;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: Label | null;
  redoLabel: Label | null;
}

export interface HistoryEntry {
  seq: number;
  label: Label;
  kind: 'edit' | 'undo' | 'redo' | 'restore' | 'import';
  at: string;
  undone: boolean;
  /** Set only for a change that came from a teammate: their display name, or null when they never set one. */
  author?: string | null;
}

export interface SnapshotInfo {
  id: string;
  name: string;
  createdAt: string;
}

export interface RecentWorkspace {
  path: string;
  name: string;
  lastOpened: string;
  exists: boolean;
}

export const THEMES = ['system', 'light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];
export const SCALES = [1, 1.25, 1.5, 2] as const;
export type Scale = (typeof SCALES)[number];

export interface AppSettings {
  /** null: follow the operating system's language. */
  uiLanguage: Lang | null;
  theme: Theme;
  scale: Scale;
  /** The name teammates see on this laptop's changes; '' for the account's user name. */
  displayName: string;
}

export const MAX_DISPLAY_NAME_LENGTH = 60;

export interface AppInfo {
  version: string;
  host: 'electron' | 'browser';
  osLanguage: Lang;
  defaultFolder: string;
  pathSeparator: '/' | '\\';
  capabilities: { nativeDialogs: boolean; printToPdf: boolean };
}

export interface FolderListing {
  dir: string;
  parent: string | null;
  entries: { name: string; path: string; kind: 'dir' | 'workspace' }[];
}

export interface BackupInfo {
  path: string;
  createdAt: string;
  reason: string;
  sizeBytes: number;
}

/** What goes with an item when it is deleted (all of it comes back on undo). */
export interface DeleteImpact {
  /** Matrix cells (any scenario and lens) on this phase/channel/scenario, or in this lens. */
  cells: number;
  /** Of those, cells with a note. */
  notes: number;
  /** Journeys in this scenario or for this customer type/typology/domain; for a phase or channel, those with a step on it. */
  journeys: number;
  /** Steps on this phase or channel; for a scenario or lens item, all steps of its journeys. */
  journeySteps: number;
}
