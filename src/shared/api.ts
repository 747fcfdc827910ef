/**
 * The whole contract between the UI and the core. Every host (Electron IPC, the
 * HTTP/WebSocket browser host, the CLI) dispatches through this table: the input
 * is validated with the method's zod schema before any service runs, and the
 * answer is always a `Result` (see errors.ts). Nothing throws across the boundary.
 */
import { z } from 'zod';
import {
  CERTAINTIES,
  CHANNEL_PREFERENCES,
  COST_GROUPS,
  DOMAIN_TYPES,
  SCALES,
  SEARCH_BEHAVIOURS,
  SEARCH_INTENSITIES,
  THEMES,
  type AppInfo,
  type AppSettings,
  type BackupInfo,
  type Catalog,
  type CatalogItem,
  type DeleteImpact,
  type Scenario,
  type FolderListing,
  type HistoryEntry,
  type HistoryState,
  type MatrixCell,
  type RecentWorkspace,
  type SnapshotInfo,
  type WorkspaceCounts,
  type WorkspaceInfo,
} from './domain/types';
import type { PackedCells } from './domain/packed-cells';
import type { Result } from './errors';
import { HISTORY_AREAS } from './history/areas';
import {
  CSV_DELIMITERS,
  EXPORT_SCOPES,
  IMPORT_FORMATS,
  MAX_IMPORT_BYTES,
  type ExportFile,
  type ImportPreview,
  type ImportResult,
} from './matrix-io/types';
import {
  catalogKindSchema,
  colorSchema,
  command,
  empty,
  evidenceSchema,
  idSchema,
  langSchema,
  lensSchema,
  moneySchema,
  nameSchema,
  pathSchema,
  percentSchema,
  query,
  roleSchema,
  textSchema,
  type MethodDef,
} from './contract/define';
import { journeyMethods } from './contract/journeys';
import { workshopMethods } from './contract/workshop';
import { economicsMethods } from './contract/economics';
import { findingsMethods } from './contract/findings';
import { presentMethods } from './contract/present';
import { deliverablesMethods } from './contract/deliverables';
import { workspaceSettingsMethods } from './contract/workspace-settings';

export { idSchema, langSchema, catalogKindSchema, roleSchema, evidenceSchema, lensSchema };

const basePatch = {
  name: nameSchema.optional(),
  description: textSchema.optional(),
  hidden: z.boolean().optional(),
};

export const catalogPatchSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('phase'), ...basePatch, digitalRole: textSchema.optional() }).strict(),
  z
    .object({
      kind: z.literal('channel'),
      ...basePatch,
      online: z.boolean().optional(),
      personal: z.boolean().optional(),
      dialogue: z.boolean().optional(),
      costPerContact: moneySchema.nullable().optional(),
      reach: moneySchema.nullable().optional(),
      costGroup: z.enum(COST_GROUPS).nullable().optional(),
      color: colorSchema.optional(),
      icon: z.string().max(64).nullable().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('customerType'),
      ...basePatch,
      share: percentSchema.nullable().optional(),
      value: z.number().finite().nullable().optional(),
      color: colorSchema.optional(),
      picture: z.string().max(2_000_000).startsWith('data:image/').nullable().optional(),
      typologyId: idSchema.nullable().optional(),
      dimensions: z.record(idSchema, z.number().finite().min(0).max(100)).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('typology'),
      ...basePatch,
      searchBehaviour: z.enum(SEARCH_BEHAVIOURS).nullable().optional(),
      certainty: z.enum(CERTAINTIES).nullable().optional(),
      searchIntensity: z.enum(SEARCH_INTENSITIES).nullable().optional(),
      preferredSources: textSchema.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('productDomain'),
      ...basePatch,
      domainType: z.enum(DOMAIN_TYPES).nullable().optional(),
      isMain: z.boolean().optional(),
      inUse: z.boolean().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('scenario'), ...basePatch }).strict(),
]);
export type CatalogPatch = z.infer<typeof catalogPatchSchema>;

const cellKeySchema = z.object({ phaseId: idSchema, channelId: idSchema });
const cellValueSchema = cellKeySchema.extend({
  role: roleSchema.nullable(),
  note: textSchema.optional(),
  evidence: evidenceSchema.nullable().optional(),
});

// ---- Matrix import and export -------------------------------------------------

/**
 * A spreadsheet travels as base64. The bound is twice the import limit so that
 * a file just over it still reaches the core's own check, which says
 * IMPORT_TOO_LARGE in words; the renderer checks the limit before uploading.
 */
const importFileSchema = z.object({
  fileName: z.string().min(1).max(255),
  contentBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 8),
  scenarioId: idSchema,
  lens: lensSchema,
  /** An XLSX worksheet by name (default: the first with content). */
  sheet: z.string().max(255).nullable().optional(),
});
const nameDecisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('create') }).strict(),
  z.object({ action: z.literal('skip') }).strict(),
  z.object({ action: z.literal('map'), targetId: idSchema }).strict(),
]);
const decisionsSchema = z
  .object({
    phases: z.record(z.string().max(1000), nameDecisionSchema),
    channels: z.record(z.string().max(1000), nameDecisionSchema),
  })
  .strict();

// ---- the method table -------------------------------------------------------

export const api = {
  ...deliverablesMethods,
  ...workshopMethods,
  ...journeyMethods,
  ...economicsMethods,
  ...findingsMethods,
  ...workspaceSettingsMethods,
  ...presentMethods,
  // The application (no workspace needed)
  'app.info': query<AppInfo>()(empty),
  'app.getSettings': query<AppSettings>()(empty),
  'app.setSettings': query<AppSettings>()(
    z
      .object({
        uiLanguage: langSchema.nullable().optional(),
        theme: z.enum(THEMES).optional(),
        scale: z.literal(SCALES).optional(),
      })
      .strict(),
  ),
  'recent.list': query<RecentWorkspace[]>()(empty),
  'recent.remove': query<RecentWorkspace[]>()(z.object({ path: pathSchema }).strict()),
  'files.list': query<FolderListing>()(z.object({ dir: pathSchema.optional() }).strict()),

  // Opening and closing a workspace
  'workspace.create': query<WorkspaceInfo>()(
    z.object({ path: pathSchema, lang: langSchema, template: z.enum(['default', 'empty']) }).strict(),
  ),
  'workspace.open': query<WorkspaceInfo>()(z.object({ path: pathSchema }).strict()),
  'workspace.recover': query<WorkspaceInfo>()(
    z.object({ path: pathSchema, backupPath: pathSchema }).strict(),
  ),
  'workspace.close': query<null>()(empty),
  'workspace.current': query<WorkspaceInfo | null>()(empty),
  'workspace.counts': query<WorkspaceCounts>()(empty),
  'workspace.saveCopy': query<{ path: string }>()(z.object({ path: pathSchema }).strict()),
  'workspace.backups': query<BackupInfo[]>()(empty),

  // The framework lists (phases, channels, customer types, typologies, domains, scenarios)
  'catalog.get': query<Catalog>()(empty),
  'catalog.create': command<CatalogItem>()(
    z
      .object({ kind: catalogKindSchema, name: nameSchema, afterId: idSchema.nullable().optional() })
      .strict(),
  ),
  'catalog.update': command<CatalogItem>()(z.object({ id: idSchema, patch: catalogPatchSchema }).strict()),
  'catalog.move': command<CatalogItem>()(
    z.object({ kind: catalogKindSchema, id: idSchema, afterId: idSchema.nullable() }).strict(),
  ),
  /** Show every hidden item of these kinds, as one undoable action; the count shown. */
  'catalog.showAll': command<number>()(z.object({ kinds: z.array(catalogKindSchema).min(1).max(6) }).strict()),
  'catalog.delete': command<null>()(z.object({ kind: catalogKindSchema, id: idSchema }).strict()),
  'catalog.deleteImpact': query<DeleteImpact>()(z.object({ kind: catalogKindSchema, id: idSchema }).strict()),
  /** A new scenario holding a copy of every cell (all lenses) of an existing one. */
  'catalog.copyScenario': command<Scenario>()(z.object({ id: idSchema, name: nameSchema }).strict()),
  'catalog.setChannelPreference': command<CatalogItem>()(
    z
      .object({
        customerTypeId: idSchema,
        channelId: idSchema,
        preference: z.enum(CHANNEL_PREFERENCES).nullable(),
      })
      .strict(),
  ),

  // The phase x channel matrix
  'matrix.get': query<MatrixCell[]>()(z.object({ scenarioId: idSchema, lens: lensSchema }).strict()),
  /** Every set cell of a scenario in every lens, packed (unpackCells): what analyses across lenses read. */
  'matrix.scenarioCells': query<PackedCells>()(z.object({ scenarioId: idSchema }).strict()),
  'matrix.setCells': command<number>()(
    z
      .object({ scenarioId: idSchema, lens: lensSchema, cells: z.array(cellValueSchema).min(1).max(100_000) })
      .strict(),
  ),
  'matrix.clearCells': command<number>()(
    z
      .object({ scenarioId: idSchema, lens: lensSchema, cells: z.array(cellKeySchema).min(1).max(100_000) })
      .strict(),
  ),

  // Matrix import and export (pure parts in src/shared/matrix-io, file handling in src/main/core/matrix-io)
  /** Read a CSV/XLSX file and show what importing it into this view would change; writes nothing. */
  'matrix.importPreview': query<ImportPreview>()(importFileSchema.strict()),
  /** Re-read the same file and apply it with the user's decisions as one undoable step. */
  'matrix.importApply': command<ImportResult>()(importFileSchema.extend({ decisions: decisionsSchema }).strict()),
  'matrix.export': query<ExportFile>()(
    z
      .object({
        format: z.enum(IMPORT_FORMATS),
        scope: z.enum(EXPORT_SCOPES),
        scenarioId: idSchema,
        lens: lensSchema,
        delimiter: z.enum(CSV_DELIMITERS).optional(),
      })
      .strict(),
  ),

  // History: undo/redo that survives a restart, and named snapshots
  'history.state': query<HistoryState>()(empty),
  /**
   * The newest `limit` entries (of one area when given); the panel asks for
   * more a page at a time, back to the first change.
   */
  'history.list': query<HistoryEntry[]>()(
    z.object({ limit: z.number().int().min(1).max(1_000_000), area: z.enum(HISTORY_AREAS).optional() }).strict(),
  ),
  'history.undo': command<HistoryState>()(empty),
  'history.redo': command<HistoryState>()(empty),
  'snapshots.list': query<SnapshotInfo[]>()(empty),
  'snapshots.create': command<SnapshotInfo>()(z.object({ name: nameSchema }).strict()),
  'snapshots.restore': command<HistoryState>()(z.object({ id: idSchema }).strict()),
  'snapshots.delete': command<null>()(z.object({ id: idSchema }).strict()),
} as const satisfies Record<string, MethodDef<z.ZodType, unknown>>;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Api[M]['input']>;
export type MethodResult<M extends MethodName> = Exclude<Api[M]['result'], undefined>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/** What every transport exposes to the renderer (window.api in Electron). */
export interface ApiBridge {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodResult<M>>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

// ---- events pushed to every connected client --------------------------------

export type ApiEvent =
  | { type: 'workspace.changed'; tables: string[] }
  | { type: 'session.changed'; workspace: WorkspaceInfo | null }
  | { type: 'settings.changed'; settings: AppSettings };
